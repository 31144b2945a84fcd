/**
 * The budgets subgraph's demo data as plain rows: the consultation budgets of the youth offices of
 * Mecklenburg-Vorpommern, the cooperation pool, the experts and the consultations booked against them. The
 * subgraph's seed maps them onto its entities.
 */
export * from "./catalogues.js";
export * from "./generate.js";
export * from "./references.js";
export * from "./vocabulary.js";
