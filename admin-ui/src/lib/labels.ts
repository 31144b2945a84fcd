// German labels for the graph's enums. Typed against the generated schema types: a new enum value in the graph
// fails the build until it has a label here.
import type {
  ChargedTo,
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  NetworkStatus,
  OfferKind,
  OrganisationKind,
  PriorityKind,
  RecordStatus,
  RegionKind,
  Sector,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "#graphql/enums.ts";

export const SECTOR: Record<Sector, string> = {
  CHILD_AND_YOUTH_WELFARE: "Kinder- und Jugendhilfe",
  HEALTH: "Gesundheitswesen",
  EDUCATION: "Bildung",
  JUSTICE: "Justiz",
  POLICE: "Polizei",
  SOCIAL: "Soziales",
  CIVIL_SOCIETY: "Zivilgesellschaft",
};

export const ORGANISATION_KIND: Record<OrganisationKind, string> = {
  YOUTH_OFFICE: "Jugendamt",
  MINISTRY: "Ministerium",
  PROJECT_OFFICE: "Geschäftsstelle",
  INDEPENDENT_PROVIDER: "Freier Träger",
  DAYCARE: "Kindertageseinrichtung",
  SCHOOL: "Schule",
  HEALTH_OFFICE: "Gesundheitsamt",
  HOSPITAL: "Krankenhaus, Klinik",
  MEDICAL_PRACTICE: "Arztpraxis",
  MIDWIFERY: "Hebammen, Familienhebammen",
  EARLY_INTERVENTION: "Frühförderung",
  COUNSELLING_CENTRE: "Beratungsstelle",
  FAMILY_EDUCATION: "Familienbildung",
  SOCIAL_WELFARE_OFFICE: "Sozialamt",
  JOB_CENTRE: "Jobcenter",
  POLICE: "Polizei",
  FAMILY_COURT: "Familiengericht",
  PUBLIC_PROSECUTOR: "Staatsanwaltschaft",
  ASSOCIATION: "Verein, Verband",
  OTHER: "Sonstige",
};

export const RECORD_STATUS: Record<RecordStatus, string> = { ACTIVE: "aktiv", ARCHIVED: "archiviert" };

export const REGION_KIND: Record<RegionKind, string> = {
  STATE: "Bundesland",
  DISTRICT: "Landkreis",
  INDEPENDENT_CITY: "Kreisfreie Stadt",
  MUNICIPALITY: "Gemeinde",
};

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
export const OFFER_KIND: Record<OfferKind, string> = {
  GROUP: "Gruppenangebot",
  INDIVIDUAL: "Einzelangebot",
  COUNSELLING: "Beratung",
  LEISURE: "Freizeit",
  THERAPEUTIC: "Therapie",
};

export const CONSULTATION_KIND: Record<ConsultationKind, string> = {
  NETWORK_DEVELOPMENT: "Netzwerkentwicklung",
  REFLECTIVE_CASE_CONSULTATION: "Reflexive Fallberatung",
  CRISIS_CONSULTATION: "Krisenberatung",
  QUALIFYING_STANDARDS: "Qualifizierung von Standards",
  EVALUATING_STANDARDS: "Evaluation von Standards",
  WORKSHOP: "Workshop",
  CONFERENCE: "Fachtag",
};

export const CONSULTATION_STATUS: Record<ConsultationStatus, string> = {
  REQUESTED: "angefragt",
  APPROVED: "bewilligt",
  DELIVERED: "durchgeführt",
  CANCELLED: "storniert",
};

export const CHARGED_TO: Record<ChargedTo, string> = { BUDGET: "Kontingent des Jugendamts", POOL: "Kooperationspool" };

/** Choices for a select field, in the order of the labels. */
export function choices<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** Districts and independent cities (five-digit keys): the level youth offices work on. */
export function isYouthOfficeLevel(region: { kind: RegionKind; key: string }): boolean {
  return (region.kind === "DISTRICT" || region.kind === "INDEPENDENT_CITY") && region.key.length === 5;
}

// When a service is down or too slow, the gateway answers its fields as null and the rest in full: the pages show
// these words in place of what is missing.
/** A value (a table cell, a fact) whose service is missing right now. */
export const UNAVAILABLE = "nicht verfügbar";
/** An organisation referenced from a membership or a meeting whose details the organisations service did not give. */
export const ORGANISATION_UNAVAILABLE = "Organisation derzeit nicht verfügbar";

/** A youth office by name, or by its district key while the organisations service is missing. */
export function officeName(office: { name: string } | null | undefined, districtKey: string): string {
  return office?.name ?? `Jugendamt ${districtKey} (Name derzeit nicht verfügbar)`;
}
