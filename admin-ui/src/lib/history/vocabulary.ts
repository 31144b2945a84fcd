// What the change history says about each kind of record, in words for people: German field names, enum values by
// their labels, dates as dates and half-days as days. It loads with the history table, not with the pages.
import { formatDate, formatDateTime, formatDays } from "#lib/format.ts";
import { AGREEMENT_STATUS, LEGAL_BASIS } from "#lib/agreements/labels.ts";
import {
  DATE_PRECISION,
  GOAL_SCOPE,
  GOAL_STATE,
  MEETING_KIND,
  MEETING_STATUS,
  MEMBERSHIP_ROLE,
  NETWORK_KIND,
  NETWORK_STATUS,
  PRIORITY_KIND,
  WORKING_GROUP_KIND,
  WORKING_GROUP_STATUS,
} from "#lib/network-labels.ts";
import { CHARGED_TO, CONSULTATION_KIND, CONSULTATION_STATUS } from "#lib/consultation-labels.ts";
import { OFFER_KIND, ORGANISATION_KIND, RECORD_STATUS, REGION_KIND, SECTOR } from "#lib/labels.ts";

type Show = (value: unknown) => string;

/** What a stored id or key refers to: the history names it instead of showing the id. */
export type Reference = "organisation" | "network" | "contact" | "region" | "workingGroup";

/** A field: its German name and, where the stored value is no plain text, how to say it or what it refers to. */
interface Field {
  label: string;
  show?: Show;
  refers?: Reference;
}

/** The names of the records a page of history refers to, by `<reference>:<id or key>`. */
export type Names = Readonly<Record<string, string>>;

const label =
  (labels: Record<string, string>): Show =>
  (value) =>
    labels[String(value)] ?? String(value);
const day: Show = (value) => formatDate(String(value));
const moment: Show = (value) => formatDateTime(String(value));
const halfDays: Show = (value) => formatDays(Number(value) / 2);
const f = (label: string, show?: Show): Field => ({ label, show });
const ref = (label: string, refers: Reference): Field => ({ label, refers });

const FIELDS: Record<string, Record<string, Field>> = {
  Network: {
    name: f("Name"),
    kind: f("Art", label(NETWORK_KIND)),
    status: f("Status", label(NETWORK_STATUS)),
    foundedOn: f("Gegründet", day),
    endedOn: f("Beendet", day),
    plenaryMeetingsPerYear: f("Netzwerktreffen pro Jahr"),
    description: f("Beschreibung"),
    responsibleDistrictKey: ref("Zuständiger Kreis", "region"),
    responsibleOfficeId: ref("Zuständige Stelle", "organisation"),
    coordinatorContactId: ref("Koordination", "contact"),
    parent: ref("Dachnetzwerk", "network"),
    successor: ref("Nachfolgenetzwerk", "network"),
    regionKey: ref("Region", "region"),
  },
  Membership: {
    role: f("Rolle", label(MEMBERSHIP_ROLE)),
    since: f("Mitglied seit", day),
    until: f("Mitglied bis", day),
  },
  WorkingGroup: {
    name: f("Name"),
    kind: f("Art", label(WORKING_GROUP_KIND)),
    status: f("Status", label(WORKING_GROUP_STATUS)),
    foundedOn: f("Gegründet am", day),
    endedOn: f("Beendet am", day),
    statusNote: f("Was aus dem Arbeitskreis wird"),
    continuedByOrganisationId: ref("Weitergeführt von", "organisation"),
  },
  Priority: { year: f("Jahr"), kind: f("Art", label(PRIORITY_KIND)), title: f("Thema") },
  Goal: {
    title: f("Ziel"),
    scope: f("Bereich", label(GOAL_SCOPE)),
    state: f("Stand", label(GOAL_STATE)),
    year: f("Jahr"),
  },
  Milestone: {
    date: f("Datum", day),
    precision: f("Genauigkeit", label(DATE_PRECISION)),
    title: f("Was geschah"),
    description: f("Mehr dazu"),
  },
  Meeting: {
    date: f("Datum", day),
    startTime: f("Beginn"),
    kind: f("Art", label(MEETING_KIND)),
    title: f("Titel"),
    place: f("Ort"),
    status: f("Status", label(MEETING_STATUS)),
    participantCount: f("Teilnehmende"),
    minutes: f("Protokoll"),
    workingGroup: ref("Arbeitskreis", "workingGroup"),
  },
  Consultation: {
    kind: f("Art", label(CONSULTATION_KIND)),
    title: f("Titel"),
    plannedDate: f("Geplantes Datum", day),
    status: f("Status", label(CONSULTATION_STATUS)),
    chargedTo: f("Abgerechnet über", label(CHARGED_TO)),
    requestedHalfDays: f("Angefragt", halfDays),
    bookedHalfDays: f("Gebucht", halfDays),
    deliveredHalfDays: f("Durchgeführt", halfDays),
    cancellationReason: f("Grund der Stornierung"),
    networkId: ref("Netzwerk", "network"),
    requestingDistrictKey: ref("Kreis", "region"),
    requestingOfficeId: ref("Jugendamt", "organisation"),
  },
  Region: {
    name: f("Name"),
    kind: f("Art", label(REGION_KIND)),
    parent: ref("Liegt in", "region"),
    validFrom: f("Besteht seit", day),
    validUntil: f("Bestand bis", day),
  },
  Organisation: {
    name: f("Name"),
    kind: f("Art", label(ORGANISATION_KIND)),
    sector: f("Bereich", label(SECTOR)),
    region: ref("Region", "region"),
    districtKey: ref("Kreis", "region"),
    street: f("Straße und Hausnummer"),
    postalCode: f("Postleitzahl"),
    city: f("Ort"),
    website: f("Website"),
    email: f("E-Mail-Adresse der Organisation"),
    status: f("Status", label(RECORD_STATUS)),
  },
  Offer: {
    title: f("Titel"),
    kind: f("Art", label(OFFER_KIND)),
    minAge: f("Alter von"),
    maxAge: f("Alter bis"),
    region: ref("Region", "region"),
    status: f("Status", label(RECORD_STATUS)),
    provider: ref("Anbieter", "organisation"),
  },
  CooperationAgreement: {
    title: f("Titel"),
    legalBasis: f("Rechtsgrundlage", label(LEGAL_BASIS)),
    status: f("Stand", label(AGREEMENT_STATUS)),
    signedOn: f("Unterzeichnet am", day),
    validUntil: f("Gültig bis", day),
    keeper: ref("Geführt von", "organisation"),
    parties: ref("Vertragsparteien", "organisation"),
  },
  Contact: {
    function: f("Funktion"),
    name: f("Name"),
    email: f("E-Mail-Adresse"),
    phone: f("Telefon"),
    erasedAt: f("Personenbezogene Daten gelöscht am", moment),
    organisation: f("Organisation"),
  },
};

/**
 * Fields that say nothing to a person reading a record's history: its own id, and what ties a part to the record
 * whose page shows it (a membership's network, organisation and district).
 */
const HIDDEN: Record<string, readonly string[]> = {
  // Which contingent or pool a consultation is charged to follows from „Abgerechnet über“ and the office.
  Consultation: ["budget", "pool"],
  Membership: ["network", "organisationId", "districtKey"],
  Meeting: ["network", "districtKey"],
  WorkingGroup: ["network", "districtKey"],
  Milestone: ["network", "districtKey"],
  Subscription: ["network", "districtKey"],
  Priority: ["network", "districtKey"],
  Goal: ["network", "districtKey"],
  Offer: ["districtKey"],
  CooperationAgreement: ["districtKey"],
  Contact: ["organisation", "districtKey"],
};

/** The changes of an entry that are worth showing. */
export function shownChanges<C extends { field: string }>(entityType: string, changes: readonly C[]): C[] {
  return changes.filter((c) => c.field !== "id" && !HIDDEN[entityType]?.includes(c.field));
}

/** The German name of a record's field; a field not listed keeps its technical name. */
export function fieldLabel(entityType: string, field: string): string {
  return FIELDS[entityType]?.[field]?.label ?? field;
}

/** A record the names did not come for (gone since, or its service not answering): said without its id. */
const UNNAMED: Record<Reference, string> = {
  organisation: "eine Organisation (Name nicht verfügbar)",
  network: "ein Netzwerk (Name nicht verfügbar)",
  contact: "eine Ansprechperson (nicht verfügbar)",
  region: "eine Region (Name nicht verfügbar)",
  workingGroup: "ein Arbeitskreis",
};

const nameOf = (refers: Reference, value: unknown, names: Names): string =>
  names[`${refers}:${String(value)}`] ?? UNNAMED[refers];

/** The ids and keys a page of history refers to, by what they refer to: one request names them all. */
export function referencesOf(
  entityType: string,
  entries: readonly { callerDistrictKey?: string | null; changes: readonly Change[] }[],
): Record<Reference, string[]> {
  const found: Record<Reference, Set<string>> = {
    organisation: new Set(),
    network: new Set(),
    contact: new Set(),
    region: new Set(),
    workingGroup: new Set(),
  };
  for (const entry of entries) {
    if (entry.callerDistrictKey) found.region.add(entry.callerDistrictKey);
    for (const change of shownChanges(entityType, entry.changes)) {
      const refers = FIELDS[entityType]?.[change.field]?.refers;
      if (!refers) continue;
      for (const json of [change.before, change.after]) {
        const value = parse(json);
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string" && v) found[refers].add(v);
      }
    }
  }
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v].slice(0, 100)])) as Record<
    Reference,
    string[]
  >;
}

interface Change {
  field: string;
  before?: string | null;
  after?: string | null;
}

function parse(json: string | null | undefined): unknown {
  if (json === null || json === undefined) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** Who made a change: the state office, or a youth office by its district's name. */
export function actorOf(
  role: string,
  districtKey: string | null | undefined,
  names: Names,
  roles: Record<string, string>,
): string {
  const office = roles[role] ?? role;
  if (!districtKey) return office;
  const district = names[`region:${districtKey}`];
  return district ? `${office} ${district}` : `${office} (Kreis ${districtKey})`;
}

/** A stored value (JSON, as the graph records it) in words; "–" for none; records it refers to by their names. */
export function showValue(
  entityType: string,
  field: string,
  json: string | null | undefined,
  names: Names = {},
): string {
  if (json === null || json === undefined) return "–";
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === "") return "–";
  const { show, refers } = FIELDS[entityType]?.[field] ?? {};
  if (refers) return (Array.isArray(value) ? value : [value]).map((v) => nameOf(refers, v, names)).join(", ") || "–";
  if (Array.isArray(value)) return value.map((v) => (show ? show(v) : String(v))).join(", ") || "–";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (show) return show(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}
