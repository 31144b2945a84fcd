/**
 * The networks subgraph's enum values, spelt as strings: the package may not import a service. The subgraph's seed
 * (services/networks/src/seed/seed.ts) fails to compile when its enums and these differ.
 */

export const NetworkKind = {
  EARLY_HELP: "EARLY_HELP",
  CHILD_PROTECTION: "CHILD_PROTECTION",
  COMBINED: "COMBINED",
  KIPSE: "KIPSE",
  STATEWIDE_ALLIANCE: "STATEWIDE_ALLIANCE",
  CLUSTER: "CLUSTER",
  UMBRELLA: "UMBRELLA",
} as const;
export type NetworkKind = (typeof NetworkKind)[keyof typeof NetworkKind];

export const NetworkStatus = { ACTIVE: "ACTIVE", DISSOLVED: "DISSOLVED", MERGED: "MERGED" } as const;
export type NetworkStatus = (typeof NetworkStatus)[keyof typeof NetworkStatus];

export const MembershipRole = {
  COORDINATOR: "COORDINATOR",
  MEMBER: "MEMBER",
  STEERING: "STEERING",
  GUEST: "GUEST",
  FUNDER: "FUNDER",
  MODEL_MUNICIPALITY: "MODEL_MUNICIPALITY",
  PARTNER_MUNICIPALITY: "PARTNER_MUNICIPALITY",
  OFFICE: "OFFICE",
} as const;
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];

export const WorkingGroupKind = { STANDING: "STANDING", TEMPORARY: "TEMPORARY" } as const;
export type WorkingGroupKind = (typeof WorkingGroupKind)[keyof typeof WorkingGroupKind];

export const WorkingGroupStatus = { ACTIVE: "ACTIVE", CLOSED: "CLOSED", LEFT_NETWORK: "LEFT_NETWORK" } as const;
export type WorkingGroupStatus = (typeof WorkingGroupStatus)[keyof typeof WorkingGroupStatus];

export const MeetingKind = {
  PLENARY: "PLENARY",
  WORKING_GROUP: "WORKING_GROUP",
  CONFERENCE: "CONFERENCE",
  CHILD_PROTECTION_CONFERENCE: "CHILD_PROTECTION_CONFERENCE",
  WORKSHOP: "WORKSHOP",
  ANONYMOUS_CASE_CONSULTATION: "ANONYMOUS_CASE_CONSULTATION",
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export const MeetingStatus = { PLANNED: "PLANNED", HELD: "HELD", CANCELLED: "CANCELLED" } as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

export const PriorityKind = { FOCUS: "FOCUS", TOPIC: "TOPIC", INTEREST: "INTEREST", NEED: "NEED" } as const;
export type PriorityKind = (typeof PriorityKind)[keyof typeof PriorityKind];

export const GoalScope = { LOCAL: "LOCAL", CROSS_NETWORK: "CROSS_NETWORK" } as const;
export type GoalScope = (typeof GoalScope)[keyof typeof GoalScope];

export const GoalState = { PLANNED: "PLANNED", IN_PROGRESS: "IN_PROGRESS", ACHIEVED: "ACHIEVED" } as const;
export type GoalState = (typeof GoalState)[keyof typeof GoalState];

export const DatePrecision = { DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR" } as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];
