import "reflect-metadata";
import { runSubgraph } from "@kinderschutz/subgraph-kit";
import { organisationsSubgraph } from "./schema.js";

await runSubgraph(organisationsSubgraph);
