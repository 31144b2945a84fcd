/**
 * Deterministic generator of plausible, clearly fictional partner organisations, contacts, cooperation
 * agreements and offers around the named organisations of demo-data.ts.
 *
 * Deterministic because other subgraphs' seeds, tests and screenshots must see the same data on every
 * machine: no Math.random, no clock. Each district draws from a random stream of its own, so adding a
 * district or changing one district's rules leaves the others' data as it was.
 */
import { Random } from "@kinderschutz/subgraph-kit";
import {
  BOERDE_KEY,
  DISTRICT_TOWNS,
  DONNERSBERGKREIS_KEY,
  MV_CURRENT_DISTRICT_KEYS,
  NAMED_ORGANISATIONS,
  agreementId,
  contactId,
  districtKeyOf,
  offerId,
  organisationId,
  regionData,
  slug,
  type AgreementData,
  type OfferData,
  type OrganisationData,
  type TownData,
} from "./demo-data.js";
import { AgreementStatus, LegalBasis, OfferKind, OrganisationKind, RecordStatus, Sector } from "./vocabulary.js";

export interface ContactData {
  id: string;
  organisationName: string;
  function: string;
  name: string;
  email: string;
  phone: string;
}

export interface GeneratedData {
  organisations: OrganisationData[];
  contacts: ContactData[];
  agreements: AgreementData[];
  offers: OfferData[];
}

/** The demo data's seed (the day of the 2011 district reform); another seed gives another, equally valid data set. */
export const DEMO_SEED = 20110904;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

// ---------------------------------------------------------------------------------------------------------
// Name material (German, generic, fictional)
// ---------------------------------------------------------------------------------------------------------

/** Surnames nobody carries by accident: the demo holds no real person's data. */
export const SURNAMES = [
  "Muster",
  "Mustermann",
  "Musterfrau",
  "Beispiel",
  "Beispielmann",
  "Probe",
  "Exempel",
  "Platzhalter",
  "Vorlage",
  "Fiktiv",
];
export const FIRST_NAMES = [
  "Anna",
  "Lena",
  "Katrin",
  "Sabine",
  "Julia",
  "Maria",
  "Petra",
  "Claudia",
  "Jana",
  "Heike",
  "Silke",
  "Anja",
  "Thomas",
  "Michael",
  "Stefan",
  "Frank",
  "Jens",
  "Uwe",
  "Martin",
  "Tobias",
  "Sebastian",
  "Kai",
  "Lars",
  "Paul",
];
export const STREETS = [
  "Hauptstraße",
  "Schulstraße",
  "Bahnhofstraße",
  "Lindenstraße",
  "Am Markt",
  "Gartenstraße",
  "Friedensstraße",
  "Rosenweg",
  "Am See",
  "Goethestraße",
  "Schillerstraße",
  "Birkenweg",
  "Kirchstraße",
  "Parkstraße",
  "Wiesenweg",
  "Mühlenstraße",
  "Ringstraße",
  "Feldstraße",
];
const DAYCARE_NAMES = [
  "Sonnenschein",
  "Regenbogen",
  "Pusteblume",
  "Zwergenland",
  "Kleine Strolche",
  "Spatzennest",
  "Wirbelwind",
  "Löwenzahn",
  "Sonnenblume",
  "Kinderland",
  "Seepferdchen",
  "Märchenland",
  "Buddelkiste",
  "Rappelkiste",
  "Wiesenkinder",
  "Waldwichtel",
  "Kleeblatt",
  "Sternschnuppe",
];

/** What a place and its district contribute to names. */
interface Place {
  town: string;
  district: string;
}

export interface KindSpec {
  names: readonly ((p: Place, random: Random) => string)[];
  /** Local part of the functional e-mail address. */
  mailbox: string;
  contactFunctions: readonly string[];
  sector?: Sector;
  /** District-wide institutions sit in the district seat. */
  atSeat?: boolean;
}

/** Names, mailbox and contact functions of the partner kinds (the nationwide data uses the latter two). */
export const KINDS: Partial<Record<OrganisationKind, KindSpec>> = {
  [OrganisationKind.DAYCARE]: {
    names: [
      (p, r) => `Kita ${r.pick(DAYCARE_NAMES)} ${p.town}`,
      (p, r) => `Integrative Kita ${r.pick(DAYCARE_NAMES)} ${p.town}`,
    ],
    mailbox: "kontakt",
    contactFunctions: ["Leitung", "Kinderschutzfachkraft"],
  },
  [OrganisationKind.SCHOOL]: {
    names: [
      (p) => `Grundschule ${p.town}`,
      (p, r) => `Grundschule am ${r.pick(["Park", "See", "Markt", "Wall", "Mühlenteich"])} ${p.town}`,
      (p) => `Regionale Schule ${p.town}`,
      (p) => `Förderschule ${p.town}`,
      (p) => `Gymnasium ${p.town}`,
    ],
    mailbox: "sekretariat",
    contactFunctions: ["Schulleitung", "Schulsozialarbeit"],
  },
  [OrganisationKind.HEALTH_OFFICE]: {
    names: [(p) => `Gesundheitsamt ${p.district}`],
    mailbox: "gesundheitsamt",
    contactFunctions: ["Kinder- und Jugendärztlicher Dienst", "Netzwerkkoordination"],
    atSeat: true,
  },
  [OrganisationKind.HOSPITAL]: {
    names: [(p) => `Klinikum ${p.town}`, (p) => `Krankenhaus ${p.town}`, (p) => `Kinderklinik ${p.town}`],
    mailbox: "info",
    contactFunctions: ["Koordination Kinderschutzgruppe", "Sozialdienst"],
  },
  [OrganisationKind.MEDICAL_PRACTICE]: {
    names: [
      (p, r) => `Kinderarztpraxis ${r.pick(["am Markt", "am Bahnhof", "im Ärztehaus", "am Park"])} ${p.town}`,
      (p) => `Praxis für Kinder- und Jugendpsychiatrie ${p.town}`,
      (p) => `Frauenarztpraxis ${p.town}`,
    ],
    mailbox: "praxis",
    contactFunctions: ["Praxisleitung", "Kinderschutzbeauftragte Person"],
  },
  [OrganisationKind.MIDWIFERY]: {
    names: [
      (p) => `Familienhebammen ${p.district}`,
      (p, r) =>
        `Hebammenpraxis ${r.pick(["Storchennest", "Kugelrund", "Wiegenlied", "Nestwärme", "Lebensanfang"])} ${p.town}`,
    ],
    mailbox: "kontakt",
    contactFunctions: ["Familienhebamme", "Koordination Familienhebammen"],
  },
  [OrganisationKind.EARLY_INTERVENTION]: {
    names: [
      (p) => `Frühförderstelle ${p.town}`,
      (p) => `Interdisziplinäre Frühförderstelle ${p.town}`,
      (p) => `Sozialpädiatrisches Zentrum ${p.town}`,
    ],
    mailbox: "kontakt",
    contactFunctions: ["Leitung", "Heilpädagogik"],
  },
  [OrganisationKind.COUNSELLING_CENTRE]: {
    names: [
      (p) => `Erziehungs- und Familienberatungsstelle ${p.town}`,
      (p) => `Schwangerschaftsberatungsstelle ${p.town}`,
      (p) => `Suchtberatungsstelle ${p.town}`,
      (p) => `Fachberatungsstelle gegen sexualisierte Gewalt ${p.town}`,
    ],
    mailbox: "beratung",
    contactFunctions: ["Leitung", "Beratungsfachkraft", "Insoweit erfahrene Fachkraft"],
  },
  [OrganisationKind.INDEPENDENT_PROVIDER]: {
    names: [
      (p) => `Kinder- und Jugendhilfe ${p.town} gGmbH`,
      (p) => `Jugendhilfeverbund ${p.town} e.V.`,
      (p) => `Familienhilfe ${p.town} gGmbH`,
      (p) => `Kinder- und Jugendhaus ${p.town} e.V.`,
      (p, r) => `Wohngruppe ${r.pick(["Leuchtturm", "Kompass", "Ankerplatz", "Lichtblick"])} ${p.town}`,
    ],
    mailbox: "kontakt",
    contactFunctions: ["Geschäftsführung", "Insoweit erfahrene Fachkraft", "Netzwerkkoordination"],
  },
  [OrganisationKind.FAMILY_EDUCATION]: {
    names: [
      (p) => `Familienzentrum ${p.town}`,
      (p) => `Mehrgenerationenhaus ${p.town}`,
      (p) => `Eltern-Kind-Zentrum ${p.town}`,
      (p) => `Familienbildungsstätte ${p.town}`,
    ],
    mailbox: "kontakt",
    contactFunctions: ["Leitung", "Elternbildung"],
  },
  [OrganisationKind.SOCIAL_WELFARE_OFFICE]: {
    names: [(p) => `Sozialamt ${p.district}`],
    mailbox: "sozialamt",
    contactFunctions: ["Sachgebietsleitung"],
    atSeat: true,
  },
  [OrganisationKind.JOB_CENTRE]: {
    names: [(p) => `Jobcenter ${p.district}`],
    mailbox: "jobcenter",
    contactFunctions: ["Beauftragte für Chancengleichheit am Arbeitsmarkt", "Teamleitung U25"],
    atSeat: true,
  },
  [OrganisationKind.POLICE]: {
    names: [(p) => `Polizeirevier ${p.town}`],
    mailbox: "revier",
    contactFunctions: ["Präventionsbeauftragte Person", "Opferschutz"],
  },
  [OrganisationKind.FAMILY_COURT]: {
    names: [(p) => `Amtsgericht ${p.town} – Familiengericht`],
    mailbox: "poststelle",
    contactFunctions: ["Geschäftsstelle Familiensachen"],
    atSeat: true,
  },
  [OrganisationKind.PUBLIC_PROSECUTOR]: {
    names: [(p) => `Staatsanwaltschaft ${p.town}`],
    mailbox: "poststelle",
    contactFunctions: ["Jugendstaatsanwaltschaft"],
    atSeat: true,
  },
  [OrganisationKind.ASSOCIATION]: {
    names: [
      (p) => `Förderverein Kinderschutz ${p.town} e.V.`,
      (p) => `Elterninitiative ${p.town} e.V.`,
      (p) => `Familienpaten ${p.town} e.V.`,
      (p, r) => `SV ${r.pick(["Blau-Weiß", "Eintracht", "Fortuna", "Grün-Weiß"])} ${p.town} e.V.`,
    ],
    mailbox: "verein",
    contactFunctions: ["Vorstand", "Ehrenamtskoordination"],
  },
  [OrganisationKind.OTHER]: {
    // 001 names housing companies among the partners in child-protection cases.
    names: [(p) => `Wohnungsgesellschaft ${p.town} mbH`],
    mailbox: "info",
    contactFunctions: ["Sozialmanagement"],
    sector: Sector.SOCIAL,
  },
};

const K = OrganisationKind;

/** A full partner landscape after KKG §3(2): every profession a network must bring together. */
const MV_DISTRICT_KINDS: readonly OrganisationKind[] = [
  K.HEALTH_OFFICE,
  K.HOSPITAL,
  K.MEDICAL_PRACTICE,
  K.MEDICAL_PRACTICE,
  K.MIDWIFERY,
  K.EARLY_INTERVENTION,
  K.COUNSELLING_CENTRE,
  K.COUNSELLING_CENTRE,
  K.INDEPENDENT_PROVIDER,
  K.INDEPENDENT_PROVIDER,
  K.FAMILY_EDUCATION,
  K.DAYCARE,
  K.DAYCARE,
  K.DAYCARE,
  K.SCHOOL,
  K.SCHOOL,
  K.POLICE,
  K.FAMILY_COURT,
  K.JOB_CENTRE,
  K.ASSOCIATION,
];
/** Drawn on top, a different number per district, so that districts differ in size and mix. */
const MV_EXTRA_KINDS: readonly OrganisationKind[] = [
  K.DAYCARE,
  K.DAYCARE,
  K.SCHOOL,
  K.SCHOOL,
  K.ASSOCIATION,
  K.INDEPENDENT_PROVIDER,
  K.MEDICAL_PRACTICE,
  K.COUNSELLING_CENTRE,
  K.FAMILY_EDUCATION,
  K.POLICE,
  K.SOCIAL_WELFARE_OFFICE,
  K.PUBLIC_PROSECUTOR,
  K.OTHER,
];
/** Outside Mecklenburg-Vorpommern the demo only needs enough partners for the networks of sources 003 and 004. */
const OTHER_DISTRICT_KINDS: readonly OrganisationKind[] = [
  K.DAYCARE,
  K.DAYCARE,
  K.SCHOOL,
  K.MIDWIFERY,
  K.MEDICAL_PRACTICE,
  K.COUNSELLING_CENTRE,
  K.INDEPENDENT_PROVIDER,
  K.INDEPENDENT_PROVIDER,
  K.FAMILY_EDUCATION,
  K.EARLY_INTERVENTION,
  K.POLICE,
  K.ASSOCIATION,
];

// ---------------------------------------------------------------------------------------------------------
// Agreements and offers
// ---------------------------------------------------------------------------------------------------------

export interface AgreementTemplate {
  title: string;
  legalBasis: LegalBasis;
  partnerKinds: readonly OrganisationKind[];
  status?: AgreementStatus;
}

/**
 * The first two every district has, in force: §8a(4) SGB VIII requires the agreements with providers, KKG §3
 * the binding network. The rest are drawn, with a drawn status unless the template fixes one.
 */
export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  {
    title: "Vereinbarung zum Schutzauftrag nach § 8a SGB VIII mit freien Trägern",
    legalBasis: LegalBasis.SGB_VIII_8A,
    partnerKinds: [K.INDEPENDENT_PROVIDER, K.COUNSELLING_CENTRE, K.FAMILY_EDUCATION, K.DAYCARE],
    status: AgreementStatus.SIGNED,
  },
  {
    title: "Kooperationsvereinbarung Netzwerk Frühe Hilfen und Kinderschutz",
    legalBasis: LegalBasis.KKG_3,
    partnerKinds: [
      K.HEALTH_OFFICE,
      K.HOSPITAL,
      K.MIDWIFERY,
      K.EARLY_INTERVENTION,
      K.COUNSELLING_CENTRE,
      K.JOB_CENTRE,
      K.POLICE,
      K.FAMILY_COURT,
    ],
    status: AgreementStatus.SIGNED,
  },
  {
    title: "Kooperationsvereinbarung Kinderschutz in der Gesundheitshilfe",
    legalBasis: LegalBasis.KKG_4,
    partnerKinds: [K.HOSPITAL, K.MEDICAL_PRACTICE, K.MIDWIFERY],
  },
  // 001 plans agreements with police, schools and child psychiatry "nach Vorbild § 8a SGB VIII".
  {
    title: "Kooperationsvereinbarung Kinderschutz mit der Polizei",
    legalBasis: LegalBasis.SGB_VIII_8A,
    partnerKinds: [K.POLICE],
  },
  {
    title: "Kooperationsvereinbarung Kinderschutz an Schulen",
    legalBasis: LegalBasis.SGB_VIII_8A,
    partnerKinds: [K.SCHOOL],
  },
  {
    title: "Kooperationsvereinbarung Familienhebammen (Modellphase)",
    legalBasis: LegalBasis.KKG_3,
    partnerKinds: [K.MIDWIFERY, K.HEALTH_OFFICE],
    status: AgreementStatus.EXPIRED,
  },
];

export interface OfferTemplate {
  title: string;
  kind: OfferKind;
  /**
   * Who plausibly runs such an offer: one of these kinds, and where given, a name that fits too (the words of
   * the demo's names and of the nationwide plan's names).
   */
  providerKinds: readonly OrganisationKind[];
  providerName?: RegExp;
  minAge?: number;
  maxAge?: number;
  /** Only in the nationwide data: the demo of Mecklenburg-Vorpommern draws its offers from the others. */
  nationwideOnly?: boolean;
}

/** Offers of a district, for the demo (without the `nationwideOnly` ones) and the nationwide data alike. */
export const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  {
    title: "Soziale Gruppenarbeit für Grundschulkinder",
    kind: OfferKind.GROUP,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.FAMILY_EDUCATION],
    minAge: 6,
    maxAge: 10,
  },
  {
    title: "Gruppe für Kinder aus suchtbelasteten Familien",
    kind: OfferKind.GROUP,
    providerKinds: [K.COUNSELLING_CENTRE, K.INDEPENDENT_PROVIDER],
    providerName: /Sucht|Erziehungs|hilfe|Jugendhaus|Diakon|Caritas/,
    minAge: 8,
    maxAge: 14,
  },
  {
    title: "Gruppe für Kinder psychisch kranker Eltern",
    kind: OfferKind.GROUP,
    providerKinds: [K.COUNSELLING_CENTRE, K.INDEPENDENT_PROVIDER],
    providerName: /Erziehungs|hilfe|Jugendhaus|Diakon/,
    minAge: 6,
    maxAge: 12,
  },
  {
    title: "Gruppe für Trennungs- und Scheidungskinder",
    kind: OfferKind.GROUP,
    providerKinds: [K.COUNSELLING_CENTRE],
    providerName: /Erziehungs/,
    minAge: 6,
    maxAge: 12,
  },
  {
    title: "Eltern-Kind-Gruppe im ersten Lebensjahr",
    kind: OfferKind.GROUP,
    providerKinds: [K.FAMILY_EDUCATION, K.MIDWIFERY],
    minAge: 0,
    maxAge: 1,
  },
  {
    title: "Familiencafé",
    kind: OfferKind.GROUP,
    providerKinds: [K.FAMILY_EDUCATION, K.ASSOCIATION],
    providerName: /Famili|Mehrgeneration|Eltern|Kinderschutzbund/,
    minAge: 0,
    maxAge: 6,
  },
  {
    title: "Elterncafé in der Kita",
    kind: OfferKind.GROUP,
    providerKinds: [K.DAYCARE],
    minAge: 0,
    maxAge: 6,
    nationwideOnly: true,
  },
  {
    title: "Sprachförderung in Kleingruppen",
    kind: OfferKind.GROUP,
    providerKinds: [K.DAYCARE],
    minAge: 3,
    maxAge: 6,
    nationwideOnly: true,
  },
  {
    title: "Soziales Kompetenztraining",
    kind: OfferKind.GROUP,
    providerKinds: [K.SCHOOL],
    minAge: 6,
    maxAge: 16,
    nationwideOnly: true,
  },
  {
    title: "Gewaltprävention an Grundschulen",
    kind: OfferKind.GROUP,
    providerKinds: [K.POLICE, K.ASSOCIATION],
    minAge: 6,
    maxAge: 10,
    nationwideOnly: true,
  },
  {
    title: "Geburtsvorbereitung und Elternschule",
    kind: OfferKind.GROUP,
    providerKinds: [K.HOSPITAL, K.MIDWIFERY],
    minAge: 0,
    maxAge: 1,
    nationwideOnly: true,
  },
  {
    title: "Erziehungsberatung",
    kind: OfferKind.COUNSELLING,
    providerKinds: [K.COUNSELLING_CENTRE],
    providerName: /Erziehungs/,
    minAge: 0,
    maxAge: 17,
  },
  {
    title: "Schwangerschafts- und Konfliktberatung",
    kind: OfferKind.COUNSELLING,
    providerKinds: [K.COUNSELLING_CENTRE],
    providerName: /Schwangerschaft/,
    nationwideOnly: true,
  },
  {
    title: "Offene Sprechstunde Frühe Hilfen",
    kind: OfferKind.COUNSELLING,
    providerKinds: [K.FAMILY_EDUCATION, K.COUNSELLING_CENTRE, K.MIDWIFERY],
    providerName: /Famili|Mehrgeneration|Eltern|Schwangerschaft|Erziehungs|Hebamme/,
    minAge: 0,
    maxAge: 3,
  },
  {
    title: "Babylotsen-Sprechstunde",
    kind: OfferKind.COUNSELLING,
    providerKinds: [K.HOSPITAL],
    minAge: 0,
    maxAge: 1,
    nationwideOnly: true,
  },
  {
    title: "Entwicklungssprechstunde",
    kind: OfferKind.COUNSELLING,
    providerKinds: [K.MEDICAL_PRACTICE],
    minAge: 0,
    maxAge: 6,
    nationwideOnly: true,
  },
  {
    title: "Aufsuchende Begleitung durch Familienhebammen",
    kind: OfferKind.INDIVIDUAL,
    providerKinds: [K.MIDWIFERY],
    minAge: 0,
    maxAge: 1,
  },
  {
    title: "Erziehungsbeistand",
    kind: OfferKind.INDIVIDUAL,
    providerKinds: [K.INDEPENDENT_PROVIDER],
    minAge: 10,
    maxAge: 17,
  },
  {
    title: "Sozialpädagogische Familienhilfe",
    kind: OfferKind.INDIVIDUAL,
    providerKinds: [K.INDEPENDENT_PROVIDER],
    minAge: 0,
    maxAge: 17,
    nationwideOnly: true,
  },
  {
    title: "Heilpädagogische Einzelförderung",
    kind: OfferKind.THERAPEUTIC,
    providerKinds: [K.EARLY_INTERVENTION],
    minAge: 3,
    maxAge: 6,
  },
  {
    title: "Spieltherapie",
    kind: OfferKind.THERAPEUTIC,
    providerKinds: [K.EARLY_INTERVENTION, K.COUNSELLING_CENTRE],
    providerName: /Früh|Sozialpäd|Erziehungs/,
    minAge: 4,
    maxAge: 10,
  },
  {
    title: "Ferienfreizeit",
    kind: OfferKind.LEISURE,
    providerKinds: [K.ASSOCIATION, K.INDEPENDENT_PROVIDER],
    minAge: 8,
    maxAge: 14,
  },
  {
    title: "Offener Kindertreff",
    kind: OfferKind.LEISURE,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.ASSOCIATION, K.FAMILY_EDUCATION],
    providerName:
      /hilfe|Jugendhaus|Jugendwerk|Diakon|Caritas|AWO|Famili|Mehrgeneration|Eltern|Förderverein|Kinderschutzbund/,
    minAge: 6,
    maxAge: 12,
  },
];

const DEMO_OFFER_TEMPLATES = OFFER_TEMPLATES.filter((t) => !t.nationwideOnly);

/**
 * 004: working group SÜD compiles a district-wide catalogue of socio-educational, therapeutic and leisure
 * group and individual offers for children, to be presented at the "Tag der Regionen" 2025 in Oschersleben.
 */
const BOERDE_CATALOGUE: readonly OfferTemplate[] = [
  {
    title: "Soziale Gruppenarbeit für Kinder",
    kind: OfferKind.GROUP,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.COUNSELLING_CENTRE],
    providerName: /hilfe|Jugendhaus|Erziehungs/,
    minAge: 7,
    maxAge: 12,
  },
  {
    title: "Mädchengruppe",
    kind: OfferKind.GROUP,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.FAMILY_EDUCATION],
    minAge: 10,
    maxAge: 14,
  },
  {
    title: "Jungengruppe",
    kind: OfferKind.GROUP,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.FAMILY_EDUCATION],
    minAge: 10,
    maxAge: 14,
  },
  {
    title: "Sozialpädagogische Einzelbetreuung",
    kind: OfferKind.INDIVIDUAL,
    providerKinds: [K.INDEPENDENT_PROVIDER],
    minAge: 8,
    maxAge: 17,
  },
  {
    title: "Heilpädagogische Einzelförderung",
    kind: OfferKind.THERAPEUTIC,
    providerKinds: [K.EARLY_INTERVENTION],
    minAge: 3,
    maxAge: 7,
  },
  {
    title: "Ergotherapeutische Kindergruppe",
    kind: OfferKind.THERAPEUTIC,
    providerKinds: [K.EARLY_INTERVENTION, K.MEDICAL_PRACTICE],
    minAge: 5,
    maxAge: 10,
  },
  {
    title: "Freizeitbegleitende Wochenendgruppe",
    kind: OfferKind.LEISURE,
    providerKinds: [K.INDEPENDENT_PROVIDER, K.ASSOCIATION],
    minAge: 8,
    maxAge: 13,
  },
  {
    title: "Ferienfreizeit in der Börde",
    kind: OfferKind.LEISURE,
    providerKinds: [K.ASSOCIATION, K.INDEPENDENT_PROVIDER],
    minAge: 8,
    maxAge: 14,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

/** An organisation with what the generator still needs about it (not stored). */
interface Placed {
  org: OrganisationData;
  districtKey: string | undefined;
  areaCode: string;
  /** Mail domain of the organisation; its people's addresses share it. */
  domain: string;
}

const AREA_CODES = new Map(
  Object.values(DISTRICT_TOWNS)
    .flat()
    .map((t) => [t.name, t.areaCode]),
);
/** State-level organisations name no town: their demo numbers use the state capital's code. */
const STATE_CAPITAL_AREA_CODE = "0385";

function placeNamed(org: OrganisationData): Placed {
  const mailDomain = org.email?.split("@")[1];
  return {
    org,
    districtKey: districtKeyOf(org.regionKey),
    areaCode: (org.city && AREA_CODES.get(org.city)) || STATE_CAPITAL_AREA_CODE,
    domain: mailDomain ?? `${slug(org.name)}.example`,
  };
}

export function canProvide(template: OfferTemplate, org: { kind: OrganisationKind; name: string }): boolean {
  return template.providerKinds.includes(org.kind) && (!template.providerName || template.providerName.test(org.name));
}

/** A fictional person: name and the local part of their e-mail address. */
export function person(random: Random): { name: string; emailLocal: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { name: `${first} ${last}`, emailLocal: `${slug(first)}.${slug(last)}` };
}

/** A number in the "555" block, which no real line uses. */
export function phoneNumber(areaCode: string, random: Random): string {
  return `${areaCode} 555 ${pad(random.int(0, 9999), 4)}`;
}

/** Status and dates of an agreement after `template`: a drawn status unless the template fixes one. */
export function agreementTerms(
  template: AgreementTemplate,
  random: Random,
): { status: AgreementStatus; signedOn?: string; validUntil?: string } {
  const status =
    template.status ??
    (random.chance(0.5)
      ? AgreementStatus.SIGNED
      : random.chance(0.6)
        ? AgreementStatus.PLANNED
        : AgreementStatus.EXPIRED);
  let signedOn: string | undefined;
  let validUntil: string | undefined;
  if (status === AgreementStatus.SIGNED) {
    // Networks after KKG §3 exist since the federal act of 2012.
    signedOn = random.date(2012, 2024);
    if (random.chance(0.3)) validUntil = `${Number(signedOn.slice(0, 4)) + 5}-12-31`;
    if (validUntil && validUntil < "2026-01-01") validUntil = undefined;
  } else if (status === AgreementStatus.EXPIRED) {
    signedOn = random.date(2012, 2018);
    validUntil = `${Number(signedOn.slice(0, 4)) + random.int(2, 5)}-12-31`;
  }
  return { status, signedOn, validUntil };
}

function contactsFor(placed: Placed, functions: readonly string[], random: Random): ContactData[] {
  return functions.map((fn) => {
    const p = person(random);
    return {
      id: contactId(placed.org.name, fn),
      organisationName: placed.org.name,
      function: fn,
      name: p.name,
      email: `${p.emailLocal}@${placed.domain}`,
      phone: phoneNumber(placed.areaCode, random),
    };
  });
}

class Generator {
  readonly organisations: OrganisationData[] = [];
  readonly contacts: ContactData[] = [];
  readonly agreements: AgreementData[] = [];
  readonly offers: OfferData[] = [];
  /** Names are ids (organisationId): a name may occur once in the whole data set. */
  private readonly takenNames = new Set(NAMED_ORGANISATIONS.map((o) => o.name));
  private readonly placedNamed = NAMED_ORGANISATIONS.map(placeNamed);

  constructor(private readonly seed: number) {}

  run(): GeneratedData {
    const contactRandom = new Random(this.seed, "named-contacts");
    NAMED_ORGANISATIONS.forEach((named, i) =>
      this.contacts.push(...contactsFor(this.placedNamed[i]!, named.contactFunctions, contactRandom)),
    );
    for (const key of MV_CURRENT_DISTRICT_KEYS) this.district(key, MV_DISTRICT_KINDS, true);
    this.district(DONNERSBERGKREIS_KEY, OTHER_DISTRICT_KINDS, false);
    this.district(BOERDE_KEY, OTHER_DISTRICT_KINDS, false);
    return {
      organisations: this.organisations,
      contacts: this.contacts,
      agreements: this.agreements,
      offers: this.offers,
    };
  }

  private district(districtKey: string, baseKinds: readonly OrganisationKind[], full: boolean): void {
    const random = new Random(this.seed, `district:${districtKey}`);
    const towns = DISTRICT_TOWNS[districtKey];
    if (!towns || towns.length === 0) throw new Error(`demo data: no towns for district ${districtKey}`);
    const districtName = regionData(districtKey).name;

    const kinds = full ? [...baseKinds, ...random.sample(MV_EXTRA_KINDS, random.int(0, 5))] : baseKinds;
    const partners: Placed[] = [];
    for (const kind of kinds) {
      const placed = this.organisation(kind, districtKey, districtName, towns, random);
      if (placed) partners.push(placed);
    }
    // Named organisations of the district (the clinic in Waren, Börde's health office) are partners too.
    const active = this.placedNamed.filter(
      (p) => p.districtKey === districtKey && p.org.status === RecordStatus.ACTIVE,
    );
    const youthOffice = active.find((p) => p.org.kind === K.YOUTH_OFFICE);
    if (!youthOffice) throw new Error(`demo data: no youth office in district ${districtKey}`);
    const allPartners = [...active.filter((p) => p !== youthOffice), ...partners];

    const templates = full
      ? [...AGREEMENT_TEMPLATES.slice(0, 2), ...random.sample(AGREEMENT_TEMPLATES.slice(2), random.int(1, 3))]
      : AGREEMENT_TEMPLATES.slice(0, 2);
    for (const template of templates) this.agreement(template, youthOffice, allPartners, random);

    if (districtKey === BOERDE_KEY) {
      // The catalogue is district-wide ("landkreisweit"), whoever runs an offer.
      for (const template of BOERDE_CATALOGUE) this.offer(template, allPartners, BOERDE_KEY, random);
    } else {
      const possible = DEMO_OFFER_TEMPLATES.filter((t) => allPartners.some((p) => canProvide(t, p.org)));
      for (const template of random.sample(possible, random.int(3, 5)))
        this.offer(template, allPartners, undefined, random);
    }
  }

  private organisation(
    kind: OrganisationKind,
    districtKey: string,
    districtName: string,
    towns: readonly TownData[],
    random: Random,
  ): Placed | undefined {
    const spec = KINDS[kind];
    if (!spec) throw new Error(`demo data: no generator rules for ${kind}`);
    // The seat is drawn twice as often as any other town: that is where most institutions are.
    const candidates = spec.atSeat ? [towns[0]!] : [towns[0]!, ...towns];
    for (let attempt = 0; attempt < 12; attempt++) {
      const town = random.pick(candidates);
      const name = random.pick(spec.names)({ town: town.short ?? town.name, district: districtName }, random);
      if (this.takenNames.has(name)) continue;
      this.takenNames.add(name);
      const domain = `${slug(name)}.example`;
      const org: OrganisationData = {
        id: organisationId(name),
        name,
        kind,
        sector: spec.sector,
        regionKey: town.regionKey ?? districtKey,
        status: RecordStatus.ACTIVE,
        street: `${random.pick(STREETS)} ${random.int(1, 80)}`,
        postalCode: town.postalCode,
        city: town.name,
        website: random.chance(0.5) ? `https://www.${domain}` : undefined,
        email: `${spec.mailbox}@${domain}`,
      };
      const placed: Placed = { org, districtKey, areaCode: town.areaCode, domain };
      this.organisations.push(org);
      this.contacts.push(...contactsFor(placed, random.sample(spec.contactFunctions, random.int(1, 2)), random));
      return placed;
    }
    // Every name this kind can have in this district is taken (e.g. a second job centre): leave it out.
    return undefined;
  }

  private agreement(template: AgreementTemplate, keeper: Placed, partners: readonly Placed[], random: Random): void {
    const eligible = partners.filter((p) => template.partnerKinds.includes(p.org.kind));
    if (eligible.length === 0) return;
    const parties = random.sample(eligible, random.int(1, Math.min(6, eligible.length)));
    const { status, signedOn, validUntil } = agreementTerms(template, random);
    this.agreements.push({
      id: agreementId(keeper.org.name, template.title),
      title: template.title,
      legalBasis: template.legalBasis,
      status,
      signedOn,
      validUntil,
      keeperName: keeper.org.name,
      partyNames: [keeper.org.name, ...parties.map((p) => p.org.name)],
    });
  }

  private offer(
    template: OfferTemplate,
    partners: readonly Placed[],
    regionKey: string | undefined,
    random: Random,
  ): void {
    const providers = partners.filter((p) => canProvide(template, p.org));
    if (providers.length === 0) return;
    const provider = random.pick(providers);
    this.offers.push({
      id: offerId(provider.org.name, template.title),
      title: template.title,
      kind: template.kind,
      providerName: provider.org.name,
      regionKey: regionKey ?? provider.org.regionKey,
      minAge: template.minAge,
      maxAge: template.maxAge,
      status: RecordStatus.ACTIVE,
    });
  }
}

/** The generated part of the demo data; the same `seed` always gives the same data. */
export function generateDemoData(seed: number = DEMO_SEED): GeneratedData {
  return new Generator(seed).run();
}
