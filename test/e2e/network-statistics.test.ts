import { startGraph } from "../support/graph.js";
import { networkStatisticsScenario } from "./scenarios/network-statistics.js";

networkStatisticsScenario("SQLite", () => startGraph());
