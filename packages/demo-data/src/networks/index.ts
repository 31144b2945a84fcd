/**
 * The networks subgraph's demo data as plain rows: networks, memberships, working groups, meetings with agenda
 * and attendance, priorities, goals, milestones and mailing lists, referring to organisations and contacts by the
 * ids the organisations data gives them. The subgraph's seed maps them onto its entities.
 */
export * from "./builder.js";
export * from "./demo-data.js";
export * from "./generate.js";
export * from "./organisation-names.js";
export * from "./vocabulary.js";
