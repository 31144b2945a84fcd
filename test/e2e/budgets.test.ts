import { startGraph } from "../support/graph.js";
import { budgetsScenario } from "./scenarios/budgets.js";

budgetsScenario("SQLite", () => startGraph());
