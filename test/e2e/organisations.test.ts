import { startGraph } from "../support/graph.js";
import { organisationsScenario } from "./scenarios/organisations.js";

organisationsScenario("SQLite", () => startGraph());
