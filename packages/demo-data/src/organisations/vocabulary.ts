/**
 * The organisations subgraph's enum values, spelt as strings: the package may not import a service, so it names
 * them itself. The subgraph's seed (services/organisations/src/seed/seed.ts) fails to compile when its enums and
 * these differ, so the two cannot drift apart unnoticed.
 */

import { stringEnum, type EnumValue } from "../vocabulary.js";

export const RegionKind = stringEnum("STATE", "DISTRICT", "INDEPENDENT_CITY", "MUNICIPALITY");
export type RegionKind = EnumValue<typeof RegionKind>;

/** The levels that have a youth office of their own: the organisations subgraph's OFFICE_LEVEL_KINDS. */
export const OFFICE_LEVEL_KINDS: readonly RegionKind[] = [RegionKind.DISTRICT, RegionKind.INDEPENDENT_CITY];

export const OrganisationKind = stringEnum(
  "YOUTH_OFFICE",
  "MINISTRY",
  "PROJECT_OFFICE",
  "INDEPENDENT_PROVIDER",
  "DAYCARE",
  "SCHOOL",
  "HEALTH_OFFICE",
  "HOSPITAL",
  "MEDICAL_PRACTICE",
  "MIDWIFERY",
  "EARLY_INTERVENTION",
  "COUNSELLING_CENTRE",
  "FAMILY_EDUCATION",
  "SOCIAL_WELFARE_OFFICE",
  "JOB_CENTRE",
  "POLICE",
  "FAMILY_COURT",
  "PUBLIC_PROSECUTOR",
  "ASSOCIATION",
  "OTHER",
);
export type OrganisationKind = EnumValue<typeof OrganisationKind>;

export const Sector = stringEnum(
  "CHILD_AND_YOUTH_WELFARE",
  "HEALTH",
  "EDUCATION",
  "JUSTICE",
  "POLICE",
  "SOCIAL",
  "CIVIL_SOCIETY",
);
export type Sector = EnumValue<typeof Sector>;

export const RecordStatus = stringEnum("ACTIVE", "ARCHIVED");
export type RecordStatus = EnumValue<typeof RecordStatus>;

export const LegalBasis = stringEnum("SGB_VIII_8A", "KKG_3", "KKG_4", "OTHER");
export type LegalBasis = EnumValue<typeof LegalBasis>;

export const AgreementStatus = stringEnum("PLANNED", "SIGNED", "EXPIRED");
export type AgreementStatus = EnumValue<typeof AgreementStatus>;

export const OfferKind = stringEnum("GROUP", "INDIVIDUAL", "COUNSELLING", "LEISURE", "THERAPEUTIC");
export type OfferKind = EnumValue<typeof OfferKind>;
