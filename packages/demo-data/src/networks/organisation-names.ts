/**
 * The organisations the networks demo data refers to, by exact name. Organisations live in the organisations
 * subgraph; this subgraph knows them only by id, and the organisations demo data derives every id from the
 * name: `stableId("organisation", name)` (its `organisationId`). The names below are copied from that demo
 * data (the named organisations of the sources, and for each district a part of the generated partner
 * organisations). A renamed or regenerated organisation there must be renamed here too, or the networks
 * refer to an organisation that does not exist. Contacts are identified the same way: by organisation name and
 * function (`stableId("contact", "<organisation>|<function>")`).
 */
import { stableId } from "@kinderschutz/subgraph-kit";

/** The id the organisations subgraph gives the organisation of this name. */
export function organisationId(name: string): string {
  return stableId("organisation", name);
}

/** The id the organisations subgraph gives the contact with this function at the named organisation. */
export function contactId(organisationName: string, fn: string): string {
  return stableId("contact", `${organisationName}|${fn}`);
}

/**
 * Kinds of organisation as the organisations subgraph names them (its OrganisationKind): only used here to
 * choose plausible roles, working groups and speakers.
 */
export type OrganisationKindName =
  | "YOUTH_OFFICE"
  | "MINISTRY"
  | "PROJECT_OFFICE"
  | "INDEPENDENT_PROVIDER"
  | "DAYCARE"
  | "SCHOOL"
  | "HEALTH_OFFICE"
  | "HOSPITAL"
  | "MEDICAL_PRACTICE"
  | "MIDWIFERY"
  | "EARLY_INTERVENTION"
  | "COUNSELLING_CENTRE"
  | "FAMILY_EDUCATION"
  | "SOCIAL_WELFARE_OFFICE"
  | "JOB_CENTRE"
  | "POLICE"
  | "FAMILY_COURT"
  | "PUBLIC_PROSECUTOR"
  | "ASSOCIATION"
  | "OTHER";

export interface PartnerOrganisation {
  name: string;
  kind: OrganisationKindName;
}

/** Organisations the sources name (the organisations demo data's ORGANISATION_NAMES). */
export const NAMED = {
  ministry: "Ministerium für Soziales, Gesundheit und Sport Mecklenburg-Vorpommern",
  projectOffice: "Geschäftsstelle Bündnis Kinderschutz MV",
  projectCarrier: "Start gGmbH",
  mueritzClinic: "MediClin Müritz-Klinikum",
  donnersbergAdministration: "Kreisverwaltung Donnersbergkreis",
  donnersbergYouthOffice: "Jugendamt Donnersbergkreis",
  boerdeYouthOffice: "Jugendamt Landkreis Börde",
  boerdeHealthOffice: "Gesundheitsamt Landkreis Börde",
} as const;

/** Functions of the contacts the organisations demo data gives every active youth office. */
export const YOUTH_OFFICE_COORDINATION = {
  earlyHelp: "Netzwerkkoordination Frühe Hilfen",
  childProtection: "Netzwerkkoordination Kinderschutz",
} as const;

/** Functions of the named organisations' contacts (organisations demo data). */
export const NAMED_CONTACT_FUNCTIONS = {
  projectOfficeLead: "Projektleitung",
  projectOfficeConsultations: "Koordination Praxisbegleitung",
  ministryDepartment: "Fachreferat Kinder- und Jugendschutz",
  carrierManagement: "Geschäftsführung",
  boerdeHealthReporting: "Gesundheitsberichterstattung",
} as const;

export interface MvDistrict {
  key: string;
  /** The district's or independent city's name, as the organisations subgraph's Region has it. */
  name: string;
  youthOffice: string;
}

/** The 8 districts and independent cities of Mecklenburg-Vorpommern since 4 September 2011, each with its youth office. */
export const MV_DISTRICTS: readonly MvDistrict[] = [
  { key: "13003", name: "Hansestadt Rostock", youthOffice: "Jugendamt Hansestadt Rostock" },
  { key: "13004", name: "Landeshauptstadt Schwerin", youthOffice: "Jugendamt Landeshauptstadt Schwerin" },
  { key: "13071", name: "Landkreis Mecklenburgische Seenplatte", youthOffice: "Jugendamt Landkreis Mecklenburgische Seenplatte" },
  { key: "13072", name: "Landkreis Rostock", youthOffice: "Jugendamt Landkreis Rostock" },
  { key: "13073", name: "Landkreis Vorpommern-Rügen", youthOffice: "Jugendamt Landkreis Vorpommern-Rügen" },
  { key: "13074", name: "Landkreis Nordwestmecklenburg", youthOffice: "Jugendamt Landkreis Nordwestmecklenburg" },
  { key: "13075", name: "Landkreis Vorpommern-Greifswald", youthOffice: "Jugendamt Landkreis Vorpommern-Greifswald" },
  { key: "13076", name: "Landkreis Ludwigslust-Parchim", youthOffice: "Jugendamt Landkreis Ludwigslust-Parchim" },
];

export const MV_DISTRICT_KEYS: readonly string[] = MV_DISTRICTS.map((d) => d.key);

export function mvDistrict(key: string): MvDistrict {
  const district = MV_DISTRICTS.find((d) => d.key === key);
  if (!district) throw new Error(`networks demo data: ${key} is no current district of Mecklenburg-Vorpommern`);
  return district;
}

/**
 * Youth offices of districts dissolved by the 2011 reform (archived organisations, kept for the history),
 * by the dissolved district's key.
 */
export const FORMER_YOUTH_OFFICES = {
  "13056": "Jugendamt Landkreis Müritz",
  "13052": "Jugendamt Landkreis Demmin",
  "13059": "Jugendamt Landkreis Ostvorpommern",
  "13060": "Jugendamt Landkreis Parchim",
  "13062": "Jugendamt Landkreis Uecker-Randow",
  "13001": "Jugendamt Hansestadt Greifswald",
} as const;

/**
 * Partner organisations per district: generated by the organisations demo data (its `generateDemoData()` with
 * the default seed), copied here in the generator's order. At most 20 per district, except Mecklenburgische
 * Seenplatte, whose two networks (the Verbund and Müritz) together need more. Youth offices and the named
 * organisations above are not repeated here.
 */
export const DISTRICT_PARTNERS: Readonly<Record<string, readonly PartnerOrganisation[]>> = {
  "13003": [
    { name: "Gesundheitsamt Hansestadt Rostock", kind: "HEALTH_OFFICE" },
    { name: "Krankenhaus Rostock-Toitenwinkel", kind: "HOSPITAL" },
    { name: "Kinderarztpraxis im Ärztehaus Rostock-Toitenwinkel", kind: "MEDICAL_PRACTICE" },
    { name: "Kinderarztpraxis im Ärztehaus Rostock-Lütten Klein", kind: "MEDICAL_PRACTICE" },
    { name: "Familienhebammen Hansestadt Rostock", kind: "MIDWIFERY" },
    { name: "Sozialpädiatrisches Zentrum Rostock-Toitenwinkel", kind: "EARLY_INTERVENTION" },
    { name: "Suchtberatungsstelle Rostock-Toitenwinkel", kind: "COUNSELLING_CENTRE" },
    { name: "Schwangerschaftsberatungsstelle Warnemünde", kind: "COUNSELLING_CENTRE" },
    { name: "Jugendhilfeverbund Rostock-Lütten Klein e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhaus Rostock-Evershagen e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienbildungsstätte Warnemünde", kind: "FAMILY_EDUCATION" },
    { name: "Integrative Kita Kinderland Warnemünde", kind: "DAYCARE" },
    { name: "Integrative Kita Buddelkiste Rostock", kind: "DAYCARE" },
    { name: "Integrative Kita Sternschnuppe Rostock-Evershagen", kind: "DAYCARE" },
    { name: "Grundschule am Park Rostock-Lütten Klein", kind: "SCHOOL" },
    { name: "Förderschule Rostock", kind: "SCHOOL" },
    { name: "Polizeirevier Rostock-Lütten Klein", kind: "POLICE" },
    { name: "Amtsgericht Rostock – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Hansestadt Rostock", kind: "JOB_CENTRE" },
    { name: "SV Fortuna Rostock-Evershagen e.V.", kind: "ASSOCIATION" },
  ],
  "13004": [
    { name: "Gesundheitsamt Landeshauptstadt Schwerin", kind: "HEALTH_OFFICE" },
    { name: "Klinikum Schwerin-Weststadt", kind: "HOSPITAL" },
    { name: "Frauenarztpraxis Schwerin-Krebsförden", kind: "MEDICAL_PRACTICE" },
    { name: "Frauenarztpraxis Schwerin-Lankow", kind: "MEDICAL_PRACTICE" },
    { name: "Hebammenpraxis Lebensanfang Schwerin-Weststadt", kind: "MIDWIFERY" },
    { name: "Interdisziplinäre Frühförderstelle Schwerin", kind: "EARLY_INTERVENTION" },
    { name: "Suchtberatungsstelle Schwerin", kind: "COUNSELLING_CENTRE" },
    { name: "Fachberatungsstelle gegen sexualisierte Gewalt Schwerin-Weststadt", kind: "COUNSELLING_CENTRE" },
    { name: "Jugendhilfeverbund Schwerin-Krebsförden e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Wohngruppe Kompass Schwerin-Weststadt", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienzentrum Schwerin-Weststadt", kind: "FAMILY_EDUCATION" },
    { name: "Kita Buddelkiste Schwerin-Neu Zippendorf", kind: "DAYCARE" },
    { name: "Integrative Kita Rappelkiste Schwerin", kind: "DAYCARE" },
    { name: "Integrative Kita Märchenland Schwerin", kind: "DAYCARE" },
    { name: "Regionale Schule Schwerin", kind: "SCHOOL" },
    { name: "Grundschule am Markt Schwerin-Krebsförden", kind: "SCHOOL" },
    { name: "Polizeirevier Schwerin-Krebsförden", kind: "POLICE" },
    { name: "Amtsgericht Schwerin – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landeshauptstadt Schwerin", kind: "JOB_CENTRE" },
    { name: "Elterninitiative Schwerin-Krebsförden e.V.", kind: "ASSOCIATION" },
  ],
  "13071": [
    { name: "Gesundheitsamt Landkreis Mecklenburgische Seenplatte", kind: "HEALTH_OFFICE" },
    { name: "Klinikum Röbel", kind: "HOSPITAL" },
    { name: "Kinderarztpraxis am Markt Malchin", kind: "MEDICAL_PRACTICE" },
    { name: "Frauenarztpraxis Neubrandenburg", kind: "MEDICAL_PRACTICE" },
    { name: "Hebammenpraxis Kugelrund Neustrelitz", kind: "MIDWIFERY" },
    { name: "Frühförderstelle Demmin", kind: "EARLY_INTERVENTION" },
    { name: "Schwangerschaftsberatungsstelle Röbel", kind: "COUNSELLING_CENTRE" },
    { name: "Erziehungs- und Familienberatungsstelle Altentreptow", kind: "COUNSELLING_CENTRE" },
    { name: "Jugendhilfeverbund Neubrandenburg e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Wohngruppe Ankerplatz Neustrelitz", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienbildungsstätte Demmin", kind: "FAMILY_EDUCATION" },
    { name: "Kita Spatzennest Demmin", kind: "DAYCARE" },
    { name: "Kita Märchenland Waren", kind: "DAYCARE" },
    { name: "Kita Buddelkiste Röbel", kind: "DAYCARE" },
    { name: "Förderschule Röbel", kind: "SCHOOL" },
    { name: "Gymnasium Malchin", kind: "SCHOOL" },
    { name: "Polizeirevier Neubrandenburg", kind: "POLICE" },
    { name: "Amtsgericht Neubrandenburg – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Mecklenburgische Seenplatte", kind: "JOB_CENTRE" },
    { name: "Elterninitiative Neustrelitz e.V.", kind: "ASSOCIATION" },
    { name: "Erziehungs- und Familienberatungsstelle Neubrandenburg", kind: "COUNSELLING_CENTRE" },
    { name: "Wohnungsgesellschaft Malchin mbH", kind: "OTHER" },
    { name: "Kinder- und Jugendhilfe Waren gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Regionale Schule Neubrandenburg", kind: "SCHOOL" },
    { name: "Grundschule am Markt Neubrandenburg", kind: "SCHOOL" },
  ],
  "13072": [
    { name: "Gesundheitsamt Landkreis Rostock", kind: "HEALTH_OFFICE" },
    { name: "Krankenhaus Güstrow", kind: "HOSPITAL" },
    { name: "Frauenarztpraxis Güstrow", kind: "MEDICAL_PRACTICE" },
    { name: "Kinderarztpraxis am Park Laage", kind: "MEDICAL_PRACTICE" },
    { name: "Hebammenpraxis Nestwärme Teterow", kind: "MIDWIFERY" },
    { name: "Sozialpädiatrisches Zentrum Bad Doberan", kind: "EARLY_INTERVENTION" },
    { name: "Schwangerschaftsberatungsstelle Bad Doberan", kind: "COUNSELLING_CENTRE" },
    { name: "Schwangerschaftsberatungsstelle Laage", kind: "COUNSELLING_CENTRE" },
    { name: "Wohngruppe Kompass Güstrow", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhilfe Teterow gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienbildungsstätte Laage", kind: "FAMILY_EDUCATION" },
    { name: "Kita Sonnenblume Güstrow", kind: "DAYCARE" },
    { name: "Integrative Kita Löwenzahn Kühlungsborn", kind: "DAYCARE" },
    { name: "Kita Pusteblume Teterow", kind: "DAYCARE" },
    { name: "Gymnasium Kühlungsborn", kind: "SCHOOL" },
    { name: "Grundschule Güstrow", kind: "SCHOOL" },
    { name: "Polizeirevier Teterow", kind: "POLICE" },
    { name: "Amtsgericht Güstrow – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Rostock", kind: "JOB_CENTRE" },
    { name: "Familienpaten Bützow e.V.", kind: "ASSOCIATION" },
  ],
  "13073": [
    { name: "Gesundheitsamt Landkreis Vorpommern-Rügen", kind: "HEALTH_OFFICE" },
    { name: "Kinderklinik Stralsund", kind: "HOSPITAL" },
    { name: "Frauenarztpraxis Sassnitz", kind: "MEDICAL_PRACTICE" },
    { name: "Praxis für Kinder- und Jugendpsychiatrie Bergen", kind: "MEDICAL_PRACTICE" },
    { name: "Familienhebammen Landkreis Vorpommern-Rügen", kind: "MIDWIFERY" },
    { name: "Sozialpädiatrisches Zentrum Stralsund", kind: "EARLY_INTERVENTION" },
    { name: "Fachberatungsstelle gegen sexualisierte Gewalt Grimmen", kind: "COUNSELLING_CENTRE" },
    { name: "Schwangerschaftsberatungsstelle Stralsund", kind: "COUNSELLING_CENTRE" },
    { name: "Familienhilfe Bergen gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Jugendhilfeverbund Barth e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienzentrum Stralsund", kind: "FAMILY_EDUCATION" },
    { name: "Kita Sonnenblume Bergen", kind: "DAYCARE" },
    { name: "Kita Rappelkiste Stralsund", kind: "DAYCARE" },
    { name: "Integrative Kita Waldwichtel Stralsund", kind: "DAYCARE" },
    { name: "Gymnasium Bergen", kind: "SCHOOL" },
    { name: "Regionale Schule Sassnitz", kind: "SCHOOL" },
    { name: "Polizeirevier Grimmen", kind: "POLICE" },
    { name: "Amtsgericht Stralsund – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Vorpommern-Rügen", kind: "JOB_CENTRE" },
    { name: "Elterninitiative Sassnitz e.V.", kind: "ASSOCIATION" },
  ],
  "13074": [
    { name: "Gesundheitsamt Landkreis Nordwestmecklenburg", kind: "HEALTH_OFFICE" },
    { name: "Klinikum Rehna", kind: "HOSPITAL" },
    { name: "Praxis für Kinder- und Jugendpsychiatrie Gadebusch", kind: "MEDICAL_PRACTICE" },
    { name: "Praxis für Kinder- und Jugendpsychiatrie Wismar", kind: "MEDICAL_PRACTICE" },
    { name: "Hebammenpraxis Wiegenlied Neukloster", kind: "MIDWIFERY" },
    { name: "Interdisziplinäre Frühförderstelle Wismar", kind: "EARLY_INTERVENTION" },
    { name: "Suchtberatungsstelle Wismar", kind: "COUNSELLING_CENTRE" },
    { name: "Schwangerschaftsberatungsstelle Neukloster", kind: "COUNSELLING_CENTRE" },
    { name: "Jugendhilfeverbund Grevesmühlen e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhilfe Neukloster gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienbildungsstätte Rehna", kind: "FAMILY_EDUCATION" },
    { name: "Kita Wirbelwind Wismar", kind: "DAYCARE" },
    { name: "Kita Kleine Strolche Gadebusch", kind: "DAYCARE" },
    { name: "Integrative Kita Kinderland Wismar", kind: "DAYCARE" },
    { name: "Gymnasium Wismar", kind: "SCHOOL" },
    { name: "Förderschule Rehna", kind: "SCHOOL" },
    { name: "Polizeirevier Wismar", kind: "POLICE" },
    { name: "Amtsgericht Wismar – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Nordwestmecklenburg", kind: "JOB_CENTRE" },
    { name: "Förderverein Kinderschutz Wismar e.V.", kind: "ASSOCIATION" },
  ],
  "13075": [
    { name: "Gesundheitsamt Landkreis Vorpommern-Greifswald", kind: "HEALTH_OFFICE" },
    { name: "Krankenhaus Anklam", kind: "HOSPITAL" },
    { name: "Kinderarztpraxis am Bahnhof Wolgast", kind: "MEDICAL_PRACTICE" },
    { name: "Frauenarztpraxis Torgelow", kind: "MEDICAL_PRACTICE" },
    { name: "Familienhebammen Landkreis Vorpommern-Greifswald", kind: "MIDWIFERY" },
    { name: "Interdisziplinäre Frühförderstelle Greifswald", kind: "EARLY_INTERVENTION" },
    { name: "Erziehungs- und Familienberatungsstelle Ueckermünde", kind: "COUNSELLING_CENTRE" },
    { name: "Suchtberatungsstelle Torgelow", kind: "COUNSELLING_CENTRE" },
    { name: "Kinder- und Jugendhilfe Anklam gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Jugendhilfeverbund Greifswald e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienzentrum Pasewalk", kind: "FAMILY_EDUCATION" },
    { name: "Kita Kleine Strolche Greifswald", kind: "DAYCARE" },
    { name: "Kita Sonnenblume Anklam", kind: "DAYCARE" },
    { name: "Kita Buddelkiste Pasewalk", kind: "DAYCARE" },
    { name: "Regionale Schule Greifswald", kind: "SCHOOL" },
    { name: "Grundschule Wolgast", kind: "SCHOOL" },
    { name: "Polizeirevier Anklam", kind: "POLICE" },
    { name: "Amtsgericht Greifswald – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Vorpommern-Greifswald", kind: "JOB_CENTRE" },
    { name: "Familienpaten Greifswald e.V.", kind: "ASSOCIATION" },
  ],
  "13076": [
    { name: "Gesundheitsamt Landkreis Ludwigslust-Parchim", kind: "HEALTH_OFFICE" },
    { name: "Krankenhaus Parchim", kind: "HOSPITAL" },
    { name: "Kinderarztpraxis am Markt Sternberg", kind: "MEDICAL_PRACTICE" },
    { name: "Frauenarztpraxis Sternberg", kind: "MEDICAL_PRACTICE" },
    { name: "Familienhebammen Landkreis Ludwigslust-Parchim", kind: "MIDWIFERY" },
    { name: "Frühförderstelle Parchim", kind: "EARLY_INTERVENTION" },
    { name: "Erziehungs- und Familienberatungsstelle Lübz", kind: "COUNSELLING_CENTRE" },
    { name: "Schwangerschaftsberatungsstelle Hagenow", kind: "COUNSELLING_CENTRE" },
    { name: "Familienhilfe Ludwigslust gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhaus Sternberg e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Mehrgenerationenhaus Lübz", kind: "FAMILY_EDUCATION" },
    { name: "Kita Buddelkiste Ludwigslust", kind: "DAYCARE" },
    { name: "Kita Regenbogen Parchim", kind: "DAYCARE" },
    { name: "Integrative Kita Wirbelwind Lübz", kind: "DAYCARE" },
    { name: "Förderschule Sternberg", kind: "SCHOOL" },
    { name: "Förderschule Ludwigslust", kind: "SCHOOL" },
    { name: "Polizeirevier Boizenburg", kind: "POLICE" },
    { name: "Amtsgericht Parchim – Familiengericht", kind: "FAMILY_COURT" },
    { name: "Jobcenter Landkreis Ludwigslust-Parchim", kind: "JOB_CENTRE" },
    { name: "Familienpaten Ludwigslust e.V.", kind: "ASSOCIATION" },
  ],
  "07333": [
    { name: "Integrative Kita Märchenland Kirchheimbolanden", kind: "DAYCARE" },
    { name: "Integrative Kita Wirbelwind Winnweiler", kind: "DAYCARE" },
    { name: "Grundschule am See Rockenhausen", kind: "SCHOOL" },
    { name: "Hebammenpraxis Lebensanfang Kirchheimbolanden", kind: "MIDWIFERY" },
    { name: "Frauenarztpraxis Rockenhausen", kind: "MEDICAL_PRACTICE" },
    { name: "Erziehungs- und Familienberatungsstelle Kirchheimbolanden", kind: "COUNSELLING_CENTRE" },
    { name: "Familienhilfe Kirchheimbolanden gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhilfe Kirchheimbolanden gGmbH", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienzentrum Winnweiler", kind: "FAMILY_EDUCATION" },
    { name: "Frühförderstelle Kirchheimbolanden", kind: "EARLY_INTERVENTION" },
    { name: "Polizeirevier Winnweiler", kind: "POLICE" },
    { name: "SV Blau-Weiß Winnweiler e.V.", kind: "ASSOCIATION" },
  ],
  "15083": [
    { name: "Kita Sonnenblume Haldensleben", kind: "DAYCARE" },
    { name: "Integrative Kita Wirbelwind Wanzleben", kind: "DAYCARE" },
    { name: "Grundschule am Markt Oschersleben", kind: "SCHOOL" },
    { name: "Hebammenpraxis Lebensanfang Barleben", kind: "MIDWIFERY" },
    { name: "Kinderarztpraxis am Bahnhof Barleben", kind: "MEDICAL_PRACTICE" },
    { name: "Schwangerschaftsberatungsstelle Barleben", kind: "COUNSELLING_CENTRE" },
    { name: "Kinder- und Jugendhaus Barleben e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Kinder- und Jugendhaus Haldensleben e.V.", kind: "INDEPENDENT_PROVIDER" },
    { name: "Familienzentrum Oschersleben", kind: "FAMILY_EDUCATION" },
    { name: "Sozialpädiatrisches Zentrum Oschersleben", kind: "EARLY_INTERVENTION" },
    { name: "Polizeirevier Haldensleben", kind: "POLICE" },
    { name: "Elterninitiative Wolmirstedt e.V.", kind: "ASSOCIATION" },
  ],
};

export function districtPartners(districtKey: string): readonly PartnerOrganisation[] {
  const partners = DISTRICT_PARTNERS[districtKey];
  if (!partners) throw new Error(`networks demo data: no partner organisations for district ${districtKey}`);
  return partners;
}

/** A partner organisation of the district by exact name; throws when the list does not hold it. */
export function partner(districtKey: string, name: string): PartnerOrganisation {
  const found = districtPartners(districtKey).find((p) => p.name === name);
  if (!found) throw new Error(`networks demo data: no partner organisation "${name}" in district ${districtKey}`);
  return found;
}

/** Every organisation name the networks demo data may refer to. */
export function allOrganisationNames(): string[] {
  return [
    ...Object.values(NAMED),
    ...MV_DISTRICTS.map((d) => d.youthOffice),
    ...Object.values(FORMER_YOUTH_OFFICES),
    ...Object.values(DISTRICT_PARTNERS).flatMap((list) => list.map((p) => p.name)),
  ];
}
