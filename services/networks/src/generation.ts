import { nationwide, type GenerationTarget } from "@kinderschutz/demo-data/nationwide";
import { nationwideWriter } from "@kinderschutz/demo-data/networks/nationwide";
import { entitiesByName, networksSubgraph } from "./schema.js";

/**
 * What `generate` fills: the subgraph's database, its demo data, then its part of the nationwide data set, which
 * the package draws and this subgraph stores, each table in its entity of the same name.
 */
export const networksGeneration: GenerationTarget = {
  ...networksSubgraph,
  nationwide: nationwide(nationwideWriter, entitiesByName),
};
