import { startGraph } from "../support/graph.js";
import { networksScenario } from "./scenarios/networks.js";

networksScenario("SQLite", () => startGraph());
