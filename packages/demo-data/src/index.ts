/**
 * @kinderschutz/demo-data: the graph's demo data and the nationwide generator, apart from the services that serve
 * them, so that a server carries no data and the data can be read, reviewed and tested without one.
 *
 * - `./organisations`, `./budgets`, `./networks`: a subgraph's demo data as plain rows
 *   (ids from `stableId`, references by id or name, enum values as strings). Facts from the sources and the
 *   catalogues drawn from (`demo-data.ts`, `catalogues.ts`) stand apart from the generator that draws the rest
 *   deterministically (`generate.ts`, the kit's `Random`, the one calendar of `calendar.ts`).
 * - `./nationwide`: the plan of the data set at Germany's size and the `generate` command that writes it
 *   (`runGeneration`); a service's main imports it only when asked to generate.
 * - `./organisations/nationwide`, `./budgets/nationwide`, `./networks/nationwide`: each subgraph's part of that data
 *   set, drawn here as plain rows per table; the subgraph's `generation.ts` names the entity that stores each table.
 *
 * The package depends on the subgraph kit and on no service: it cannot see a service's entities or enums. So it
 * spells each subgraph's enum values itself (`vocabulary.ts`), and each subgraph's seed (`src/seed/seed.ts`) maps
 * the rows onto its own entities, with a compile-time check that the spellings match its enums. That keeps the
 * rows typed on both sides without a service import, and leaves the writing (relations, the subgraph's own
 * defaults such as an organisation kind's sector) where the entities are.
 */
export * as budgets from "./budgets/index.js";
export * as networks from "./networks/index.js";
export * as organisations from "./organisations/index.js";
