/**
 * The budgets subgraph's enum values, spelt as strings: the package may not import a service. The subgraph's seed
 * (services/budgets/src/seed/seed.ts) fails to compile when its enums and these differ.
 */

export const ConsultationKind = {
  NETWORK_DEVELOPMENT: "NETWORK_DEVELOPMENT",
  REFLECTIVE_CASE_CONSULTATION: "REFLECTIVE_CASE_CONSULTATION",
  CRISIS_CONSULTATION: "CRISIS_CONSULTATION",
  QUALIFYING_STANDARDS: "QUALIFYING_STANDARDS",
  EVALUATING_STANDARDS: "EVALUATING_STANDARDS",
  WORKSHOP: "WORKSHOP",
  CONFERENCE: "CONFERENCE",
} as const;
export type ConsultationKind = (typeof ConsultationKind)[keyof typeof ConsultationKind];

export const ConsultationStatus = {
  REQUESTED: "REQUESTED",
  APPROVED: "APPROVED",
  DELIVERED: "DELIVERED",
  CANCELLED: "CANCELLED",
} as const;
export type ConsultationStatus = (typeof ConsultationStatus)[keyof typeof ConsultationStatus];

export const ChargedTo = { BUDGET: "BUDGET", POOL: "POOL" } as const;
export type ChargedTo = (typeof ChargedTo)[keyof typeof ChargedTo];
