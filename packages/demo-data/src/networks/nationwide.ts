/**
 * The networks subgraph's part of the nationwide data set (`generate germany`): the planned networks and
 * memberships as the plan has them, and around them five years of network life in the style of the demo
 * generator (`generate.ts`): working groups, plenary and working-group meetings with agenda and attendance,
 * priorities, goals, a short history and the coordinators on the mailing list.
 *
 * Deterministic: one random stream per network, NATIONWIDE_TODAY instead of the clock. Every record inside a
 * network carries the network's responsible district, as createPart and the seed store it.
 *
 * The rows are drawn here and stored by the subgraph: its `generation.ts` names the entity of each table
 * (`nationwide-tables.ts`).
 */
import { isPostgres, Random } from "@kinderschutz/subgraph-kit";
import { addDays, dayBetween, meetingDayBetween } from "../calendar.js";
import {
  creationChanges,
  NATIONWIDE_TODAY,
  NATIONWIDE_YEARS,
  type GeneratedAudit,
  type NationwideWriter,
  type PlannedMembership,
  type PlannedNetwork,
  type PlannedOrganisation,
  type PlannedYouthOffice,
} from "../nationwide/index.js";
import {
  agendaItemId,
  goalId,
  meetingAttendanceId,
  meetingId,
  milestoneId,
  priorityId,
  subscriptionId,
  workingGroupId,
  workingGroupMemberId,
} from "./builder.js";
import {
  annualPlanningTopic,
  combinedNetworkDescription,
  goalPool,
  goalState,
  meetingStatus,
  MILESTONES,
  minutesOf,
  officeMeetingRoom,
  OPENING_TOPIC,
  participants,
  PLENARY_WINDOWS,
  plenaryTopics,
  PRIORITY_POOL,
  RURAL_PRIORITY,
  WORKING_GROUP_TEMPLATES,
  workingGroupMeetingTitle,
} from "./generate.js";
import type { NationwideTables, Table } from "./nationwide-tables.js";
import {
  DatePrecision,
  MeetingKind,
  MeetingStatus,
  NetworkStatus,
  PriorityKind,
  WorkingGroupStatus,
} from "./vocabulary.js";

/** Seed of this subgraph's streams; the plan has its own. */
const SEED = 20261122;
const TODAY = NATIONWIDE_TODAY;
const FIRST_YEAR = NATIONWIDE_YEARS[0];
const LAST_YEAR = NATIONWIDE_YEARS[NATIONWIDE_YEARS.length - 1]!;
const TODAY_YEAR = Number(TODAY.slice(0, 4));
/** Networks whose rows are built and written together (about 5,000 meetings and 30,000 attendances). */
const NETWORKS_PER_BATCH = 250;

// ---------------------------------------------------------------------------------------------------------
// Texts: the demo generator's catalogues (generate.ts), without what only Mecklenburg-Vorpommern has
// ---------------------------------------------------------------------------------------------------------

const PLENARY_TOPICS = plenaryTopics(false, true);
/** Anonymous case consultations take neither agenda nor minutes; the nationwide groups meet with both. */
const WORKING_GROUP_TEMPLATES_WITH_AGENDA = WORKING_GROUP_TEMPLATES.filter(
  (t) => t.meetingKind === MeetingKind.WORKING_GROUP,
);
/** Rural topics would not fit the independent cities' networks. */
const TOPIC_PRIORITIES = PRIORITY_POOL[PriorityKind.TOPIC].filter((t) => t !== RURAL_PRIORITY);
const GOAL_POOL = goalPool(false);

/** Windows of working-group meetings, avoiding the summer holidays. */
const GROUP_WINDOWS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  1: [["03-01", "06-30"]],
  2: [
    ["02-15", "05-31"],
    ["09-01", "11-30"],
  ],
};

function description(network: PlannedNetwork, regionName: string, town: string): string {
  switch (network.kind) {
    case "COMBINED":
      return combinedNetworkDescription(regionName);
    case "EARLY_HELP":
      return `Netzwerk Frühe Hilfen (§ 3 Abs. 4 KKG) in ${town}: macht Angebote für werdende Eltern und Familien mit Kindern bis drei Jahre bekannt und stimmt sie ab.`;
    case "CHILD_PROTECTION":
      return `Arbeitskreis Kinderschutz in ${town}: Fachkräfte aus Kita, Schule, Gesundheitswesen und Jugendhilfe klären Verfahren bei Anhaltspunkten für eine Kindeswohlgefährdung.`;
  }
}

/** The town a network is named after (its name without the kind of network in front). */
function townOf(name: string): string {
  return name.replace(
    /^(Lokales Netzwerk Frühe Hilfen|Arbeitskreis Kinderschutz|Netzwerk Frühe Hilfen und Kinderschutz|Netzwerk Frühe Hilfen) /,
    "",
  );
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

/** A creation as the audit subscriber records it: a record in a network follows the network's district. */
function created(
  entityType: Table,
  row: { id: string; createdAt: Date; network?: unknown },
  ownerDistrictKey: string,
): GeneratedAudit<Table> {
  const ownerRecordId = typeof row.network === "string" ? row.network : row.id;
  return {
    entityType,
    entityId: row.id,
    at: row.createdAt,
    ownerDistrictKey,
    ownerRecordId,
    changes: creationChanges(row),
  };
}

interface Rows {
  networks: NationwideTables["Network"][];
  memberships: NationwideTables["Membership"][];
  workingGroups: NationwideTables["WorkingGroup"][];
  workingGroupMembers: NationwideTables["WorkingGroupMember"][];
  meetings: NationwideTables["Meeting"][];
  agendaItems: NationwideTables["AgendaItem"][];
  attendances: NationwideTables["MeetingAttendance"][];
  priorities: NationwideTables["Priority"][];
  goals: NationwideTables["Goal"][];
  milestones: NationwideTables["Milestone"][];
  subscriptions: NationwideTables["Subscription"][];
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
function writeNetwork(
  rows: Rows,
  random: Random,
  network: PlannedNetwork,
  plannedMembers: readonly PlannedMembership[],
  directory: Directory,
): void {
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
    kind: network.kind,
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
      role: m.role,
      since: m.since,
    });
    members.push({ organisation: organisations.get(m.organisationId)!, role: m.role, since: m.since });
  }
  const coordinator = members.find((m) => m.role === "COORDINATOR")!;
  const others = members.filter((m) => m !== coordinator);
  const presentOn = (day: string, among: readonly Member[] = others) => among.filter((m) => m.since <= day);

  const usualPlace = random.pick([
    officeMeetingRoom(office.name),
    `Rathaus ${town}, Sitzungssaal`,
    `Kreisverwaltung ${office.city}, großer Sitzungssaal`,
  ]);
  const placeFor = (day: string, among: readonly Member[]) => {
    const hosts = presentOn(day, among).filter((m) => m.role !== "GUEST");
    return random.chance(0.5) || hosts.length === 0 ? usualPlace : random.pick(hosts).organisation.name;
  };

  // Working groups of members whose field fits, the coordinating office always in them.
  const groups: GroupPlan[] = [];
  const groupFrom = latest(network.foundedOn, "2014-01-15");
  for (const template of random.sample(WORKING_GROUP_TEMPLATES_WITH_AGENDA, random.chance(0.7) ? 1 : 2)) {
    const foundedOn = dayBetween(random, groupFrom, latest(groupFrom, "2023-11-30"));
    const candidates = presentOn(foundedOn);
    let chosen = random.sample(
      candidates.filter((m) => template.memberKinds.includes(m.organisation.kind)),
      random.int(3, 7),
    );
    if (chosen.length < 3)
      chosen = [
        ...chosen,
        ...random.sample(
          candidates.filter((m) => !chosen.includes(m)),
          3 - chosen.length,
        ),
      ];
    const id = workingGroupId(network.id, template.name);
    const group: GroupPlan = {
      id,
      name: template.name,
      foundedOn,
      perYear: random.chance(0.85) ? 1 : 2,
      topics: template.topics,
      members: [coordinator, ...chosen],
    };
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
      rows.workingGroupMembers.push({
        id: workingGroupMemberId(id, m.organisation.id),
        workingGroup: id,
        organisationId: m.organisation.id,
        districtKey,
      });
    }
  }

  const meeting = (options: {
    group?: GroupPlan;
    kind: MeetingKind;
    date: string;
    title: string;
    place: string;
    agenda: { topic: string; presenter: Member }[];
    attendees: Member[];
  }): void => {
    const { group, kind, date, agenda } = options;
    const status = meetingStatus(random, date, TODAY);
    const id = meetingId(network.id, group?.id, kind, date);
    const held = status === MeetingStatus.HELD;
    // Presenters are among those who came; the coordinating office always comes.
    const attendees = held ? [...new Set([coordinator, ...options.attendees, ...agenda.map((a) => a.presenter)])] : [];
    const participantCount = held ? participants(random, attendees.length) : null;
    // Held meetings are recorded with their minutes afterwards; planned ones when the invitation goes out.
    const recorded =
      held || status === MeetingStatus.CANCELLED
        ? earliest(addDays(date, random.int(1, 14)), TODAY)
        : earliest(addDays(date, -random.int(14, 60)), TODAY);
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
      minutes: held ? minutesOf(participantCount!, attendees.length, agenda) : null,
    });
    agenda.forEach((item, i) =>
      rows.agendaItems.push({
        id: agendaItemId(id, i + 1),
        meeting: id,
        position: i + 1,
        topic: item.topic,
        presentingOrganisationId: item.presenter.organisation.id,
        districtKey,
      }),
    );
    for (const a of attendees) {
      rows.attendances.push({
        id: meetingAttendanceId(id, a.organisation.id),
        meeting: id,
        organisationId: a.organisation.id,
        districtKey,
      });
    }
  };

  // Plenary meetings of the five years and the first of the year after (planned, in the coming months).
  const titleOf = (n: number, year: number) =>
    network.name.startsWith("Arbeitskreis") ? `${n}. Sitzung ${year}` : `${n}. Netzwerktreffen ${year}`;
  const windows = PLENARY_WINDOWS[plenaryPerYear]!;
  const plenaries: [number, number][] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (let i = 0; i < windows.length; i++) plenaries.push([year, i]);
  plenaries.push([LAST_YEAR + 1, 0]);
  for (const [year, index] of plenaries) {
    const [from, to] = windows[index]!;
    const date = meetingDayBetween(random, `${year}-${from}`, `${year}-${to}`);
    const present = presentOn(date);
    const agenda = [{ topic: OPENING_TOPIC, presenter: coordinator }];
    if (index === 0) agenda.push({ topic: annualPlanningTopic(year), presenter: coordinator });
    const possible = PLENARY_TOPICS.filter(
      (t) => !t.presenters || present.some((m) => t.presenters!.includes(m.organisation.kind)),
    );
    for (const template of random.sample(possible, random.int(index === 0 ? 0 : 1, 2))) {
      if (agenda.length >= 3) break;
      const fitting = present.filter((m) => template.presenters?.includes(m.organisation.kind));
      agenda.push({ topic: template.topic, presenter: fitting.length ? random.pick(fitting) : coordinator });
    }
    meeting({
      kind: MeetingKind.PLENARY,
      date,
      title: titleOf(index + 1, year),
      place: placeFor(date, others),
      agenda,
      attendees: random.sample(present, random.int(5, 9)),
    });
  }

  for (const group of groups) {
    const fromYear = Math.max(FIRST_YEAR, Number(group.foundedOn.slice(0, 4)) + 1);
    for (let year = fromYear; year <= LAST_YEAR; year++) {
      GROUP_WINDOWS[group.perYear]!.forEach(([from, to], i) => {
        const date = meetingDayBetween(random, `${year}-${from}`, `${year}-${to}`);
        const present = presentOn(date, group.members);
        const topics = random.sample(group.topics, random.int(1, 2));
        const agenda = topics.map((topic) => ({
          topic,
          presenter: present.length && random.chance(0.6) ? random.pick(present) : coordinator,
        }));
        const attendees = random.sample(present, Math.round((present.length * random.int(60, 100)) / 100));
        meeting({
          group,
          kind: MeetingKind.WORKING_GROUP,
          date,
          title: workingGroupMeetingTitle(group.name, i + 1, year),
          place: placeFor(date, group.members),
          agenda,
          attendees,
        });
      });
    }
  }

  // Priorities of the last two years: a focus, a topic, sometimes a need named by the partners.
  for (const year of [LAST_YEAR - 1, LAST_YEAR]) {
    const drawn: [PriorityKind, string][] = [
      [PriorityKind.FOCUS, random.pick(PRIORITY_POOL[PriorityKind.FOCUS])],
      [PriorityKind.TOPIC, random.pick(TOPIC_PRIORITIES)],
    ];
    if (random.chance(0.4)) drawn.push([PriorityKind.NEED, random.pick(PRIORITY_POOL[PriorityKind.NEED])]);
    for (const [kind, title] of drawn) {
      rows.priorities.push({
        id: priorityId(network.id, year, title),
        ...versioned(moment(random, dayBetween(random, `${year}-01-10`, `${year}-03-31`))),
        ...part,
        year,
        kind,
        title,
      });
    }
  }

  // Goals: reached in past years, worked on this year, planned for next year.
  for (const goal of random.sample(GOAL_POOL, random.int(2, 3))) {
    const year = random.int(FIRST_YEAR, TODAY_YEAR + 1);
    const state = goalState(random, year, TODAY_YEAR);
    const recorded = earliest(dayBetween(random, `${year - 1}-10-01`, `${year - 1}-12-20`), TODAY);
    rows.goals.push({
      id: goalId(network.id, goal.title),
      ...versioned(moment(random, recorded)),
      ...part,
      title: goal.title,
      scope: goal.scope,
      state,
      year,
    });
  }

  // A short history: founding, the cooperation agreement, sometimes a steering group.
  const history: { date: string; precision: DatePrecision; title: string; description: string | null }[] = [
    {
      date: network.foundedOn,
      precision: DatePrecision.DAY,
      title: MILESTONES.founded,
      description: MILESTONES.foundedAfterTheAct,
    },
    {
      date: addDays(network.foundedOn, random.int(60, 300)),
      precision: DatePrecision.DAY,
      title: MILESTONES.agreementSigned,
      description: null,
    },
  ];
  if (network.kind === "COMBINED" || random.chance(0.3)) {
    const year = random.int(Number(network.foundedOn.slice(0, 4)) + 1, 2021);
    history.push({
      date: `${year}-01-01`,
      precision: DatePrecision.YEAR,
      title: MILESTONES.steeringGroup,
      description: null,
    });
  }
  for (const h of history) {
    const recorded =
      h.precision === DatePrecision.YEAR ? `${h.date.slice(0, 4)}-12-15` : addDays(h.date, random.int(0, 20));
    rows.milestones.push({
      id: milestoneId(network.id, h.date, h.title),
      ...versioned(moment(random, recorded)),
      ...part,
      ...h,
    });
  }

  // The coordinators of the responsible office on the mailing list (contacts, no personal data of its own).
  const contacts = new Set([network.coordinatorContactId]);
  if (network.kind === "COMBINED") for (const c of office.coordinatorContactIds) contacts.add(c);
  for (const contactId of contacts) {
    rows.subscriptions.push({
      id: subscriptionId(network.id, contactId),
      ...versioned(networkCreated),
      ...part,
      contactId,
      name: null,
      email: null,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The writer
// ---------------------------------------------------------------------------------------------------------

/** Writes the subgraph's part of the plan. */
export const nationwideWriter: NationwideWriter<NationwideTables> = async ({ em, plan, insert, audit, progress }) => {
  // SQLite's default page cache (2 MB) spills the one big transaction to disk over and over while the indexes on
  // random ids grow; a larger one for this connection (closed after the generation) saves a good part of the writing.
  if (!isPostgres(em))
    await em.getConnection().execute("pragma cache_size = -131072", [], "run", em.getTransactionContext());
  const youthOffices = new Map(plan.youthOffices.map((o) => [o.id, o]));
  const organisations = new Map<string, PlannedOrganisation>([
    ...youthOffices,
    ...plan.partners.map((o) => [o.id, o] as const),
  ]);
  const directory: Directory = {
    organisations,
    youthOffices,
    regionNames: new Map(plan.regions.map((r) => [r.key, r.name])),
  };
  const membersOf = new Map<string, PlannedMembership[]>();
  for (const m of plan.memberships) {
    const list = membersOf.get(m.networkId);
    if (list) list.push(m);
    else membersOf.set(m.networkId, [m]);
  }

  // Written a batch of networks at a time (parents before children): a bounded amount of rows in memory.
  const audited = async <K extends Table>(
    table: K,
    list: (NationwideTables[K] & { id: string; createdAt: Date })[],
    step: string,
    owner: (row: NationwideTables[K]) => string,
  ) => {
    await insert(table, list, step);
    await audit(
      list.map((row) => created(table, row, owner(row))),
      `Änderungshistorie: ${step}`,
    );
  };
  const ownDistrict = (row: { districtKey: string }) => row.districtKey;
  for (let from = 0; from < plan.networks.length; from += NETWORKS_PER_BATCH) {
    const rows: Rows = {
      networks: [],
      memberships: [],
      workingGroups: [],
      workingGroupMembers: [],
      meetings: [],
      agendaItems: [],
      attendances: [],
      priorities: [],
      goals: [],
      milestones: [],
      subscriptions: [],
    };
    for (const network of plan.networks.slice(from, from + NETWORKS_PER_BATCH)) {
      writeNetwork(
        rows,
        new Random(SEED, `networks:${network.id}`),
        network,
        membersOf.get(network.id) ?? [],
        directory,
      );
    }
    await audited("Network", rows.networks, "Netzwerke", (row) => row.responsibleDistrictKey);
    await audited("Membership", rows.memberships, "Mitgliedschaften", ownDistrict);
    await audited("WorkingGroup", rows.workingGroups, "Arbeitskreise", ownDistrict);
    await insert("WorkingGroupMember", rows.workingGroupMembers, "Mitglieder der Arbeitskreise");
    await audited("Meeting", rows.meetings, "Sitzungen", ownDistrict);
    await insert("AgendaItem", rows.agendaItems, "Tagesordnungspunkte");
    await insert("MeetingAttendance", rows.attendances, "Teilnahmen");
    await audited("Priority", rows.priorities, "Schwerpunkte", ownDistrict);
    await audited("Goal", rows.goals, "Ziele", ownDistrict);
    await audited("Milestone", rows.milestones, "Meilensteine", ownDistrict);
    await audited("Subscription", rows.subscriptions, "Verteiler", ownDistrict);
    progress(
      "Netzwerke mit Mitgliedern, Sitzungen und Planung",
      Math.min(from + NETWORKS_PER_BATCH, plan.networks.length),
      plan.networks.length,
    );
  }
};

export type { NationwideTables } from "./nationwide-tables.js";
