// German labels of the networks service's enums (networks, members, groups, meetings, plans, milestones). Apart
// from labels.ts: only the network pages and the history need these.
import type {
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  NetworkStatus,
  PriorityKind,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "#graphql/enums.ts";

export const NETWORK_KIND: Record<NetworkKind, string> = {
  EARLY_HELP: "Netzwerk Frühe Hilfen",
  CHILD_PROTECTION: "Netzwerk Kinderschutz",
  COMBINED: "Netzwerk Frühe Hilfen und Kinderschutz",
  KIPSE: "Netzwerk KipsE",
  STATEWIDE_ALLIANCE: "Landesweites Bündnis",
  CLUSTER: "Kinderschutzcluster",
  UMBRELLA: "Dachnetzwerk",
};
export const NETWORK_STATUS: Record<NetworkStatus, string> = {
  ACTIVE: "aktiv",
  DISSOLVED: "aufgelöst",
  MERGED: "zusammengelegt",
};
export const MEMBERSHIP_ROLE: Record<MembershipRole, string> = {
  COORDINATOR: "Netzwerkkoordination",
  MEMBER: "Mitglied",
  STEERING: "Steuerungsgruppe",
  GUEST: "Gast",
  FUNDER: "Förderer",
  MODEL_MUNICIPALITY: "Modellkommune",
  PARTNER_MUNICIPALITY: "Partnerkommune",
  OFFICE: "Geschäftsstelle",
};
export const WORKING_GROUP_KIND: Record<WorkingGroupKind, string> = { STANDING: "ständig", TEMPORARY: "befristet" };
export const WORKING_GROUP_STATUS: Record<WorkingGroupStatus, string> = {
  ACTIVE: "aktiv",
  CLOSED: "beendet",
  LEFT_NETWORK: "aus dem Netzwerk ausgegliedert",
};
export const MEETING_KIND: Record<MeetingKind, string> = {
  PLENARY: "Netzwerktreffen",
  WORKING_GROUP: "Arbeitskreissitzung",
  CONFERENCE: "Fachtag",
  CHILD_PROTECTION_CONFERENCE: "Kinderschutzkonferenz",
  WORKSHOP: "Workshop",
  ANONYMOUS_CASE_CONSULTATION: "Anonyme Fallberatung",
};
export const MEETING_STATUS: Record<MeetingStatus, string> = {
  PLANNED: "geplant",
  HELD: "stattgefunden",
  CANCELLED: "abgesagt",
};
export const PRIORITY_KIND: Record<PriorityKind, string> = {
  FOCUS: "Schwerpunkt",
  TOPIC: "Thema",
  INTEREST: "Interesse",
  NEED: "Bedarf",
};
export const GOAL_SCOPE: Record<GoalScope, string> = { LOCAL: "im Netzwerk", CROSS_NETWORK: "netzwerkübergreifend" };
export const GOAL_STATE: Record<GoalState, string> = {
  PLANNED: "geplant",
  IN_PROGRESS: "in Arbeit",
  ACHIEVED: "erreicht",
};
export const DATE_PRECISION: Record<DatePrecision, string> = { DAY: "Tag", MONTH: "Monat", YEAR: "Jahr" };
