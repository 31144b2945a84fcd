/**
 * The networks subgraph's part of the nationwide data set (`generate germany`): the planned networks and
 * memberships as the plan has them, and around them five years of network life in the style of the demo
 * generator (generate.ts): working groups, plenary and working-group meetings with agenda and attendance,
 * priorities, goals, a short history and the coordinators on the mailing list.
 *
 * Deterministic: one random stream per network, NATIONWIDE_TODAY instead of the clock. Every record inside a
 * network carries the network's responsible district, as createPart and the seed store it.
 */
import { isPostgres, Random, stableId } from "@kinderschutz/subgraph-kit";
import {
  NATIONWIDE_TODAY,
  NATIONWIDE_YEARS,
  type GeneratedAudit,
  type NationwideWriter,
  type PlannedMembership,
  type PlannedNetwork,
  type PlannedOrganisation,
  type PlannedOrganisationKind,
  type PlannedYouthOffice,
} from "@kinderschutz/subgraph-kit/nationwide";
import type { EntityClass, RequiredEntityData } from "@mikro-orm/core";
import { AgendaItem, Meeting, MeetingAttendance } from "../meetings/meeting.entity.js";
import { Membership } from "../memberships/membership.entity.js";
import { Milestone } from "../milestones/milestone.entity.js";
import { Network } from "../networks/network.entity.js";
import {
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  NetworkStatus,
  PriorityKind,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "../networks/network.enums.js";
import { Goal, Priority } from "../plans/plan.entities.js";
import { Subscription } from "../subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "../working-groups/working-group.entity.js";
import { addDays, dayBetween, meetingDayBetween } from "./random.js";

/** Seed of this subgraph's streams; the plan has its own. */
const SEED = 20261122;
const TODAY = NATIONWIDE_TODAY;
const FIRST_YEAR = NATIONWIDE_YEARS[0];
const LAST_YEAR = NATIONWIDE_YEARS[NATIONWIDE_YEARS.length - 1]!;
const TODAY_YEAR = Number(TODAY.slice(0, 4));
/** Networks whose rows are built and written together (about 5,000 meetings and 30,000 attendances). */
const NETWORKS_PER_BATCH = 250;

// ---------------------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------------------

interface TopicTemplate {
  topic: string;
  /** Kinds of member that present it; the coordinating youth office presents the others. */
  presenters?: readonly PlannedOrganisationKind[];
}

const PLENARY_TOPICS: readonly TopicTemplate[] = [
  { topic: "Kindergesundheit in der Region: Ergebnisse der Schuleingangsuntersuchungen", presenters: ["HEALTH_OFFICE"] },
  { topic: "Schutzkonzepte in Kindertageseinrichtungen: Stand der Umsetzung", presenters: ["DAYCARE"] },
  { topic: "Schulsozialarbeit und Kinderschutz an Schulen", presenters: ["SCHOOL"] },
  { topic: "Familienhebammen: Einsatz und Zugangswege", presenters: ["MIDWIFERY"] },
  { topic: "Angebote der Frühen Hilfen für Familien mit Säuglingen", presenters: ["FAMILY_EDUCATION", "MIDWIFERY"] },
  { topic: "Verfahren nach § 8a SGB VIII: Rolle der insoweit erfahrenen Fachkraft", presenters: ["COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER"] },
  { topic: "Kinder psychisch und suchtkranker Eltern: Hilfen vor Ort", presenters: ["COUNSELLING_CENTRE"] },
  { topic: "Häusliche Gewalt und Kinderschutz: Zusammenarbeit mit der Polizei", presenters: ["POLICE"] },
  { topic: "Familiengerichtliche Verfahren bei Kindeswohlgefährdung", presenters: ["FAMILY_COURT"] },
  { topic: "Kinderschutzgruppe der Klinik: Abläufe und Ansprechpersonen", presenters: ["HOSPITAL"] },
  { topic: "Frühförderung: Zugangswege und Kooperation", presenters: ["EARLY_INTERVENTION"] },
  { topic: "Schnittstellen zwischen Jobcenter und Jugendamt bei Familien im Leistungsbezug", presenters: ["JOB_CENTRE"] },
  { topic: "Ehrenamtliche Familienpatenschaften", presenters: ["ASSOCIATION"] },
  { topic: "Kinderschutz in der Kinder- und Jugendarztpraxis", presenters: ["MEDICAL_PRACTICE"] },
  { topic: "Hilfen für Familien in besonderen Lebenslagen", presenters: ["SOCIAL_WELFARE_OFFICE"] },
  { topic: "Auswertung der Netzwerkbefragung" },
  { topic: "Vorbereitung des Fachtags Kinderschutz" },
  { topic: "Fortschreibung der Kooperationsvereinbarung des Netzwerkes" },
  { topic: "Datenschutz und Informationsweitergabe im Kinderschutz (§ 4 KKG)" },
  { topic: "Aktualisierung des Wegweisers Frühe Hilfen" },
];

const OPENING = "Begrüßung, Protokoll der letzten Sitzung und Bericht der Netzwerkkoordination";

interface WorkingGroupTemplate {
  name: string;
  kind: WorkingGroupKind;
  memberKinds: readonly PlannedOrganisationKind[];
  topics: readonly string[];
}

const WORKING_GROUP_TEMPLATES: readonly WorkingGroupTemplate[] = [
  {
    name: "AG Frühe Hilfen rund um die Geburt",
    kind: WorkingGroupKind.STANDING,
    memberKinds: ["MIDWIFERY", "HOSPITAL", "MEDICAL_PRACTICE", "FAMILY_EDUCATION", "HEALTH_OFFICE", "COUNSELLING_CENTRE"],
    topics: [
      "Willkommensbesuche für Neugeborene",
      "Übergang von der Geburtsklinik in die Frühen Hilfen",
      "Lotsendienst in der Geburtsklinik",
      "Elternbriefe und Informationsmaterial",
      "Erreichbarkeit belasteter Familien in ländlichen Regionen",
    ],
  },
  {
    name: "AG Kinderschutz in Kita und Schule",
    kind: WorkingGroupKind.STANDING,
    memberKinds: ["DAYCARE", "SCHOOL", "INDEPENDENT_PROVIDER", "COUNSELLING_CENTRE"],
    topics: [
      "Handlungsleitfaden bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung",
      "Schutzkonzepte: Erfahrungen aus den Einrichtungen",
      "Übergang Kita – Schule",
      "Fortbildungsbedarf der Fachkräfte",
    ],
  },
  {
    name: "AK Kinder psychisch und suchtkranker Eltern",
    kind: WorkingGroupKind.STANDING,
    memberKinds: ["COUNSELLING_CENTRE", "MEDICAL_PRACTICE", "HOSPITAL", "INDEPENDENT_PROVIDER", "EARLY_INTERVENTION"],
    topics: ["Gruppenangebote für betroffene Kinder", "Kooperation mit der Erwachsenenpsychiatrie", "Elternarbeit bei Suchterkrankung"],
  },
  {
    name: "AG Gesundheitswesen und Kinderschutz",
    kind: WorkingGroupKind.STANDING,
    memberKinds: ["HOSPITAL", "MEDICAL_PRACTICE", "HEALTH_OFFICE", "MIDWIFERY", "EARLY_INTERVENTION"],
    topics: ["Mitteilungen nach § 4 KKG: Ablauf und Rückmeldung", "Kinderschutz in der Notaufnahme", "Vorsorgeuntersuchungen und Einladewesen"],
  },
  {
    name: "AG Häusliche Gewalt",
    kind: WorkingGroupKind.TEMPORARY,
    memberKinds: ["POLICE", "FAMILY_COURT", "COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER", "ASSOCIATION"],
    topics: ["Ablauf nach Polizeieinsätzen mit Kindern im Haushalt", "Schutzangebote für Mütter und Kinder", "Kooperation mit dem Familiengericht"],
  },
];

const PRIORITY_POOL: Readonly<Record<PriorityKind.FOCUS | PriorityKind.TOPIC | PriorityKind.NEED, readonly string[]>> = {
  [PriorityKind.FOCUS]: [
    "Kinderschutz in Kindertageseinrichtungen",
    "Frühe Hilfen rund um die Geburt",
    "Kinder psychisch und suchtkranker Eltern",
    "Häusliche Gewalt und Kinderschutz",
    "Schutzkonzepte in Einrichtungen",
    "Übergang Kita – Schule",
    "Kinderschutz im Gesundheitswesen",
    "Beteiligung von Kindern und Eltern im Kinderschutz",
  ],
  [PriorityKind.TOPIC]: [
    "Verfahren nach § 8a SGB VIII",
    "Kooperation mit den Kinder- und Jugendarztpraxen",
    "Fortschreibung der Kooperationsvereinbarung",
    "Vorbereitung des Fachtags Kinderschutz",
    "Wegweiser Frühe Hilfen aktualisieren",
    "Datenschutz im Kinderschutz",
    "Vernetzung mit den Nachbarkreisen",
  ],
  [PriorityKind.NEED]: [
    "Fortbildung zur insoweit erfahrenen Fachkraft",
    "Mehr Austausch zwischen Schule und Jugendhilfe",
    "Erreichbarkeit der Kinder- und Jugendpsychiatrie",
    "Aufsuchende Angebote für Familien mit Säuglingen",
    "Sprachmittlung für Beratungsgespräche",
  ],
};

const GOAL_POOL: readonly { title: string; scope: GoalScope }[] = [
  { title: "Wegweiser Frühe Hilfen für Eltern veröffentlichen", scope: GoalScope.LOCAL },
  { title: "Kooperationsvereinbarung mit den Kinder- und Jugendarztpraxen abschließen", scope: GoalScope.LOCAL },
  { title: "Einheitlicher Mitteilungsbogen bei Anhaltspunkten für eine Kindeswohlgefährdung", scope: GoalScope.LOCAL },
  { title: "Schutzkonzepte in allen Kindertageseinrichtungen", scope: GoalScope.LOCAL },
  { title: "Fortbildungsreihe Kinderschutz für Lehrkräfte", scope: GoalScope.LOCAL },
  { title: "Kooperationsvereinbarung mit der Polizei zum Vorgehen bei häuslicher Gewalt", scope: GoalScope.LOCAL },
  { title: "Lotsendienst Frühe Hilfen in der Geburtsklinik", scope: GoalScope.LOCAL },
  { title: "Gemeinsame Fortbildung mit den Netzwerken der Nachbarkreise", scope: GoalScope.CROSS_NETWORK },
];

/** Windows of the plenary meetings within a year (month-day), by the number of meetings a year. */
const PLENARY_WINDOWS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  2: [["03-01", "04-30"], ["10-15", "12-10"]],
  3: [["02-01", "03-31"], ["06-01", "07-10"], ["10-15", "12-10"]],
  4: [["02-01", "03-15"], ["04-20", "06-15"], ["09-01", "10-10"], ["11-05", "12-10"]],
};

/** Windows of working-group meetings, avoiding the summer holidays. */
const GROUP_WINDOWS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  1: [["03-01", "06-30"]],
  2: [["02-15", "05-31"], ["09-01", "11-30"]],
};

function description(network: PlannedNetwork, regionName: string, town: string): string {
  switch (network.kind) {
    case "COMBINED":
      return `Verbindliches Netzwerk Frühe Hilfen und Kinderschutz nach § 3 KKG im Gebiet ${regionName}: Jugendhilfe, Gesundheitswesen, Kitas und Schulen, Polizei, Justiz und Beratungsstellen stimmen Angebote und Verfahren ab.`;
    case "EARLY_HELP":
      return `Netzwerk Frühe Hilfen (§ 3 Abs. 4 KKG) in ${town}: macht Angebote für werdende Eltern und Familien mit Kindern bis drei Jahre bekannt und stimmt sie ab.`;
    case "CHILD_PROTECTION":
      return `Arbeitskreis Kinderschutz in ${town}: Fachkräfte aus Kita, Schule, Gesundheitswesen und Jugendhilfe klären Verfahren bei Anhaltspunkten für eine Kindeswohlgefährdung.`;
  }
}

/** The town a network is named after (its name without the kind of network in front). */
function townOf(name: string): string {
  return name.replace(/^(Lokales Netzwerk Frühe Hilfen|Arbeitskreis Kinderschutz|Netzwerk Frühe Hilfen und Kinderschutz|Netzwerk Frühe Hilfen) /, "");
}

// ---------------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------------

/** A moment on `day` during office hours (UTC, so no time zone shifts the day). */
function moment(random: Random, day: string): Date {
  const hour = String(random.int(7, 15)).padStart(2, "0");
  const minute = String(random.int(0, 59)).padStart(2, "0");
  return new Date(`${day}T${hour}:${minute}:00.000Z`);
}

const earliest = (a: string, b: string) => (a < b ? a : b);
const latest = (a: string, b: string) => (a > b ? a : b);

/** Bookkeeping columns the audit subscriber leaves out of a record's changes. */
const NOT_AUDITED = new Set(["version", "createdAt", "updatedAt"]);

/** A creation as the audit subscriber records it: every set field, from nothing to its value. */
function created(entityType: string, row: { id: string; createdAt: Date }, ownerDistrictKey: string): GeneratedAudit {
  const changes: GeneratedAudit["changes"] = {};
  for (const [field, value] of Object.entries(row)) {
    if (NOT_AUDITED.has(field) || value === null || value === undefined) continue;
    changes[field] = { before: null, after: value };
  }
  return { entityType, entityId: row.id, at: row.createdAt, ownerDistrictKey, changes };
}

type Row<T> = RequiredEntityData<T> & { id: string; createdAt: Date };

interface Rows {
  networks: Row<Network>[];
  memberships: Row<Membership>[];
  workingGroups: Row<WorkingGroup>[];
  workingGroupMembers: RequiredEntityData<WorkingGroupMember>[];
  meetings: Row<Meeting>[];
  agendaItems: RequiredEntityData<AgendaItem>[];
  attendances: RequiredEntityData<MeetingAttendance>[];
  priorities: Row<Priority>[];
  goals: Row<Goal>[];
  milestones: Row<Milestone>[];
  subscriptions: Row<Subscription>[];
}

interface Member {
  organisation: PlannedOrganisation;
  role: PlannedMembership["role"];
  since: string;
}

interface GroupPlan {
  id: string;
  name: string;
  foundedOn: string;
  perYear: number;
  topics: readonly string[];
  members: readonly Member[];
}

const versioned = (createdAt: Date) => ({ version: 1, createdAt, updatedAt: createdAt });

interface Directory {
  organisations: ReadonlyMap<string, PlannedOrganisation>;
  youthOffices: ReadonlyMap<string, PlannedYouthOffice>;
  regionNames: ReadonlyMap<string, string>;
}

/** Everything inside one network; `random` is the network's own stream. */
function writeNetwork(rows: Rows, random: Random, network: PlannedNetwork, plannedMembers: readonly PlannedMembership[], directory: Directory): void {
  const { organisations } = directory;
  const regionName = directory.regionNames.get(network.regionKey) ?? network.regionKey;
  const districtKey = network.districtKey;
  const part = { network: network.id, districtKey };
  const office = directory.youthOffices.get(network.responsibleOfficeId)!;
  const town = network.kind === "COMBINED" ? office.city : townOf(network.name);
  const plenaryPerYear = random.pick([2, 2, 3, 3, 4]);
  const networkCreated = moment(random, network.foundedOn);

  rows.networks.push({
    id: network.id,
    ...versioned(networkCreated),
    name: network.name,
    kind: network.kind as NetworkKind,
    status: NetworkStatus.ACTIVE,
    regionKey: network.regionKey,
    responsibleDistrictKey: districtKey,
    responsibleOfficeId: network.responsibleOfficeId,
    coordinatorContactId: network.coordinatorContactId,
    foundedOn: network.foundedOn,
    plenaryMeetingsPerYear: plenaryPerYear,
    description: description(network, regionName, town),
  });

  const members: Member[] = [];
  for (const m of plannedMembers) {
    rows.memberships.push({
      id: m.id,
      ...versioned(moment(random, m.since)),
      ...part,
      organisationId: m.organisationId,
      role: m.role as MembershipRole,
      since: m.since,
    });
    members.push({ organisation: organisations.get(m.organisationId)!, role: m.role, since: m.since });
  }
  const coordinator = members.find((m) => m.role === "COORDINATOR")!;
  const others = members.filter((m) => m !== coordinator);
  const presentOn = (day: string, among: readonly Member[] = others) => among.filter((m) => m.since <= day);

  const usualPlace = random.pick([`${office.name}, Beratungsraum`, `Rathaus ${town}, Sitzungssaal`, `Kreisverwaltung ${office.city}, großer Sitzungssaal`]);
  const placeFor = (day: string, among: readonly Member[]) => {
    const hosts = presentOn(day, among).filter((m) => m.role !== "GUEST");
    return random.chance(0.5) || hosts.length === 0 ? usualPlace : random.pick(hosts).organisation.name;
  };

  // Working groups of members whose field fits, the coordinating office always in them.
  const groups: GroupPlan[] = [];
  const groupFrom = latest(network.foundedOn, "2014-01-15");
  for (const template of random.sample(WORKING_GROUP_TEMPLATES, random.chance(0.7) ? 1 : 2)) {
    const foundedOn = dayBetween(random, groupFrom, latest(groupFrom, "2023-11-30"));
    const candidates = presentOn(foundedOn);
    let chosen = random.sample(candidates.filter((m) => template.memberKinds.includes(m.organisation.kind)), random.int(3, 7));
    if (chosen.length < 3) chosen = [...chosen, ...random.sample(candidates.filter((m) => !chosen.includes(m)), 3 - chosen.length)];
    const id = stableId("working-group", `${network.id}|${template.name}`);
    const group: GroupPlan = { id, name: template.name, foundedOn, perYear: random.chance(0.85) ? 1 : 2, topics: template.topics, members: [coordinator, ...chosen] };
    groups.push(group);
    rows.workingGroups.push({
      id,
      ...versioned(moment(random, foundedOn)),
      ...part,
      name: template.name,
      kind: template.kind,
      status: WorkingGroupStatus.ACTIVE,
      foundedOn,
    });
    for (const m of group.members) {
      rows.workingGroupMembers.push({ id: stableId("working-group-member", `${id}|${m.organisation.id}`), workingGroup: id, organisationId: m.organisation.id, districtKey });
    }
  }

  const meeting = (options: { group?: GroupPlan; kind: MeetingKind; date: string; title: string; place: string; agenda: { topic: string; presenter: Member }[]; attendees: Member[] }): void => {
    const { group, kind, date, agenda } = options;
    const status = date > TODAY ? MeetingStatus.PLANNED : random.chance(0.04) ? MeetingStatus.CANCELLED : MeetingStatus.HELD;
    const id = stableId("meeting", `${network.id}|${group?.id ?? ""}|${kind}|${date}`);
    const held = status === MeetingStatus.HELD;
    // Presenters are among those who came; the coordinating office always comes.
    const attendees = held ? [...new Set([coordinator, ...options.attendees, ...agenda.map((a) => a.presenter)])] : [];
    const participantCount = held ? attendees.length + random.int(0, Math.ceil(attendees.length / 2)) : null;
    // Held meetings are recorded with their minutes afterwards; planned ones when the invitation goes out.
    const recorded = held || status === MeetingStatus.CANCELLED ? earliest(addDays(date, random.int(1, 14)), TODAY) : earliest(addDays(date, -random.int(14, 60)), TODAY);
    rows.meetings.push({
      id,
      ...versioned(moment(random, recorded)),
      ...part,
      workingGroup: group?.id ?? null,
      kind,
      date,
      place: options.place,
      title: options.title,
      status,
      participantCount,
      minutes: held
        ? `${participantCount} Teilnehmende aus ${attendees.length} Einrichtungen. ${agenda.map((item, i) => `TOP ${i + 1}: ${item.topic}.`).join(" ")} Die Präsentationen werden mit dem Protokoll über den Verteiler versandt.`
        : null,
    });
    agenda.forEach((item, i) =>
      rows.agendaItems.push({ id: stableId("agenda-item", `${id}|${i + 1}`), meeting: id, position: i + 1, topic: item.topic, presentingOrganisationId: item.presenter.organisation.id, districtKey }),
    );
    for (const a of attendees) {
      rows.attendances.push({ id: stableId("meeting-attendance", `${id}|${a.organisation.id}`), meeting: id, organisationId: a.organisation.id, districtKey });
    }
  };

  // Plenary meetings of the five years and the first of the year after (planned, in the coming months).
  const titleOf = (n: number, year: number) => (network.name.startsWith("Arbeitskreis") ? `${n}. Sitzung ${year}` : `${n}. Netzwerktreffen ${year}`);
  const windows = PLENARY_WINDOWS[plenaryPerYear]!;
  const plenaries: [number, number][] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) for (let i = 0; i < windows.length; i++) plenaries.push([year, i]);
  plenaries.push([LAST_YEAR + 1, 0]);
  for (const [year, index] of plenaries) {
    const [from, to] = windows[index]!;
    const date = meetingDayBetween(random, `${year}-${from}`, `${year}-${to}`);
    const present = presentOn(date);
    const agenda = [{ topic: OPENING, presenter: coordinator }];
    if (index === 0) agenda.push({ topic: `Jahresplanung ${year}: Schwerpunkte, Themen und Bedarfe`, presenter: coordinator });
    const possible = PLENARY_TOPICS.filter((t) => !t.presenters || present.some((m) => t.presenters!.includes(m.organisation.kind)));
    for (const template of random.sample(possible, random.int(index === 0 ? 0 : 1, 2))) {
      if (agenda.length >= 3) break;
      const fitting = present.filter((m) => template.presenters?.includes(m.organisation.kind));
      agenda.push({ topic: template.topic, presenter: fitting.length ? random.pick(fitting) : coordinator });
    }
    meeting({ kind: MeetingKind.PLENARY, date, title: titleOf(index + 1, year), place: placeFor(date, others), agenda, attendees: random.sample(present, random.int(5, 9)) });
  }

  for (const group of groups) {
    const fromYear = Math.max(FIRST_YEAR, Number(group.foundedOn.slice(0, 4)) + 1);
    for (let year = fromYear; year <= LAST_YEAR; year++) {
      GROUP_WINDOWS[group.perYear]!.forEach(([from, to], i) => {
        const date = meetingDayBetween(random, `${year}-${from}`, `${year}-${to}`);
        const present = presentOn(date, group.members);
        const topics = random.sample(group.topics, random.int(1, 2));
        const agenda = topics.map((topic) => ({ topic, presenter: present.length && random.chance(0.6) ? random.pick(present) : coordinator }));
        const attendees = random.sample(present, Math.round(present.length * random.int(60, 100) / 100));
        meeting({ group, kind: MeetingKind.WORKING_GROUP, date, title: `${group.name}: Sitzung ${i + 1}/${year}`, place: placeFor(date, group.members), agenda, attendees });
      });
    }
  }

  // Priorities of the last two years: a focus, a topic, sometimes a need named by the partners.
  for (const year of [LAST_YEAR - 1, LAST_YEAR]) {
    const drawn: [PriorityKind, string][] = [
      [PriorityKind.FOCUS, random.pick(PRIORITY_POOL[PriorityKind.FOCUS])],
      [PriorityKind.TOPIC, random.pick(PRIORITY_POOL[PriorityKind.TOPIC])],
    ];
    if (random.chance(0.4)) drawn.push([PriorityKind.NEED, random.pick(PRIORITY_POOL[PriorityKind.NEED])]);
    for (const [kind, title] of drawn) {
      rows.priorities.push({ id: stableId("priority", `${network.id}|${year}|${title}`), ...versioned(moment(random, dayBetween(random, `${year}-01-10`, `${year}-03-31`))), ...part, year, kind, title });
    }
  }

  // Goals: reached in past years, worked on this year, planned for next year.
  for (const goal of random.sample(GOAL_POOL, random.int(2, 3))) {
    const year = random.int(FIRST_YEAR, TODAY_YEAR + 1);
    const state = year < TODAY_YEAR ? (random.chance(0.85) ? GoalState.ACHIEVED : GoalState.IN_PROGRESS) : year === TODAY_YEAR ? GoalState.IN_PROGRESS : GoalState.PLANNED;
    const recorded = earliest(dayBetween(random, `${year - 1}-10-01`, `${year - 1}-12-20`), TODAY);
    rows.goals.push({ id: stableId("goal", `${network.id}|${goal.title}`), ...versioned(moment(random, recorded)), ...part, title: goal.title, scope: goal.scope, state, year });
  }

  // A short history: founding, the cooperation agreement, sometimes a steering group.
  const history: { date: string; precision: DatePrecision; title: string; description: string | null }[] = [
    { date: network.foundedOn, precision: DatePrecision.DAY, title: "Konstituierung des Netzwerkes", description: "Konstituierung nach den Vorgaben des Bundeskinderschutzgesetzes (§ 3 KKG)." },
    { date: addDays(network.foundedOn, random.int(60, 300)), precision: DatePrecision.DAY, title: "Unterzeichnung der Kooperationsvereinbarung der Netzwerkpartner", description: null },
  ];
  if (network.kind === "COMBINED" || random.chance(0.3)) {
    const year = random.int(Number(network.foundedOn.slice(0, 4)) + 1, 2021);
    history.push({ date: `${year}-01-01`, precision: DatePrecision.YEAR, title: "Einrichtung einer Steuerungsgruppe", description: null });
  }
  for (const h of history) {
    const recorded = h.precision === DatePrecision.YEAR ? `${h.date.slice(0, 4)}-12-15` : addDays(h.date, random.int(0, 20));
    rows.milestones.push({ id: stableId("milestone", `${network.id}|${h.date}|${h.title}`), ...versioned(moment(random, recorded)), ...part, ...h });
  }

  // The coordinators of the responsible office on the mailing list (contacts, no personal data of its own).
  const contacts = new Set([network.coordinatorContactId]);
  if (network.kind === "COMBINED") for (const c of office.coordinatorContactIds) contacts.add(c);
  for (const contactId of contacts) {
    rows.subscriptions.push({ id: stableId("subscription", `${network.id}|${contactId}`), ...versioned(networkCreated), ...part, contactId, name: null, email: null });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The writer
// ---------------------------------------------------------------------------------------------------------

export const writeNationwide: NationwideWriter = async ({ em, plan, insert, audit, progress }) => {
  // SQLite's default page cache (2 MB) spills the one big transaction to disk over and over while the indexes on
  // random ids grow; a larger one for this connection (closed after the generation) saves a good part of the writing.
  if (!isPostgres(em)) await em.getConnection().execute("pragma cache_size = -131072", [], "run", em.getTransactionContext());
  const youthOffices = new Map(plan.youthOffices.map((o) => [o.id, o]));
  const organisations = new Map<string, PlannedOrganisation>([...youthOffices, ...plan.partners.map((o) => [o.id, o] as const)]);
  const directory: Directory = { organisations, youthOffices, regionNames: new Map(plan.regions.map((r) => [r.key, r.name])) };
  const membersOf = new Map<string, PlannedMembership[]>();
  for (const m of plan.memberships) {
    const list = membersOf.get(m.networkId);
    if (list) list.push(m);
    else membersOf.set(m.networkId, [m]);
  }

  // Written a batch of networks at a time (parents before children): a bounded amount of rows in memory.
  const audited = async <T extends object>(entity: EntityClass<T>, list: Row<T>[], step: string, owner: (row: Row<T>) => string) => {
    await insert(entity, list, step);
    await audit(list.map((row) => created(entity.name, row, owner(row))), `Änderungshistorie: ${step}`);
  };
  const ownDistrict = (row: { districtKey?: string | null }) => row.districtKey!;
  for (let from = 0; from < plan.networks.length; from += NETWORKS_PER_BATCH) {
    const rows: Rows = {
      networks: [], memberships: [], workingGroups: [], workingGroupMembers: [], meetings: [], agendaItems: [], attendances: [],
      priorities: [], goals: [], milestones: [], subscriptions: [],
    };
    for (const network of plan.networks.slice(from, from + NETWORKS_PER_BATCH)) {
      writeNetwork(rows, new Random(SEED, `networks:${network.id}`), network, membersOf.get(network.id) ?? [], directory);
    }
    await audited(Network, rows.networks, "Netzwerke", (row) => row.responsibleDistrictKey!);
    await audited(Membership, rows.memberships, "Mitgliedschaften", ownDistrict);
    await audited(WorkingGroup, rows.workingGroups, "Arbeitskreise", ownDistrict);
    await insert(WorkingGroupMember, rows.workingGroupMembers, "Mitglieder der Arbeitskreise");
    await audited(Meeting, rows.meetings, "Sitzungen", ownDistrict);
    await insert(AgendaItem, rows.agendaItems, "Tagesordnungspunkte");
    await insert(MeetingAttendance, rows.attendances, "Teilnahmen");
    await audited(Priority, rows.priorities, "Schwerpunkte", ownDistrict);
    await audited(Goal, rows.goals, "Ziele", ownDistrict);
    await audited(Milestone, rows.milestones, "Meilensteine", ownDistrict);
    await audited(Subscription, rows.subscriptions, "Verteiler", ownDistrict);
    progress("Netzwerke mit Mitgliedern, Sitzungen und Planung", Math.min(from + NETWORKS_PER_BATCH, plan.networks.length), plan.networks.length);
  }
};
