/**
 * The budgets subgraph's enum values, spelt as strings: the package may not import a service. The subgraph's seed
 * (services/budgets/src/seed/seed.ts) fails to compile when its enums and these differ.
 */

import { stringEnum, type EnumValue } from "../vocabulary.js";

export const ConsultationKind = stringEnum(
  "NETWORK_DEVELOPMENT",
  "REFLECTIVE_CASE_CONSULTATION",
  "CRISIS_CONSULTATION",
  "QUALIFYING_STANDARDS",
  "EVALUATING_STANDARDS",
  "WORKSHOP",
  "CONFERENCE",
);
export type ConsultationKind = EnumValue<typeof ConsultationKind>;

export const ConsultationStatus = stringEnum("REQUESTED", "APPROVED", "DELIVERED", "CANCELLED");
export type ConsultationStatus = EnumValue<typeof ConsultationStatus>;

export const ChargedTo = stringEnum("BUDGET", "POOL");
export type ChargedTo = EnumValue<typeof ChargedTo>;
