// German labels for the organisations service's enums. Typed against the generated schema types: a new enum value in the graph
// fails the build until it has a label here.
import type { OfferKind, OrganisationKind, RecordStatus, RegionKind, Sector } from "#graphql/enums.ts";

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

export const OFFER_KIND: Record<OfferKind, string> = {
  GROUP: "Gruppenangebot",
  INDIVIDUAL: "Einzelangebot",
  COUNSELLING: "Beratung",
  LEISURE: "Freizeit",
  THERAPEUTIC: "Therapie",
};
