/**
 * The fixed part of the demo data: regions and the organisations the sources name (see shared/domain).
 * Plain data only, so that it can be read, reviewed and referred to without a database. The generated
 * partner organisations are in generate.ts; the subgraph's seed writes both.
 *
 * Other subgraphs' demo data refers to organisations by name: their id is `organisationId(name)`, the same
 * stable UUID on every machine. Renaming an organisation here changes its id, so rename with care.
 */
import { stableId } from "@kinderschutz/subgraph-kit";
import {
  AgreementStatus,
  LegalBasis,
  OFFICE_LEVEL_KINDS,
  OfferKind,
  OrganisationKind,
  RecordStatus,
  RegionKind,
  Sector,
} from "./vocabulary.js";

export function organisationId(name: string): string {
  return stableId("organisation", name);
}

/** Contacts are identified by organisation and function: each organisation has a function at most once. */
export function contactId(organisationName: string, fn: string): string {
  return stableId("contact", `${organisationName}|${fn}`);
}

export function agreementId(keeperName: string, title: string): string {
  return stableId("cooperation-agreement", `${keeperName}|${title}`);
}

export function offerId(providerName: string, title: string): string {
  return stableId("offer", `${providerName}|${title}`);
}

// ---------------------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------------------

export interface RegionData {
  key: string;
  name: string;
  kind: RegionKind;
  parentKey?: string;
  validFrom?: string;
  validUntil?: string;
  successorKeys?: readonly string[];
}

/** Day the 2011 district reform of Mecklenburg-Vorpommern took effect, and the last day before it. */
export const MV_REFORM_DATE = "2011-09-04";
export const MV_LAST_DAY_BEFORE_REFORM = "2011-09-03";
/** The 1994 district reform of Mecklenburg-Vorpommern created the twelve districts dissolved in 2011. */
const MV_1994_REFORM_DATE = "1994-06-12";

export const STATE_KEYS = { mecklenburgVorpommern: "13", rheinlandPfalz: "07", sachsenAnhalt: "15" } as const;
export const DONNERSBERGKREIS_KEY = "07333";
export const BOERDE_KEY = "15083";

/** Current districts and independent cities of Mecklenburg-Vorpommern: one youth office each. */
export const MV_CURRENT_DISTRICTS: readonly RegionData[] = [
  // Rostock and Schwerin kept their key through the 2011 reform: same region, so no start date of their own.
  { key: "13003", name: "Hansestadt Rostock", kind: RegionKind.INDEPENDENT_CITY, parentKey: "13" },
  { key: "13004", name: "Landeshauptstadt Schwerin", kind: RegionKind.INDEPENDENT_CITY, parentKey: "13" },
  {
    key: "13071",
    name: "Landkreis Mecklenburgische Seenplatte",
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_REFORM_DATE,
  },
  { key: "13072", name: "Landkreis Rostock", kind: RegionKind.DISTRICT, parentKey: "13", validFrom: MV_REFORM_DATE },
  {
    key: "13073",
    name: "Landkreis Vorpommern-Rügen",
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_REFORM_DATE,
  },
  {
    key: "13074",
    name: "Landkreis Nordwestmecklenburg",
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_REFORM_DATE,
  },
  {
    key: "13075",
    name: "Landkreis Vorpommern-Greifswald",
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_REFORM_DATE,
  },
  {
    key: "13076",
    name: "Landkreis Ludwigslust-Parchim",
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_REFORM_DATE,
  },
];

export const MV_CURRENT_DISTRICT_KEYS: readonly string[] = MV_CURRENT_DISTRICTS.map((d) => d.key);

function dissolvedCity(key: string, name: string, successor: string): RegionData {
  // Start dates of the former independent cities are not part of the sources: left unknown.
  return {
    key,
    name,
    kind: RegionKind.INDEPENDENT_CITY,
    parentKey: "13",
    validUntil: MV_LAST_DAY_BEFORE_REFORM,
    successorKeys: [successor],
  };
}

function dissolvedDistrict(key: string, name: string, successors: readonly string[]): RegionData {
  return {
    key,
    name,
    kind: RegionKind.DISTRICT,
    parentKey: "13",
    validFrom: MV_1994_REFORM_DATE,
    validUntil: MV_LAST_DAY_BEFORE_REFORM,
    successorKeys: successors,
  };
}

/** Districts and independent cities dissolved by the 2011 reform, with their successors (domain README). */
export const MV_DISSOLVED_DISTRICTS: readonly RegionData[] = [
  dissolvedCity("13001", "Hansestadt Greifswald", "13075"),
  dissolvedCity("13002", "Stadt Neubrandenburg", "13071"),
  dissolvedCity("13005", "Hansestadt Stralsund", "13073"),
  dissolvedCity("13006", "Hansestadt Wismar", "13074"),
  dissolvedDistrict("13051", "Landkreis Bad Doberan", ["13072"]),
  // Demmin was split: the larger part went to Mecklenburgische Seenplatte, the rest to Vorpommern-Greifswald.
  dissolvedDistrict("13052", "Landkreis Demmin", ["13071", "13075"]),
  dissolvedDistrict("13053", "Landkreis Güstrow", ["13072"]),
  dissolvedDistrict("13054", "Landkreis Ludwigslust", ["13076"]),
  dissolvedDistrict("13055", "Landkreis Mecklenburg-Strelitz", ["13071"]),
  dissolvedDistrict("13056", "Landkreis Müritz", ["13071"]),
  dissolvedDistrict("13057", "Landkreis Nordvorpommern", ["13073"]),
  // Same name as its successor 13074: the suffix keeps the two apart in lists.
  dissolvedDistrict("13058", "Landkreis Nordwestmecklenburg (bis 2011)", ["13074"]),
  dissolvedDistrict("13059", "Landkreis Ostvorpommern", ["13075"]),
  dissolvedDistrict("13060", "Landkreis Parchim", ["13076"]),
  dissolvedDistrict("13061", "Landkreis Rügen", ["13073"]),
  dissolvedDistrict("13062", "Landkreis Uecker-Randow", ["13075"]),
];

/** Every region, parents before their children (the seeder inserts them in this order). */
export const REGIONS: readonly RegionData[] = [
  { key: STATE_KEYS.mecklenburgVorpommern, name: "Mecklenburg-Vorpommern", kind: RegionKind.STATE },
  { key: STATE_KEYS.rheinlandPfalz, name: "Rheinland-Pfalz", kind: RegionKind.STATE },
  { key: STATE_KEYS.sachsenAnhalt, name: "Sachsen-Anhalt", kind: RegionKind.STATE },
  ...MV_CURRENT_DISTRICTS,
  ...MV_DISSOLVED_DISTRICTS,
  {
    key: DONNERSBERGKREIS_KEY,
    name: "Donnersbergkreis",
    kind: RegionKind.DISTRICT,
    parentKey: STATE_KEYS.rheinlandPfalz,
  },
  // Formed from Ohrekreis and Bördekreis by the district reform of Saxony-Anhalt.
  {
    key: BOERDE_KEY,
    name: "Landkreis Börde",
    kind: RegionKind.DISTRICT,
    parentKey: STATE_KEYS.sachsenAnhalt,
    validFrom: "2007-07-01",
  },
  // Municipalities (8-digit AGS). Waren lies in Müritz's successor; its 13071 key exists since the reform.
  {
    key: "13071156",
    name: "Waren (Müritz)",
    kind: RegionKind.MUNICIPALITY,
    parentKey: "13071",
    validFrom: MV_REFORM_DATE,
  },
  { key: "15083415", name: "Oschersleben (Bode)", kind: RegionKind.MUNICIPALITY, parentKey: BOERDE_KEY },
  { key: "15083040", name: "Barleben", kind: RegionKind.MUNICIPALITY, parentKey: BOERDE_KEY },
];

// ---------------------------------------------------------------------------------------------------------
// Towns the generator places partner organisations in (plain reference data, first = district seat)
// ---------------------------------------------------------------------------------------------------------

export interface TownData {
  /** Official name, used as the address's city. */
  name: string;
  /** Everyday short name, used inside organisation names ("Polizeirevier Waren"). */
  short?: string;
  postalCode: string;
  /** Dialling code for the demo phone numbers. */
  areaCode: string;
  /** The municipality region, where one is seeded; otherwise organisations sit in the district itself. */
  regionKey?: string;
}

export const DISTRICT_TOWNS: Readonly<Record<string, readonly TownData[]>> = {
  "13003": [
    { name: "Rostock", postalCode: "18055", areaCode: "0381" },
    { name: "Rostock", short: "Rostock-Lütten Klein", postalCode: "18107", areaCode: "0381" },
    { name: "Rostock", short: "Rostock-Evershagen", postalCode: "18106", areaCode: "0381" },
    { name: "Rostock", short: "Rostock-Toitenwinkel", postalCode: "18147", areaCode: "0381" },
    { name: "Rostock", short: "Rostock-Südstadt", postalCode: "18059", areaCode: "0381" },
    { name: "Rostock", short: "Warnemünde", postalCode: "18119", areaCode: "0381" },
  ],
  "13004": [
    { name: "Schwerin", postalCode: "19053", areaCode: "0385" },
    { name: "Schwerin", short: "Schwerin-Lankow", postalCode: "19057", areaCode: "0385" },
    { name: "Schwerin", short: "Schwerin-Weststadt", postalCode: "19057", areaCode: "0385" },
    { name: "Schwerin", short: "Schwerin-Neu Zippendorf", postalCode: "19063", areaCode: "0385" },
    { name: "Schwerin", short: "Schwerin-Krebsförden", postalCode: "19061", areaCode: "0385" },
  ],
  "13071": [
    { name: "Neubrandenburg", postalCode: "17033", areaCode: "0395" },
    { name: "Waren (Müritz)", short: "Waren", postalCode: "17192", areaCode: "03991", regionKey: "13071156" },
    { name: "Neustrelitz", postalCode: "17235", areaCode: "03981" },
    { name: "Demmin", postalCode: "17109", areaCode: "03998" },
    { name: "Malchin", postalCode: "17139", areaCode: "03994" },
    { name: "Röbel/Müritz", short: "Röbel", postalCode: "17207", areaCode: "039931" },
    { name: "Altentreptow", postalCode: "17087", areaCode: "03961" },
  ],
  "13072": [
    { name: "Güstrow", postalCode: "18273", areaCode: "03843" },
    { name: "Bad Doberan", postalCode: "18209", areaCode: "038203" },
    { name: "Bützow", postalCode: "18246", areaCode: "038461" },
    { name: "Teterow", postalCode: "17166", areaCode: "03996" },
    { name: "Kühlungsborn", postalCode: "18225", areaCode: "038293" },
    { name: "Laage", postalCode: "18299", areaCode: "038459" },
  ],
  "13073": [
    { name: "Stralsund", postalCode: "18437", areaCode: "03831" },
    { name: "Bergen auf Rügen", short: "Bergen", postalCode: "18528", areaCode: "03838" },
    { name: "Ribnitz-Damgarten", postalCode: "18311", areaCode: "03821" },
    { name: "Grimmen", postalCode: "18507", areaCode: "038326" },
    { name: "Barth", postalCode: "18356", areaCode: "038231" },
    { name: "Sassnitz", postalCode: "18546", areaCode: "038392" },
  ],
  "13074": [
    { name: "Wismar", postalCode: "23966", areaCode: "03841" },
    { name: "Grevesmühlen", postalCode: "23936", areaCode: "03881" },
    { name: "Gadebusch", postalCode: "19205", areaCode: "03886" },
    { name: "Rehna", postalCode: "19217", areaCode: "038872" },
    { name: "Neukloster", postalCode: "23992", areaCode: "038422" },
  ],
  "13075": [
    { name: "Greifswald", postalCode: "17489", areaCode: "03834" },
    { name: "Anklam", postalCode: "17389", areaCode: "03971" },
    { name: "Pasewalk", postalCode: "17309", areaCode: "03973" },
    { name: "Wolgast", postalCode: "17438", areaCode: "03836" },
    { name: "Ueckermünde", postalCode: "17373", areaCode: "039771" },
    { name: "Torgelow", postalCode: "17358", areaCode: "03976" },
  ],
  "13076": [
    { name: "Parchim", postalCode: "19370", areaCode: "03871" },
    { name: "Ludwigslust", postalCode: "19288", areaCode: "03874" },
    { name: "Hagenow", postalCode: "19230", areaCode: "03883" },
    { name: "Boizenburg/Elbe", short: "Boizenburg", postalCode: "19258", areaCode: "038847" },
    { name: "Lübz", postalCode: "19386", areaCode: "038731" },
    { name: "Sternberg", postalCode: "19406", areaCode: "03847" },
  ],
  [DONNERSBERGKREIS_KEY]: [
    { name: "Kirchheimbolanden", postalCode: "67292", areaCode: "06352" },
    { name: "Eisenberg (Pfalz)", short: "Eisenberg", postalCode: "67304", areaCode: "06351" },
    { name: "Rockenhausen", postalCode: "67806", areaCode: "06361" },
    { name: "Winnweiler", postalCode: "67722", areaCode: "06302" },
  ],
  [BOERDE_KEY]: [
    { name: "Haldensleben", postalCode: "39340", areaCode: "03904" },
    {
      name: "Oschersleben (Bode)",
      short: "Oschersleben",
      postalCode: "39387",
      areaCode: "03949",
      regionKey: "15083415",
    },
    { name: "Wolmirstedt", postalCode: "39326", areaCode: "039201" },
    { name: "Wanzleben-Börde", short: "Wanzleben", postalCode: "39164", areaCode: "039209" },
    { name: "Barleben", postalCode: "39179", areaCode: "039203", regionKey: "15083040" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Named organisations (from the sources and the domain notes)
// ---------------------------------------------------------------------------------------------------------

export interface OrganisationData {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** Absent: the subgraph's default for the kind (its DEFAULT_SECTOR), which the seed fills in. */
  sector?: Sector;
  regionKey: string;
  status: RecordStatus;
  street?: string;
  postalCode?: string;
  city?: string;
  website?: string;
  email?: string;
}

export interface NamedOrganisationData extends OrganisationData {
  /** Functions of the (fictional) contact persons the generator adds; none for archived organisations. */
  contactFunctions: readonly string[];
}

/** Every active youth office has these two coordinators (KKG §3: Frühe Hilfen and child protection). */
export const YOUTH_OFFICE_CONTACT_FUNCTIONS = [
  "Netzwerkkoordination Frühe Hilfen",
  "Netzwerkkoordination Kinderschutz",
] as const;

interface NamedInput extends Omit<OrganisationData, "id" | "sector" | "status"> {
  sector?: Sector;
  status?: RecordStatus;
  contactFunctions?: readonly string[];
}

function named(input: NamedInput): NamedOrganisationData {
  const status = input.status ?? RecordStatus.ACTIVE;
  const defaultFunctions = input.kind === OrganisationKind.YOUTH_OFFICE ? YOUTH_OFFICE_CONTACT_FUNCTIONS : [];
  return {
    ...input,
    id: organisationId(input.name),
    status,
    contactFunctions: status === RecordStatus.ARCHIVED ? [] : (input.contactFunctions ?? defaultFunctions),
  };
}

/** ä → ae and so on, then lower-case words joined by hyphens: for demo domains and mailboxes. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Demo functional mailboxes use the reserved `.example` top-level domain: never a real address. */
function youthOffice(
  regionKey: string,
  regionName: string,
  city: string,
  postalCode: string,
  extra: Partial<NamedInput> = {},
): NamedOrganisationData {
  return named({
    name: `Jugendamt ${regionName}`,
    kind: OrganisationKind.YOUTH_OFFICE,
    regionKey,
    city,
    postalCode,
    email: extra.status === RecordStatus.ARCHIVED ? undefined : `jugendamt@${slug(regionName)}.example`,
    ...extra,
  });
}

/** The youth offices of the current districts and independent cities, by district key. */
export const MV_YOUTH_OFFICES: readonly NamedOrganisationData[] = [
  youthOffice("13003", "Hansestadt Rostock", "Rostock", "18055"),
  youthOffice("13004", "Landeshauptstadt Schwerin", "Schwerin", "19053"),
  youthOffice("13071", "Landkreis Mecklenburgische Seenplatte", "Neubrandenburg", "17033"),
  youthOffice("13072", "Landkreis Rostock", "Güstrow", "18273"),
  youthOffice("13073", "Landkreis Vorpommern-Rügen", "Stralsund", "18437"),
  youthOffice("13074", "Landkreis Nordwestmecklenburg", "Wismar", "23966"),
  // Source 001 gives the district's website.
  youthOffice("13075", "Landkreis Vorpommern-Greifswald", "Greifswald", "17489", {
    website: "https://www.kreis-vg.de",
  }),
  youthOffice("13076", "Landkreis Ludwigslust-Parchim", "Parchim", "19370"),
];

/** Youth offices of districts dissolved in 2011 that the sources name (000: Müritz, Demmin; 001: cluster 3). */
export const MV_FORMER_YOUTH_OFFICES: readonly NamedOrganisationData[] = [
  youthOffice("13056", "Landkreis Müritz", "Waren (Müritz)", "17192", { status: RecordStatus.ARCHIVED }),
  youthOffice("13052", "Landkreis Demmin", "Demmin", "17109", { status: RecordStatus.ARCHIVED }),
  youthOffice("13059", "Landkreis Ostvorpommern", "Anklam", "17389", { status: RecordStatus.ARCHIVED }),
  youthOffice("13060", "Landkreis Parchim", "Parchim", "19370", { status: RecordStatus.ARCHIVED }),
  youthOffice("13062", "Landkreis Uecker-Randow", "Pasewalk", "17309", { status: RecordStatus.ARCHIVED }),
  // 001 plans the brochure "in Zusammenarbeit mit Ostvorpommern und Greifswald": then an independent city.
  youthOffice("13001", "Hansestadt Greifswald", "Greifswald", "17489", { status: RecordStatus.ARCHIVED }),
];

/** Names other subgraphs' demo data refers to; the id of each is `organisationId(name)`. */
export const ORGANISATION_NAMES = {
  ministry: "Ministerium für Soziales, Gesundheit und Sport Mecklenburg-Vorpommern",
  projectOffice: "Geschäftsstelle Bündnis Kinderschutz MV",
  projectCarrier: "Start gGmbH",
  mueritzClinic: "MediClin Müritz-Klinikum",
  donnersbergAdministration: "Kreisverwaltung Donnersbergkreis",
  donnersbergYouthOffice: "Jugendamt Donnersbergkreis",
  boerdeYouthOffice: "Jugendamt Landkreis Börde",
  boerdeHealthOffice: "Gesundheitsamt Landkreis Börde",
  mvYouthOffices: Object.fromEntries(MV_YOUTH_OFFICES.map((o) => [o.regionKey, o.name])) as Readonly<
    Record<string, string>
  >,
  formerYouthOffices: Object.fromEntries(MV_FORMER_YOUTH_OFFICES.map((o) => [o.regionKey, o.name])) as Readonly<
    Record<string, string>
  >,
} as const;

export const NAMED_ORGANISATIONS: readonly NamedOrganisationData[] = [
  // 002: the state ministry funds the alliance and signed an agreement with every youth office.
  named({
    name: ORGANISATION_NAMES.ministry,
    kind: OrganisationKind.MINISTRY,
    regionKey: STATE_KEYS.mecklenburgVorpommern,
    street: "Werderstraße 124",
    postalCode: "19055",
    city: "Schwerin",
    email: "poststelle@sozialministerium-mv.example",
    contactFunctions: ["Fachreferat Kinder- und Jugendschutz"],
  }),
  // 002: the state project office, run by a non-profit carrier. The source names no seat for either, so
  // both sit at state level (their records belong to the state office, not to one youth office).
  named({
    name: ORGANISATION_NAMES.projectOffice,
    kind: OrganisationKind.PROJECT_OFFICE,
    regionKey: STATE_KEYS.mecklenburgVorpommern,
    email: "geschaeftsstelle@buendnis-kinderschutz-mv.example",
    contactFunctions: ["Projektleitung", "Koordination Praxisbegleitung"],
  }),
  named({
    name: ORGANISATION_NAMES.projectCarrier,
    kind: OrganisationKind.INDEPENDENT_PROVIDER,
    regionKey: STATE_KEYS.mecklenburgVorpommern,
    contactFunctions: ["Geschäftsführung"],
  }),
  ...MV_YOUTH_OFFICES,
  ...MV_FORMER_YOUTH_OFFICES,
  // 000: the working group "Gesundheit ist Kinderschutz" became a clinic-internal group here.
  named({
    name: ORGANISATION_NAMES.mueritzClinic,
    kind: OrganisationKind.HOSPITAL,
    regionKey: "13071",
    city: "Waren (Müritz)",
    postalCode: "17192",
    contactFunctions: ["Koordination Kinderschutzgruppe"],
  }),
  // 003: the network meets in the district administration's session hall; the youth office coordinates.
  named({
    name: ORGANISATION_NAMES.donnersbergAdministration,
    kind: OrganisationKind.OTHER,
    sector: Sector.SOCIAL,
    regionKey: DONNERSBERGKREIS_KEY,
    city: "Kirchheimbolanden",
    postalCode: "67292",
    website: "https://www.donnersberg.de",
  }),
  youthOffice(DONNERSBERGKREIS_KEY, "Donnersbergkreis", "Kirchheimbolanden", "67292"),
  // 004: the network of Landkreis Börde; the health office presented child-health reporting.
  youthOffice(BOERDE_KEY, "Landkreis Börde", "Haldensleben", "39340"),
  named({
    name: ORGANISATION_NAMES.boerdeHealthOffice,
    kind: OrganisationKind.HEALTH_OFFICE,
    regionKey: BOERDE_KEY,
    city: "Haldensleben",
    postalCode: "39340",
    email: "gesundheitsamt@landkreis-boerde.example",
    contactFunctions: ["Gesundheitsberichterstattung", "Kinder- und Jugendärztlicher Dienst"],
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Named agreements and offers
// ---------------------------------------------------------------------------------------------------------

export interface AgreementData {
  id: string;
  title: string;
  legalBasis: LegalBasis;
  status: AgreementStatus;
  signedOn?: string;
  validUntil?: string;
  keeperName: string;
  /** Names of all parties, the keeper included. */
  partyNames: readonly string[];
}

export interface OfferData {
  id: string;
  title: string;
  kind: OfferKind;
  providerName: string;
  /** Where the offer is available; the provider's region when absent. */
  regionKey?: string;
  minAge?: number;
  maxAge?: number;
  status: RecordStatus;
}

/**
 * 002: every youth office joined the alliance through a cooperation agreement with the ministry. The youth
 * office keeps its copy (its district owns the record). The sources give no signing dates.
 */
export const ALLIANCE_AGREEMENTS: readonly AgreementData[] = MV_YOUTH_OFFICES.map((office) => {
  const title = `Kooperationsvereinbarung Bündnis Kinderschutz MV – ${office.name.replace(/^Jugendamt /, "")}`;
  return {
    id: agreementId(office.name, title),
    title,
    legalBasis: LegalBasis.OTHER,
    status: AgreementStatus.SIGNED,
    keeperName: office.name,
    partyNames: [office.name, ORGANISATION_NAMES.ministry],
  };
});

/**
 * 001: projects of Landkreis Uecker-Randow that were to be continued after state funding ended. They belong
 * to a dissolved district, so they are kept archived, for the history.
 */
export const NAMED_OFFERS: readonly OfferData[] = ["Baby-FUN", "Elternbildungszentrum", "Eltern-Kind-Zentrum"].map(
  (title) => {
    const providerName = ORGANISATION_NAMES.formerYouthOffices["13062"]!;
    return {
      id: offerId(providerName, title),
      title,
      kind: OfferKind.GROUP,
      providerName,
      regionKey: "13062",
      status: RecordStatus.ARCHIVED,
    };
  },
);

// ---------------------------------------------------------------------------------------------------------
// Derived values
// ---------------------------------------------------------------------------------------------------------

const REGIONS_BY_KEY = new Map(REGIONS.map((r) => [r.key, r]));

export function regionData(key: string): RegionData {
  const region = REGIONS_BY_KEY.get(key);
  if (!region) throw new Error(`demo data: unknown region ${key}`);
  return region;
}

/**
 * The district or independent city whose youth office keeps records in `regionKey`: the region itself, the
 * district a municipality lies in, or null at state level (those records belong to the state office).
 * A dissolved district keeps its own key: its records are history, not the successor's to change.
 */
export function districtKeyOf(regionKey: string): string | undefined {
  for (
    let region: RegionData | undefined = regionData(regionKey);
    region;
    region = region.parentKey ? regionData(region.parentKey) : undefined
  ) {
    if (OFFICE_LEVEL_KINDS.includes(region.kind)) return region.key;
  }
  return undefined;
}
