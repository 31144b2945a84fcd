// What the change history says about each kind of record, in words for people: German field names, enum values by
// their labels, dates as dates and half-days as days. It loads with the history table, not with the pages.
import { formatDate, formatDateTime, formatDays } from "#lib/format.ts";
import { AGREEMENT_STATUS, LEGAL_BASIS } from "#lib/agreement-labels.ts";
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

/** A field: its German name and, where the stored value is no plain text, how to say it. */
interface Field {
  label: string;
  show?: Show;
}

const label =
  (labels: Record<string, string>): Show =>
  (value) =>
    labels[String(value)] ?? String(value);
const day: Show = (value) => formatDate(String(value));
const moment: Show = (value) => formatDateTime(String(value));
const halfDays: Show = (value) => formatDays(Number(value) / 2);
const f = (label: string, show?: Show): Field => ({ label, show });

const FIELDS: Record<string, Record<string, Field>> = {
  Network: {
    name: f("Name"),
    kind: f("Art", label(NETWORK_KIND)),
    status: f("Status", label(NETWORK_STATUS)),
    foundedOn: f("Gegründet", day),
    endedOn: f("Beendet", day),
    plenaryMeetingsPerYear: f("Netzwerktreffen pro Jahr"),
    description: f("Beschreibung"),
    responsibleDistrictKey: f("Zuständiger Kreis"),
    responsibleOfficeId: f("Zuständige Stelle"),
    coordinatorContactId: f("Koordination"),
    parent: f("Dachnetzwerk"),
    successor: f("Nachfolgenetzwerk"),
    regionKey: f("Region"),
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
    continuedByOrganisationId: f("Weitergeführt von"),
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
    workingGroup: f("Arbeitskreis"),
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
    networkId: f("Netzwerk"),
    requestingDistrictKey: f("Kreisschlüssel"),
    requestingOfficeId: f("Jugendamt"),
    budget: f("Kontingent"),
    pool: f("Kooperationspool"),
  },
  Region: {
    name: f("Name"),
    kind: f("Art", label(REGION_KIND)),
    parent: f("Liegt in"),
    validFrom: f("Besteht seit", day),
    validUntil: f("Bestand bis", day),
  },
  Organisation: {
    name: f("Name"),
    kind: f("Art", label(ORGANISATION_KIND)),
    sector: f("Bereich", label(SECTOR)),
    region: f("Region"),
    districtKey: f("Kreis"),
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
    region: f("Region"),
    status: f("Status", label(RECORD_STATUS)),
    provider: f("Anbieter"),
  },
  CooperationAgreement: {
    title: f("Titel"),
    legalBasis: f("Rechtsgrundlage", label(LEGAL_BASIS)),
    status: f("Stand", label(AGREEMENT_STATUS)),
    signedOn: f("Unterzeichnet am", day),
    validUntil: f("Gültig bis", day),
    keeper: f("Geführt von"),
    parties: f("Vertragsparteien"),
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

/** A stored value (JSON, as the graph records it) in words; "–" for none. */
export function showValue(entityType: string, field: string, json: string | null | undefined): string {
  if (json === null || json === undefined) return "–";
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === "") return "–";
  const show = FIELDS[entityType]?.[field]?.show;
  if (Array.isArray(value)) return value.map((v) => (show ? show(v) : String(v))).join(", ") || "–";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (show) return show(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}
