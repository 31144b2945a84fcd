/**
 * The networks subgraph's enum values, spelt as strings: the package may not import a service. The subgraph's seed
 * (services/networks/src/seed/seed.ts) fails to compile when its enums and these differ.
 */

import { stringEnum, type EnumValue } from "../vocabulary.js";

export const NetworkKind = stringEnum(
  "EARLY_HELP",
  "CHILD_PROTECTION",
  "COMBINED",
  "KIPSE",
  "STATEWIDE_ALLIANCE",
  "CLUSTER",
  "UMBRELLA",
);
export type NetworkKind = EnumValue<typeof NetworkKind>;

export const NetworkStatus = stringEnum("ACTIVE", "DISSOLVED", "MERGED");
export type NetworkStatus = EnumValue<typeof NetworkStatus>;

export const MembershipRole = stringEnum(
  "COORDINATOR",
  "MEMBER",
  "STEERING",
  "GUEST",
  "FUNDER",
  "MODEL_MUNICIPALITY",
  "PARTNER_MUNICIPALITY",
  "OFFICE",
);
export type MembershipRole = EnumValue<typeof MembershipRole>;

export const WorkingGroupKind = stringEnum("STANDING", "TEMPORARY");
export type WorkingGroupKind = EnumValue<typeof WorkingGroupKind>;

export const WorkingGroupStatus = stringEnum("ACTIVE", "CLOSED", "LEFT_NETWORK");
export type WorkingGroupStatus = EnumValue<typeof WorkingGroupStatus>;

export const MeetingKind = stringEnum(
  "PLENARY",
  "WORKING_GROUP",
  "CONFERENCE",
  "CHILD_PROTECTION_CONFERENCE",
  "WORKSHOP",
  "ANONYMOUS_CASE_CONSULTATION",
);
export type MeetingKind = EnumValue<typeof MeetingKind>;

export const MeetingStatus = stringEnum("PLANNED", "HELD", "CANCELLED");
export type MeetingStatus = EnumValue<typeof MeetingStatus>;

export const PriorityKind = stringEnum("FOCUS", "TOPIC", "INTEREST", "NEED");
export type PriorityKind = EnumValue<typeof PriorityKind>;

export const GoalScope = stringEnum("LOCAL", "CROSS_NETWORK");
export type GoalScope = EnumValue<typeof GoalScope>;

export const GoalState = stringEnum("PLANNED", "IN_PROGRESS", "ACHIEVED");
export type GoalState = EnumValue<typeof GoalState>;

export const DatePrecision = stringEnum("DAY", "MONTH", "YEAR");
export type DatePrecision = EnumValue<typeof DatePrecision>;
