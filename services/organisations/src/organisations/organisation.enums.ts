import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

/** Kinds of organisation after KKG §3(2), the professions a child-protection network must bring together. */
export const OrganisationKind = graphqlEnum(
  "OrganisationKind",
  "What kind of organisation this is (after KKG §3(2)).",
  {
    YOUTH_OFFICE: "Youth office (Jugendamt).",
    MINISTRY: "State or federal ministry (Ministerium).",
    PROJECT_OFFICE: "State project office or its carrier (Geschäftsstelle, Träger).",
    INDEPENDENT_PROVIDER: "Independent youth-welfare provider (freier Träger der Jugendhilfe).",
    DAYCARE: "Daycare centre (Kita, Kindertageseinrichtung).",
    SCHOOL: "School (Schule).",
    HEALTH_OFFICE: "Public health office (Gesundheitsamt).",
    HOSPITAL: "Hospital or clinic (Krankenhaus, Klinik).",
    MEDICAL_PRACTICE: "Medical practice, e.g. paediatrician (Arztpraxis, Heilberufe).",
    MIDWIFERY: "Midwives and family midwives (Hebammen, Familienhebammen).",
    EARLY_INTERVENTION: "Early intervention or social-paediatric centre (Frühförderstelle, SPZ).",
    COUNSELLING_CENTRE: "Counselling centre (Beratungsstelle), incl. pregnancy counselling.",
    FAMILY_EDUCATION:
      "Family education centre or multi-generation house (Familienbildungsstätte, Mehrgenerationenhaus).",
    SOCIAL_WELFARE_OFFICE: "Social welfare office (Sozialamt).",
    JOB_CENTRE: "Job centre or employment agency (Jobcenter, Agentur für Arbeit).",
    POLICE: "Police (Polizei).",
    FAMILY_COURT: "Family court (Familiengericht).",
    PUBLIC_PROSECUTOR: "Public prosecutor (Staatsanwaltschaft).",
    ASSOCIATION: "Association or volunteer group (Verein, Ehrenamt).",
    OTHER: "Other (Sonstige).",
  },
);
export type OrganisationKind = EnumValue<typeof OrganisationKind>;

export const Sector = graphqlEnum("Sector", "The professional field an organisation belongs to.", {
  CHILD_AND_YOUTH_WELFARE: "Child and youth welfare (Kinder- und Jugendhilfe).",
  HEALTH: "Health (Gesundheitswesen).",
  EDUCATION: "Education: schools and daycare (Bildung).",
  JUSTICE: "Justice (Justiz).",
  POLICE: "Police (Polizei).",
  SOCIAL: "Social services and employment (Soziales).",
  CIVIL_SOCIETY: "Civil society and volunteers (Zivilgesellschaft, Ehrenamt).",
});
export type Sector = EnumValue<typeof Sector>;

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

export const RecordStatus = graphqlEnum("RecordStatus", "Records others refer to are never deleted, only archived.", {
  ACTIVE: "In use (aktiv).",
  ARCHIVED: "Archived: kept for history and references, hidden from default lists (archiviert).",
});
export type RecordStatus = EnumValue<typeof RecordStatus>;
