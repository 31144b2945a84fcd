/**
 * The skeleton of the nationwide data set (`pnpm generate germany`): the states, districts and youth offices of
 * Germany beside the demo state Mecklenburg-Vorpommern, their partner organisations, networks and memberships.
 * Only what crosses a service boundary is planned here (which organisations and networks exist, who is a member
 * where); each subgraph derives its own rows from it (contacts, meetings, consultations, ...) with random streams
 * of its own. Every service computes the same plan from the same options: no service asks another for it.
 *
 * Plausible, clearly fictional and deterministic: real state names and keys, invented district and town names
 * (no real place, office or person is meant), no clock, no Math.random.
 */
import { Random, stableId } from "@kinderschutz/subgraph-kit";

/** The day the generated data is "today" (the demo's own). */
export const NATIONWIDE_TODAY = "2026-11-22";
/** Five years of consultations and meetings, up to and including this one. */
export const NATIONWIDE_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const SEED = 20261122;

export type PlannedRegionKind = "STATE" | "DISTRICT" | "INDEPENDENT_CITY" | "MUNICIPALITY";
/** Names of the organisations subgraph's OrganisationKind that the plan uses. */
export type PlannedOrganisationKind =
  | "YOUTH_OFFICE"
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
  | "ASSOCIATION";
/** Names of the networks subgraph's NetworkKind and MembershipRole that the plan uses. */
export type PlannedNetworkKind = "EARLY_HELP" | "CHILD_PROTECTION" | "COMBINED";
export type PlannedMembershipRole = "COORDINATOR" | "OFFICE" | "STEERING" | "MEMBER" | "GUEST";

export interface PlannedRegion {
  key: string;
  name: string;
  kind: PlannedRegionKind;
  parentKey?: string;
}

export interface PlannedOrganisation {
  id: string;
  name: string;
  kind: PlannedOrganisationKind;
  /** Where it sits: a district, an independent city or (city youth offices) a municipality. */
  regionKey: string;
  /** The district or independent city it belongs to: whose youth office keeps its record. */
  districtKey: string;
  city: string;
  postalCode: string;
}

export interface PlannedYouthOffice extends PlannedOrganisation {
  kind: "YOUTH_OFFICE";
  /** The district's own office, which holds its consultation budget; false for a city's office inside a district. */
  holdsBudget: boolean;
  /** Its coordinators (contacts of the organisations subgraph): early help and child protection. */
  coordinatorContactIds: readonly [string, string];
}

export interface PlannedNetwork {
  id: string;
  name: string;
  kind: PlannedNetworkKind;
  regionKey: string;
  districtKey: string;
  responsibleOfficeId: string;
  coordinatorContactId: string;
  foundedOn: string;
}

export interface PlannedMembership {
  id: string;
  networkId: string;
  organisationId: string;
  role: PlannedMembershipRole;
  since: string;
}

export interface NationwidePlan {
  /** States and the districts, independent cities and municipalities (seats of city youth offices) to add. */
  regions: PlannedRegion[];
  youthOffices: PlannedYouthOffice[];
  /** Every other organisation, by district. */
  partners: PlannedOrganisation[];
  networks: PlannedNetwork[];
  memberships: PlannedMembership[];
}

export interface PlanOptions {
  /** Keys of the states to plan (default: every state but the demo's Mecklenburg-Vorpommern). */
  states?: readonly string[];
  /** Share of the full size per district (1 = Germany's): fewer partner organisations, networks and members. */
  density?: number;
  /** Region keys that already exist (the demo's), left out. */
  existingRegionKeys?: ReadonlySet<string>;
}

/** Key, name, districts, independent cities and youth offices of each state (about 400 districts, 560 offices). */
const STATES: readonly (readonly [string, string, number, number, number])[] = [
  ["01", "Schleswig-Holstein", 11, 4, 15],
  ["02", "Hamburg", 0, 1, 7],
  ["03", "Niedersachsen", 37, 8, 57],
  ["04", "Bremen", 0, 2, 2],
  ["05", "Nordrhein-Westfalen", 31, 22, 170],
  ["06", "Hessen", 21, 5, 33],
  ["07", "Rheinland-Pfalz", 24, 12, 41],
  ["08", "Baden-Württemberg", 35, 9, 46],
  ["09", "Bayern", 71, 25, 96],
  ["10", "Saarland", 6, 0, 6],
  ["11", "Berlin", 0, 1, 12],
  ["12", "Brandenburg", 14, 4, 18],
  ["13", "Mecklenburg-Vorpommern", 6, 2, 8],
  ["14", "Sachsen", 10, 3, 13],
  ["15", "Sachsen-Anhalt", 11, 3, 14],
  ["16", "Thüringen", 17, 5, 22],
];
/** The demo state: its data is the demo's, never generated. */
export const DEMO_STATE_KEY = "13";
export const NATIONWIDE_STATE_KEYS: readonly string[] = STATES.map(([key]) => key).filter(
  (key) => key !== DEMO_STATE_KEY,
);

// Fictional place names from German-sounding parts: "Birkenfelde", "Ahrensau", "Lindenbrück".
const FIRST_PARTS = [
  "Ahrens",
  "Birken",
  "Linden",
  "Eichen",
  "Buchen",
  "Erlen",
  "Tannen",
  "Wiesen",
  "Rosen",
  "Falken",
  "Hasel",
  "Kranich",
  "Sonnen",
  "Mühl",
  "Bergs",
  "Wald",
  "Seel",
  "Hohen",
  "Nieder",
  "Ober",
  "Alten",
  "Neuen",
  "Stein",
  "Quell",
  "Fichten",
  "Ulmen",
  "Espen",
  "Hagen",
  "Wolfs",
  "Rabens",
  "Schwanen",
  "Lerchen",
  "Marien",
  "Bruch",
  "Holz",
  "Moor",
  "Heide",
  "Feld",
  "Grün",
  "Weiden",
];
const LAST_PARTS = [
  "au",
  "felde",
  "brück",
  "dorf",
  "hausen",
  "berg",
  "burg",
  "stedt",
  "heim",
  "hagen",
  "born",
  "tal",
  "ried",
  "bach",
  "see",
  "walde",
  "rode",
  "werder",
  "kirchen",
  "stadt",
];
const PLACE_PREFIXES = ["", "", "", "", "Groß ", "Klein ", "Bad ", "Neu-", "Alt-"];
const DISTRICT_PREFIXES = ["", "", "", "Nord-", "Süd-", "Ober-", "Unter-", "West-", "Ost-"];
const DAYCARE_NAMES = [
  "Sonnenschein",
  "Regenbogen",
  "Pusteblume",
  "Kunterbunt",
  "Wirbelwind",
  "Spatzennest",
  "Zwergenland",
  "Löwenzahn",
  "Sternschnuppe",
  "Abenteuerland",
];
const PRACTICE_NAMES = ["Muster", "Beispiel", "Probe", "Exempel", "Vorlage", "Platzhalter"];
const PROVIDERS = [
  "Kinder- und Jugendhilfe",
  "Familienhilfe",
  "Jugendwerk",
  "Familienzentrum",
  "Diakonisches Werk",
  "Caritasverband",
  "AWO Kreisverband",
  "Lebenshilfe",
];

/** Partner kinds and how many of each a district of full size has (about 75 organisations with its youth office). */
const PARTNERS_PER_DISTRICT: readonly (readonly [PlannedOrganisationKind, number])[] = [
  ["DAYCARE", 22],
  ["SCHOOL", 12],
  ["MEDICAL_PRACTICE", 7],
  ["MIDWIFERY", 4],
  ["INDEPENDENT_PROVIDER", 7],
  ["COUNSELLING_CENTRE", 4],
  ["FAMILY_EDUCATION", 3],
  ["EARLY_INTERVENTION", 2],
  ["HOSPITAL", 2],
  ["ASSOCIATION", 3],
  ["POLICE", 2],
  ["FAMILY_COURT", 1],
  ["HEALTH_OFFICE", 1],
  ["SOCIAL_WELFARE_OFFICE", 1],
  ["JOB_CENTRE", 1],
];

export function nationwideOrganisationId(name: string): string {
  return stableId("organisation", name);
}

/** The contact with this function at the organisation (the organisations subgraph stores it under this id). */
export function nationwideContactId(organisationId: string, fn: string): string {
  return stableId("contact", `${organisationId}|${fn}`);
}

export const COORDINATOR_FUNCTIONS = [
  "Netzwerkkoordination Frühe Hilfen",
  "Netzwerkkoordination Kinderschutz",
] as const;

function postalCode(random: Random, stateIndex: number): string {
  return String(10000 + ((stateIndex * 5_700 + random.int(0, 5_600)) % 89_999)).padStart(5, "0");
}

class Names {
  private readonly used = new Set<string>();
  /** A fresh place name (each place exists once in the whole country). */
  place(random: Random): string {
    // About 6,000 names for about 2,600 places: a free one turns up within a few draws.
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const name = random.pick(PLACE_PREFIXES) + random.pick(FIRST_PARTS) + random.pick(LAST_PARTS);
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error("ran out of place names");
  }
  /** `wanted`, or with a number when it exists (two day-care centres of the same name in one town). */
  unique(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.used.has(name); n++) name = `${wanted} ${n}`;
    this.used.add(name);
    return name;
  }
}

function partnerName(kind: PlannedOrganisationKind, town: string, district: string, random: Random): string {
  switch (kind) {
    case "DAYCARE":
      return `Kita ${random.pick(DAYCARE_NAMES)} ${town}`;
    case "SCHOOL":
      return `${random.pick(["Grundschule", "Regionale Schule", "Gesamtschule", "Förderschule"])} ${town}`;
    case "MEDICAL_PRACTICE":
      return `Kinderarztpraxis ${random.pick(PRACTICE_NAMES)} ${town}`;
    case "MIDWIFERY":
      return `Hebammenpraxis ${town}`;
    case "INDEPENDENT_PROVIDER":
      return `${random.pick(PROVIDERS)} ${town} e. V.`;
    case "COUNSELLING_CENTRE":
      return `${random.pick(["Erziehungs- und Familienberatung", "Schwangerschaftsberatung", "Suchtberatung"])} ${town}`;
    case "FAMILY_EDUCATION":
      return `Familienbildungsstätte ${town}`;
    case "EARLY_INTERVENTION":
      return `Frühförderstelle ${town}`;
    case "HOSPITAL":
      return `Klinikum ${town}`;
    case "ASSOCIATION":
      return `Kinderschutzbund Ortsverband ${town}`;
    case "POLICE":
      return `Polizeiinspektion ${town}`;
    case "FAMILY_COURT":
      return `Amtsgericht ${town} – Familiengericht`;
    case "HEALTH_OFFICE":
      return `Gesundheitsamt ${district}`;
    case "SOCIAL_WELFARE_OFFICE":
      return `Sozialamt ${district}`;
    case "JOB_CENTRE":
      return `Jobcenter ${district}`;
    case "YOUTH_OFFICE":
      return `Jugendamt ${district}`;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The plan for the chosen states at the chosen density. Each district draws from a random stream of its own
 * (by key), so the plan of one state is the same whether or not the others are planned with it.
 */
export function nationwidePlan(options: PlanOptions = {}): NationwidePlan {
  const density = options.density ?? 1;
  if (!(density > 0 && density <= 1)) throw new Error(`density must be above 0 and at most 1, not ${density}`);
  const wanted = new Set(options.states ?? NATIONWIDE_STATE_KEYS);
  for (const key of wanted) {
    if (!NATIONWIDE_STATE_KEYS.includes(key))
      throw new Error(`no state with key ${key} to generate (the keys are ${NATIONWIDE_STATE_KEYS.join(", ")})`);
  }
  const existing = options.existingRegionKeys ?? new Set<string>();
  const plan: NationwidePlan = { regions: [], youthOffices: [], partners: [], networks: [], memberships: [] };
  // Place names are drawn for every state, planned or not, so that a state's names never depend on which others are planned.
  const names = new Names();

  STATES.forEach(([stateKey, stateName, districts, cities, offices], stateIndex) => {
    if (stateKey === DEMO_STATE_KEY) return;
    const planned = wanted.has(stateKey);
    if (planned && !existing.has(stateKey)) plan.regions.push({ key: stateKey, name: stateName, kind: "STATE" });
    // Independent cities first (001, 002, ...), then districts (051, 052, ...), as the official keys do roughly.
    const areas = [
      ...Array.from({ length: cities }, (_, i) => ({
        key: `${stateKey}${pad(i + 1, 3)}`,
        kind: "INDEPENDENT_CITY" as const,
      })),
      ...Array.from({ length: districts }, (_, i) => ({
        key: `${stateKey}${pad(51 + i, 3)}`,
        kind: "DISTRICT" as const,
      })),
    ];
    // Offices beyond one per district serve larger towns inside the districts (or a city-state's boroughs).
    const extraOffices = offices - areas.length;
    areas.forEach((area, areaIndex) => {
      const random = new Random(SEED, `district:${area.key}`);
      const seat = names.place(random);
      const towns = [seat, ...Array.from({ length: random.int(3, 7) }, () => names.place(random))];
      const extra = Math.floor(extraOffices / areas.length) + (areaIndex < extraOffices % areas.length ? 1 : 0);
      const cityOffices = Array.from({ length: extra }, () => names.place(random));
      if (!planned || existing.has(area.key)) return;
      const districtName =
        area.kind === "INDEPENDENT_CITY" ? `Stadt ${seat}` : `Landkreis ${random.pick(DISTRICT_PREFIXES)}${seat}`;
      plan.regions.push({ key: area.key, name: districtName, kind: area.kind, parentKey: stateKey });
      planDistrict(plan, names, random, { stateIndex, key: area.key, name: districtName, towns, cityOffices, density });
    });
  });
  return plan;
}

interface DistrictInput {
  stateIndex: number;
  key: string;
  name: string;
  towns: string[];
  cityOffices: string[];
  density: number;
}

function planDistrict(plan: NationwidePlan, names: Names, random: Random, d: DistrictInput): void {
  const organisation = (
    kind: PlannedOrganisationKind,
    town: string,
    draw: Random,
    regionKey = d.key,
  ): PlannedOrganisation => {
    const name = names.unique(
      partnerName(kind, town, kind === "YOUTH_OFFICE" && regionKey !== d.key ? `Stadt ${town}` : d.name, draw),
    );
    return {
      id: nationwideOrganisationId(name),
      name,
      kind,
      regionKey,
      districtKey: d.key,
      city: town,
      postalCode: postalCode(draw, d.stateIndex),
    };
  };
  const office = (town: string, regionKey: string, holdsBudget: boolean): PlannedYouthOffice => {
    const base = organisation("YOUTH_OFFICE", town, random, regionKey);
    const contacts = COORDINATOR_FUNCTIONS.map((fn) => nationwideContactId(base.id, fn)) as [string, string];
    return { ...base, kind: "YOUTH_OFFICE", holdsBudget, coordinatorContactIds: contacts };
  };

  const districtOffice = office(d.towns[0]!, d.key, true);
  plan.youthOffices.push(districtOffice);
  const cityOffices = d.cityOffices.map((town, i) => {
    const key = `${d.key}${pad(100 + i, 3)}`;
    plan.regions.push({ key, name: town, kind: "MUNICIPALITY", parentKey: d.key });
    const cityOffice = office(town, key, false);
    plan.youthOffices.push(cityOffice);
    return cityOffice;
  });
  // Streams of their own for what the density thins out: the rest of the district stays the same at every density.
  const local = Math.max(0, Math.round((random.int(3, 6) - cityOffices.length) * d.density));

  const partnerDraw = new Random(SEED, `partners:${d.key}`);
  const partners: PlannedOrganisation[] = [];
  for (const [kind, perDistrict] of PARTNERS_PER_DISTRICT) {
    const count = Math.max(
      kind.endsWith("OFFICE") || kind === "JOB_CENTRE" ? 1 : 0,
      Math.round(perDistrict * d.density * (0.6 + partnerDraw.int(0, 80) / 100)),
    );
    for (let i = 0; i < count; i++) partners.push(organisation(kind, partnerDraw.pick(d.towns), partnerDraw));
  }
  plan.partners.push(...partners);

  // The district's network of both kinds, one per city office, and local networks of the larger towns.
  const networks: { name: string; kind: PlannedNetworkKind; office: PlannedYouthOffice; regionKey: string }[] = [
    {
      name: `Netzwerk Frühe Hilfen und Kinderschutz ${d.name}`,
      kind: "COMBINED",
      office: districtOffice,
      regionKey: d.key,
    },
    ...cityOffices.map((o) => ({
      name: `Netzwerk Frühe Hilfen ${o.city}`,
      kind: "EARLY_HELP" as const,
      office: o,
      regionKey: o.regionKey,
    })),
  ];
  for (const town of d.towns.slice(1, 1 + local)) {
    const kind = new Random(SEED, `local-network:${town}`).pick(["EARLY_HELP", "CHILD_PROTECTION"] as const);
    networks.push({
      name: `${kind === "EARLY_HELP" ? "Lokales Netzwerk Frühe Hilfen" : "Arbeitskreis Kinderschutz"} ${town}`,
      kind,
      office: districtOffice,
      regionKey: d.key,
    });
  }
  for (const n of networks) {
    const id = stableId("network", n.name);
    const draw = new Random(SEED, `network:${n.name}`);
    const foundedOn = draw.date(2012, 2020);
    plan.networks.push({
      id,
      name: n.name,
      kind: n.kind,
      regionKey: n.regionKey,
      districtKey: d.key,
      responsibleOfficeId: n.office.id,
      coordinatorContactId: n.office.coordinatorContactIds[n.kind === "CHILD_PROTECTION" ? 1 : 0],
      foundedOn,
    });
    const since = (): string => {
      const date = draw.date(Number(foundedOn.slice(0, 4)), 2026);
      return date < foundedOn ? foundedOn : date > NATIONWIDE_TODAY ? NATIONWIDE_TODAY : date;
    };
    const member = (organisationId: string, role: PlannedMembershipRole, from: string) =>
      plan.memberships.push({
        id: stableId("membership", `${id}|${organisationId}`),
        networkId: id,
        organisationId,
        role,
        since: from,
      });
    member(n.office.id, "COORDINATOR", foundedOn);
    const size = Math.min(partners.length, Math.max(1, Math.round(draw.int(22, 38) * d.density)));
    for (const p of draw.sample(partners, size)) {
      const role =
        p.kind === "HEALTH_OFFICE" || p.kind === "SOCIAL_WELFARE_OFFICE"
          ? "STEERING"
          : draw.chance(0.08)
            ? "GUEST"
            : "MEMBER";
      member(p.id, role, since());
    }
  }
}
