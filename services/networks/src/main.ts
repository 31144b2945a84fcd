import "reflect-metadata";
import { runSubgraph } from "@kinderschutz/subgraph-kit";
import { networksSubgraph } from "./schema.js";

await runSubgraph(networksSubgraph);
