import "reflect-metadata";
import { runSubgraph } from "@kinderschutz/subgraph-kit";
import { budgetsSubgraph } from "./schema.js";

await runSubgraph(budgetsSubgraph);
