/**
 * The organisations subgraph's enum values, spelt as strings: the package may not import a service, so it names
 * them itself. The subgraph's seed (services/organisations/src/seed/seed.ts) fails to compile when its enums and
 * these differ, so the two cannot drift apart unnoticed.
 */

export const RegionKind = {
  STATE: "STATE",
  DISTRICT: "DISTRICT",
  INDEPENDENT_CITY: "INDEPENDENT_CITY",
  MUNICIPALITY: "MUNICIPALITY",
} as const;
export type RegionKind = (typeof RegionKind)[keyof typeof RegionKind];

/** The levels that have a youth office of their own: the organisations subgraph's OFFICE_LEVEL_KINDS. */
export const OFFICE_LEVEL_KINDS: readonly RegionKind[] = [RegionKind.DISTRICT, RegionKind.INDEPENDENT_CITY];

export const OrganisationKind = {
  YOUTH_OFFICE: "YOUTH_OFFICE",
  MINISTRY: "MINISTRY",
  PROJECT_OFFICE: "PROJECT_OFFICE",
  INDEPENDENT_PROVIDER: "INDEPENDENT_PROVIDER",
  DAYCARE: "DAYCARE",
  SCHOOL: "SCHOOL",
  HEALTH_OFFICE: "HEALTH_OFFICE",
  HOSPITAL: "HOSPITAL",
  MEDICAL_PRACTICE: "MEDICAL_PRACTICE",
  MIDWIFERY: "MIDWIFERY",
  EARLY_INTERVENTION: "EARLY_INTERVENTION",
  COUNSELLING_CENTRE: "COUNSELLING_CENTRE",
  FAMILY_EDUCATION: "FAMILY_EDUCATION",
  SOCIAL_WELFARE_OFFICE: "SOCIAL_WELFARE_OFFICE",
  JOB_CENTRE: "JOB_CENTRE",
  POLICE: "POLICE",
  FAMILY_COURT: "FAMILY_COURT",
  PUBLIC_PROSECUTOR: "PUBLIC_PROSECUTOR",
  ASSOCIATION: "ASSOCIATION",
  OTHER: "OTHER",
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

export const Sector = {
  CHILD_AND_YOUTH_WELFARE: "CHILD_AND_YOUTH_WELFARE",
  HEALTH: "HEALTH",
  EDUCATION: "EDUCATION",
  JUSTICE: "JUSTICE",
  POLICE: "POLICE",
  SOCIAL: "SOCIAL",
  CIVIL_SOCIETY: "CIVIL_SOCIETY",
} as const;
export type Sector = (typeof Sector)[keyof typeof Sector];

export const RecordStatus = { ACTIVE: "ACTIVE", ARCHIVED: "ARCHIVED" } as const;
export type RecordStatus = (typeof RecordStatus)[keyof typeof RecordStatus];

export const LegalBasis = { SGB_VIII_8A: "SGB_VIII_8A", KKG_3: "KKG_3", KKG_4: "KKG_4", OTHER: "OTHER" } as const;
export type LegalBasis = (typeof LegalBasis)[keyof typeof LegalBasis];

export const AgreementStatus = { PLANNED: "PLANNED", SIGNED: "SIGNED", EXPIRED: "EXPIRED" } as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

export const OfferKind = {
  GROUP: "GROUP",
  INDIVIDUAL: "INDIVIDUAL",
  COUNSELLING: "COUNSELLING",
  LEISURE: "LEISURE",
  THERAPEUTIC: "THERAPEUTIC",
} as const;
export type OfferKind = (typeof OfferKind)[keyof typeof OfferKind];
