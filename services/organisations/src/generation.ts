import type { GenerationTarget } from "@kinderschutz/demo-data/nationwide";
import { organisationsSubgraph } from "./schema.js";
import { writeNationwide } from "./seed/nationwide.js";

/** What `generate` fills: the subgraph's database, its demo data, then its part of the nationwide data set. */
export const organisationsGeneration: GenerationTarget = { ...organisationsSubgraph, generate: writeNationwide };
