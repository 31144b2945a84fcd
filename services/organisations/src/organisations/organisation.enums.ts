import { registerEnumType } from "type-graphql";

/** Kinds of organisation after KKG §3(2), the professions a child-protection network must bring together. */
export enum OrganisationKind {
  YOUTH_OFFICE = "YOUTH_OFFICE",
  MINISTRY = "MINISTRY",
  PROJECT_OFFICE = "PROJECT_OFFICE",
  INDEPENDENT_PROVIDER = "INDEPENDENT_PROVIDER",
  DAYCARE = "DAYCARE",
  SCHOOL = "SCHOOL",
  HEALTH_OFFICE = "HEALTH_OFFICE",
  HOSPITAL = "HOSPITAL",
  MEDICAL_PRACTICE = "MEDICAL_PRACTICE",
  MIDWIFERY = "MIDWIFERY",
  EARLY_INTERVENTION = "EARLY_INTERVENTION",
  COUNSELLING_CENTRE = "COUNSELLING_CENTRE",
  FAMILY_EDUCATION = "FAMILY_EDUCATION",
  SOCIAL_WELFARE_OFFICE = "SOCIAL_WELFARE_OFFICE",
  JOB_CENTRE = "JOB_CENTRE",
  POLICE = "POLICE",
  FAMILY_COURT = "FAMILY_COURT",
  PUBLIC_PROSECUTOR = "PUBLIC_PROSECUTOR",
  ASSOCIATION = "ASSOCIATION",
  OTHER = "OTHER",
}

registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "What kind of organisation this is (after KKG §3(2)).",
  valuesConfig: {
    YOUTH_OFFICE: { description: "Youth office (Jugendamt)." },
    MINISTRY: { description: "State or federal ministry (Ministerium)." },
    PROJECT_OFFICE: { description: "State project office or its carrier (Geschäftsstelle, Träger)." },
    INDEPENDENT_PROVIDER: { description: "Independent youth-welfare provider (freier Träger der Jugendhilfe)." },
    DAYCARE: { description: "Daycare centre (Kita, Kindertageseinrichtung)." },
    SCHOOL: { description: "School (Schule)." },
    HEALTH_OFFICE: { description: "Public health office (Gesundheitsamt)." },
    HOSPITAL: { description: "Hospital or clinic (Krankenhaus, Klinik)." },
    MEDICAL_PRACTICE: { description: "Medical practice, e.g. paediatrician (Arztpraxis, Heilberufe)." },
    MIDWIFERY: { description: "Midwives and family midwives (Hebammen, Familienhebammen)." },
    EARLY_INTERVENTION: { description: "Early intervention or social-paediatric centre (Frühförderstelle, SPZ)." },
    COUNSELLING_CENTRE: { description: "Counselling centre (Beratungsstelle), incl. pregnancy counselling." },
    FAMILY_EDUCATION: { description: "Family education centre or multi-generation house (Familienbildungsstätte, Mehrgenerationenhaus)." },
    SOCIAL_WELFARE_OFFICE: { description: "Social welfare office (Sozialamt)." },
    JOB_CENTRE: { description: "Job centre or employment agency (Jobcenter, Agentur für Arbeit)." },
    POLICE: { description: "Police (Polizei)." },
    FAMILY_COURT: { description: "Family court (Familiengericht)." },
    PUBLIC_PROSECUTOR: { description: "Public prosecutor (Staatsanwaltschaft)." },
    ASSOCIATION: { description: "Association or volunteer group (Verein, Ehrenamt)." },
    OTHER: { description: "Other (Sonstige)." },
  },
});

export enum Sector {
  CHILD_AND_YOUTH_WELFARE = "CHILD_AND_YOUTH_WELFARE",
  HEALTH = "HEALTH",
  EDUCATION = "EDUCATION",
  JUSTICE = "JUSTICE",
  POLICE = "POLICE",
  SOCIAL = "SOCIAL",
  CIVIL_SOCIETY = "CIVIL_SOCIETY",
}

registerEnumType(Sector, {
  name: "Sector",
  description: "The professional field an organisation belongs to.",
  valuesConfig: {
    CHILD_AND_YOUTH_WELFARE: { description: "Child and youth welfare (Kinder- und Jugendhilfe)." },
    HEALTH: { description: "Health (Gesundheitswesen)." },
    EDUCATION: { description: "Education: schools and daycare (Bildung)." },
    JUSTICE: { description: "Justice (Justiz)." },
    POLICE: { description: "Police (Polizei)." },
    SOCIAL: { description: "Social services and employment (Soziales)." },
    CIVIL_SOCIETY: { description: "Civil society and volunteers (Zivilgesellschaft, Ehrenamt)." },
  },
});

/** The sector a kind usually belongs to, used when a new organisation names none. */
export const DEFAULT_SECTOR: Record<OrganisationKind, Sector> = {
  YOUTH_OFFICE: Sector.CHILD_AND_YOUTH_WELFARE,
  MINISTRY: Sector.SOCIAL,
  PROJECT_OFFICE: Sector.CHILD_AND_YOUTH_WELFARE,
  INDEPENDENT_PROVIDER: Sector.CHILD_AND_YOUTH_WELFARE,
  DAYCARE: Sector.EDUCATION,
  SCHOOL: Sector.EDUCATION,
  HEALTH_OFFICE: Sector.HEALTH,
  HOSPITAL: Sector.HEALTH,
  MEDICAL_PRACTICE: Sector.HEALTH,
  MIDWIFERY: Sector.HEALTH,
  EARLY_INTERVENTION: Sector.HEALTH,
  COUNSELLING_CENTRE: Sector.CHILD_AND_YOUTH_WELFARE,
  FAMILY_EDUCATION: Sector.CHILD_AND_YOUTH_WELFARE,
  SOCIAL_WELFARE_OFFICE: Sector.SOCIAL,
  JOB_CENTRE: Sector.SOCIAL,
  POLICE: Sector.POLICE,
  FAMILY_COURT: Sector.JUSTICE,
  PUBLIC_PROSECUTOR: Sector.JUSTICE,
  ASSOCIATION: Sector.CIVIL_SOCIETY,
  OTHER: Sector.CIVIL_SOCIETY,
};

export enum RecordStatus {
  ACTIVE = "ACTIVE",
  ARCHIVED = "ARCHIVED",
}

registerEnumType(RecordStatus, {
  name: "RecordStatus",
  description: "Records others refer to are never deleted, only archived.",
  valuesConfig: {
    ACTIVE: { description: "In use (aktiv)." },
    ARCHIVED: { description: "Archived: kept for history and references, hidden from default lists (archiviert)." },
  },
});
