/**
 * The generated part of the networks demo data: plausible, clearly invented network life around the facts of
 * the sources. For every current district of Mecklenburg-Vorpommern a network of 12–20 partner organisations
 * with plenary meetings three times a year, working groups, priorities, goals and a history; and the same kind
 * of life for the networks of Mecklenburgische Seenplatte that the sources name (the Verbund and Müritz), and
 * yearly Fachtage and workshops of the statewide alliance.
 *
 * Deterministic: one random stream per network (the kit's Random) and a fixed "today" (DEMO_TODAY), so the same data
 * comes out on every machine and every day.
 */
import { Random } from "@kinderschutz/subgraph-kit";
import { addDays, dayBetween, meetingDayBetween } from "../calendar.js";
import {
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  PriorityKind,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "./vocabulary.js";
import { DEMO_TODAY, type DemoDataBuilder, type NetworkHandle } from "./builder.js";
import {
  MV_DISTRICTS,
  NAMED,
  YOUTH_OFFICE_COORDINATION,
  districtPartners,
  type MvDistrict,
  type OrganisationKindName,
  type PartnerOrganisation,
} from "./organisation-names.js";

/** Years of regular network life the demo shows; the first meeting of the year after is already planned. */
export const GENERATED_YEARS = { from: 2022, to: 2026 } as const;

const TODAY_YEAR = Number(DEMO_TODAY.slice(0, 4));

// ---------------------------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------------------------

export interface Member {
  name: string;
  kind: OrganisationKindName;
  role: MembershipRole;
  since: string;
  until?: string;
}

function activeOn(member: Member, day: string): boolean {
  return member.since <= day && (!member.until || day <= member.until);
}

const STEERING_KINDS: readonly OrganisationKindName[] = [
  "INDEPENDENT_PROVIDER",
  "COUNSELLING_CENTRE",
  "HOSPITAL",
  "EARLY_INTERVENTION",
];
const GUEST_KINDS: readonly OrganisationKindName[] = [
  "ASSOCIATION",
  "OTHER",
  "PUBLIC_PROSECUTOR",
  "SOCIAL_WELFARE_OFFICE",
  "JOB_CENTRE",
];

/**
 * Draws `count` members from the partner organisations, with roles: the health office and up to two providers
 * in the steering group, one guest (a volunteer group or a partner from outside youth welfare), the rest members.
 * Most joined when the network was founded, some later; one may have left again.
 */
export function drawMembers(
  random: Random,
  partners: readonly PartnerOrganisation[],
  count: number,
  foundedOn: string,
): Member[] {
  const chosen = random.sample(partners, count);
  const members: Member[] = chosen.map((p) => ({
    name: p.name,
    kind: p.kind,
    role: MembershipRole.MEMBER,
    since: foundedOn,
  }));
  const steering = [
    ...members.filter((m) => m.kind === "HEALTH_OFFICE"),
    ...members.filter((m) => STEERING_KINDS.includes(m.kind)).slice(0, 2),
  ];
  for (const m of steering) m.role = MembershipRole.STEERING;
  const guest =
    members.find((m) => m.role === MembershipRole.MEMBER && GUEST_KINDS.includes(m.kind)) ??
    members.findLast((m) => m.role === MembershipRole.MEMBER);
  if (guest) guest.role = MembershipRole.GUEST;

  const foundedYear = Number(foundedOn.slice(0, 4));
  for (const m of members) {
    if (m.role === MembershipRole.MEMBER && random.chance(0.35))
      m.since = dayBetween(random, `${foundedYear + 1}-01-01`, "2025-12-31");
  }
  // Ended memberships stay as history: one partner left (a provider gave up its service, a practice closed).
  const leaving = members.filter((m) => m.role === MembershipRole.MEMBER && m.since < "2022-01-01");
  if (leaving.length > 0 && random.chance(0.7))
    random.pick(leaving).until = dayBetween(random, "2022-06-01", "2025-12-31");
  return members;
}

export function addMemberships(net: NetworkHandle, members: readonly Member[]): void {
  for (const m of members) net.member(m.name, m.role, m.since, m.until);
}

// ---------------------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------------------

export interface TopicTemplate {
  topic: string;
  /** Kinds of organisation that present it; the coordinating youth office when none of them is there. */
  presenters?: readonly OrganisationKindName[];
  /** Only for networks in Mecklenburg-Vorpommern (the state's alliance and its offers). */
  mvOnly?: boolean;
  /** Only in the nationwide data: the demo's networks keep the topics they were generated with. */
  nationwideOnly?: boolean;
}

const PLENARY_TOPICS: readonly TopicTemplate[] = [
  {
    topic: "Kindergesundheit in der Region: Ergebnisse der Schuleingangsuntersuchungen",
    presenters: ["HEALTH_OFFICE"],
  },
  { topic: "Schutzkonzepte in Kindertageseinrichtungen: Stand der Umsetzung", presenters: ["DAYCARE"] },
  { topic: "Schulsozialarbeit und Kinderschutz an Schulen", presenters: ["SCHOOL"] },
  {
    topic: "Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegende: Einsatz und Zugangswege",
    presenters: ["MIDWIFERY"],
  },
  { topic: "Angebote der Frühen Hilfen für Familien mit Säuglingen", presenters: ["FAMILY_EDUCATION", "MIDWIFERY"] },
  {
    topic: "Verfahren nach § 8a SGB VIII: Rolle der insoweit erfahrenen Fachkraft",
    presenters: ["COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER"],
  },
  { topic: "Kinder psychisch und suchtkranker Eltern: Hilfen im Landkreis", presenters: ["COUNSELLING_CENTRE"] },
  { topic: "Häusliche Gewalt und Kinderschutz: Zusammenarbeit mit der Polizei", presenters: ["POLICE"] },
  { topic: "Familiengerichtliche Verfahren bei Kindeswohlgefährdung", presenters: ["FAMILY_COURT"] },
  { topic: "Kinderschutzgruppe der Klinik: Abläufe und Ansprechpersonen", presenters: ["HOSPITAL"] },
  { topic: "Frühförderung: Zugangswege und Kooperation", presenters: ["EARLY_INTERVENTION"] },
  {
    topic: "Schnittstellen zwischen Jobcenter und Jugendamt bei Familien im Leistungsbezug",
    presenters: ["JOB_CENTRE"],
  },
  { topic: "Ehrenamtliche Familienpatenschaften", presenters: ["ASSOCIATION"] },
  { topic: "Kinderschutz in der Kinder- und Jugendarztpraxis", presenters: ["MEDICAL_PRACTICE"] },
  {
    topic: "Hilfen für Familien in besonderen Lebenslagen",
    presenters: ["SOCIAL_WELFARE_OFFICE"],
    nationwideOnly: true,
  },
  { topic: "Auswertung der Netzwerkbefragung" },
  { topic: "Vorbereitung des Fachtags Kinderschutz" },
  { topic: "Fortschreibung der Kooperationsvereinbarung des Netzwerkes" },
  { topic: "Datenschutz und Informationsweitergabe im Kinderschutz (§ 4 KKG)" },
  { topic: "Aktualisierung des Wegweisers Frühe Hilfen" },
  { topic: "Praxisbegleitung durch das Bündnis Kinderschutz MV: Angebote und Beratungskontingent", mvOnly: true },
];

/** The plenary topics a network draws from: the state's own only in Mecklenburg-Vorpommern. */
export function plenaryTopics(inMecklenburgVorpommern: boolean, nationwide = false): readonly TopicTemplate[] {
  return PLENARY_TOPICS.filter((t) => (inMecklenburgVorpommern || !t.mvOnly) && (nationwide || !t.nationwideOnly));
}

/** The first item of every plenary meeting, and the second of the first one of a year. */
export const OPENING_TOPIC = "Begrüßung, Protokoll der letzten Sitzung und Bericht der Netzwerkkoordination";
export const annualPlanningTopic = (year: number): string => `Jahresplanung ${year}: Schwerpunkte, Themen und Bedarfe`;

const FACHTAG_THEMES: readonly string[] = [
  "Kinder psychisch und suchtkranker Eltern",
  "Häusliche Gewalt und Kinderschutz",
  "Kinderschutz gemeinsam gestalten: Schnittstellen zwischen Gesundheit und Jugendhilfe",
  "Beteiligung von Kindern im Kinderschutz",
  "Digitale Medien und Kinderschutz",
  "Frühe Hilfen rund um die Geburt",
];

export interface WorkingGroupTemplate {
  name: string;
  kind: WorkingGroupKind;
  memberKinds: readonly OrganisationKindName[];
  meetingKind: MeetingKind;
  perYear: number;
  topics: readonly string[];
  /** Only in the nationwide data: the demo's networks keep the groups they were generated with. */
  nationwideOnly?: boolean;
}

export const WORKING_GROUP_TEMPLATES: readonly WorkingGroupTemplate[] = [
  {
    name: "AG Frühe Hilfen rund um die Geburt",
    kind: WorkingGroupKind.STANDING,
    memberKinds: [
      "MIDWIFERY",
      "HOSPITAL",
      "MEDICAL_PRACTICE",
      "FAMILY_EDUCATION",
      "HEALTH_OFFICE",
      "COUNSELLING_CENTRE",
    ],
    meetingKind: MeetingKind.WORKING_GROUP,
    perYear: 2,
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
    meetingKind: MeetingKind.WORKING_GROUP,
    perYear: 2,
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
    meetingKind: MeetingKind.WORKING_GROUP,
    perYear: 2,
    topics: [
      "Gruppenangebote für betroffene Kinder",
      "Kooperation mit der Erwachsenenpsychiatrie",
      "Elternarbeit bei Suchterkrankung",
    ],
  },
  {
    name: "AG Gesundheitswesen und Kinderschutz",
    kind: WorkingGroupKind.STANDING,
    memberKinds: ["HOSPITAL", "MEDICAL_PRACTICE", "HEALTH_OFFICE", "MIDWIFERY", "EARLY_INTERVENTION"],
    meetingKind: MeetingKind.WORKING_GROUP,
    perYear: 2,
    topics: [
      "Mitteilungen nach § 4 KKG: Ablauf und Rückmeldung",
      "Kinderschutz in der Notaufnahme",
      "Vorsorgeuntersuchungen und Einladewesen",
    ],
  },
  {
    name: "Anonyme Fallberatung",
    kind: WorkingGroupKind.TEMPORARY,
    memberKinds: ["INDEPENDENT_PROVIDER", "COUNSELLING_CENTRE", "DAYCARE", "SCHOOL", "MIDWIFERY", "MEDICAL_PRACTICE"],
    meetingKind: MeetingKind.ANONYMOUS_CASE_CONSULTATION,
    perYear: 3,
    topics: [],
  },
  {
    name: "AG Häusliche Gewalt",
    kind: WorkingGroupKind.TEMPORARY,
    memberKinds: ["POLICE", "FAMILY_COURT", "COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER", "ASSOCIATION"],
    meetingKind: MeetingKind.WORKING_GROUP,
    perYear: 2,
    topics: [
      "Ablauf nach Polizeieinsätzen mit Kindern im Haushalt",
      "Schutzangebote für Mütter und Kinder",
      "Kooperation mit dem Familiengericht",
    ],
    nationwideOnly: true,
  },
];

const DEMO_WORKING_GROUP_TEMPLATES = WORKING_GROUP_TEMPLATES.filter((t) => !t.nationwideOnly);

/** Planned after `today`; before it held, a few cancelled. */
export function meetingStatus(random: Random, date: string, today: string = DEMO_TODAY): MeetingStatus {
  if (date > today) return MeetingStatus.PLANNED;
  return random.chance(0.05) ? MeetingStatus.CANCELLED : MeetingStatus.HELD;
}

/** 60–90 % of the organisations, the coordinating youth office always among them. */
function attendance(
  random: Random,
  coordinator: string,
  organisations: readonly string[],
  share: [number, number],
): string[] {
  const others = organisations.filter((o) => o !== coordinator);
  const count = Math.max(
    1,
    Math.round(others.length * (share[0] + ((share[1] - share[0]) * random.int(0, 100)) / 100)),
  );
  return [coordinator, ...random.sample(others, count)];
}

/** Some organisations send two or three people. */
export function participants(random: Random, organisations: number): number {
  return organisations + random.int(0, Math.ceil(organisations / 2));
}

function presenterFor(
  random: Random,
  template: TopicTemplate,
  present: readonly Member[],
  coordinator: string,
): string {
  const candidates = present.filter((m) => template.presenters?.includes(m.kind));
  return candidates.length > 0 ? random.pick(candidates).name : coordinator;
}

export function minutesOf(
  participantCount: number,
  organisations: number,
  agenda: readonly { topic: string }[],
): string {
  const items = agenda.map((item, i) => `TOP ${i + 1}: ${item.topic}.`).join(" ");
  return `${participantCount} Teilnehmende aus ${organisations} Einrichtungen. ${items} Die Präsentationen werden mit dem Protokoll über den Verteiler versandt.`;
}

/** Windows of the plenary meetings within a year (month-day), by the number of meetings a year. */
export const PLENARY_WINDOWS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  1: [["10-01", "11-30"]],
  2: [
    ["03-01", "04-30"],
    ["10-15", "12-10"],
  ],
  3: [
    ["02-01", "03-31"],
    ["06-01", "07-10"],
    ["10-15", "12-10"],
  ],
  4: [
    ["02-01", "03-15"],
    ["04-20", "06-15"],
    ["09-01", "10-10"],
    ["11-05", "12-10"],
  ],
};

export interface WorkingGroupPlan {
  name: string;
  meetingKind: MeetingKind;
  perYear: number;
  topics: readonly string[];
  /** Names of the member organisations (the coordinating youth office included). */
  members: readonly string[];
  /** First and last year it meets (within the generated years). */
  fromYear: number;
  toYear: number;
}

export interface LifeOptions {
  random: Random;
  /** The coordinating youth office (always a member; always attends). */
  coordinator: string;
  /** The other members, as drawMembers gives them. */
  members: readonly Member[];
  plenaryPerYear: 1 | 2 | 3;
  plenaryTitle: (number: number, year: number) => string;
  /** Where the network usually meets; otherwise a member hosts the meeting. */
  usualPlace: string;
  /** 000: a partner presents its profile and offers on every meeting. */
  partnerIntroductions?: boolean;
  inMecklenburgVorpommern: boolean;
  workingGroups: readonly WorkingGroupPlan[];
}

/** Plenary meetings of the generated years (and the first of the year after, planned), and the working groups' meetings. */
export function addMeetings(net: NetworkHandle, options: LifeOptions): void {
  const { random, coordinator } = options;
  const topics = plenaryTopics(options.inMecklenburgVorpommern);
  const windows = PLENARY_WINDOWS[options.plenaryPerYear]!;
  let introductions = random.sample(options.members, options.members.length);

  const plenary = (year: number, index: number): void => {
    const [from, to] = windows[index]!;
    const date = meetingDayBetween(random, `${year}-${from}`, `${year}-${to}`);
    const status = meetingStatus(random, date);
    const present = options.members.filter((m) => activeOn(m, date));
    const agenda: { topic: string; presentedBy?: string }[] = [{ topic: OPENING_TOPIC, presentedBy: coordinator }];
    if (index === 0) agenda.push({ topic: annualPlanningTopic(year), presentedBy: coordinator });
    if (options.partnerIntroductions) {
      if (!introductions.some((m) => activeOn(m, date)))
        introductions = random.sample(options.members, options.members.length);
      const next = introductions.find((m) => activeOn(m, date));
      if (next) {
        introductions = introductions.filter((m) => m !== next);
        agenda.push({
          topic: `Netzwerkpartner stellen sich vor: ${next.name} – Profil und Angebote`,
          presentedBy: next.name,
        });
      }
    }
    // A topic that needs a presenter of some field only when such a partner takes part.
    const possible = topics.filter((t) => !t.presenters || present.some((m) => t.presenters!.includes(m.kind)));
    for (const template of random.sample(possible, random.int(1, 2))) {
      if (agenda.length >= 4) break;
      agenda.push({ topic: template.topic, presentedBy: presenterFor(random, template, present, coordinator) });
    }
    const hosts = present.filter((m) => m.role !== MembershipRole.GUEST);
    const place = random.chance(0.5) || hosts.length === 0 ? options.usualPlace : random.pick(hosts).name;
    if (status === MeetingStatus.HELD) {
      const attendees = attendance(
        random,
        coordinator,
        present.map((m) => m.name),
        [0.6, 0.9],
      );
      const count = participants(random, attendees.length);
      net.meeting({
        kind: MeetingKind.PLENARY,
        date,
        place,
        title: options.plenaryTitle(index + 1, year),
        status,
        participantCount: count,
        minutes: minutesOf(count, attendees.length, agenda),
        agenda,
        attendees,
      });
    } else {
      // A planned meeting has its invitation's agenda; a cancelled one keeps what was planned.
      net.meeting({
        kind: MeetingKind.PLENARY,
        date,
        place,
        title: options.plenaryTitle(index + 1, year),
        status,
        agenda,
      });
    }
  };

  for (let year = GENERATED_YEARS.from; year <= GENERATED_YEARS.to; year++) {
    for (let i = 0; i < options.plenaryPerYear; i++) plenary(year, i);
  }
  plenary(GENERATED_YEARS.to + 1, 0);

  for (const group of options.workingGroups) addWorkingGroupMeetings(net, options, group);
}

function addWorkingGroupMeetings(net: NetworkHandle, options: LifeOptions, group: WorkingGroupPlan): void {
  const { random, coordinator } = options;
  const anonymous = group.meetingKind === MeetingKind.ANONYMOUS_CASE_CONSULTATION;
  for (let year = group.fromYear; year <= group.toYear; year++) {
    // Spread the group's meetings over the year, in windows that avoid the summer holidays.
    const span = Math.floor(300 / group.perYear);
    for (let i = 0; i < group.perYear; i++) {
      const from = addDays(`${year}-01-10`, i * span);
      const date = meetingDayBetween(random, from, addDays(from, span - 20));
      const status = meetingStatus(random, date);
      const title = anonymous ? undefined : workingGroupMeetingTitle(group.name, i + 1, year);
      const place = random.chance(0.6) ? options.usualPlace : random.pick(group.members);
      if (anonymous) {
        // Only date, place and who attended: never what was discussed.
        net.meeting(
          status === MeetingStatus.HELD
            ? {
                workingGroup: group.name,
                kind: group.meetingKind,
                date,
                place,
                status,
                ...withAttendance(random, coordinator, group.members, [0.5, 1]),
              }
            : { workingGroup: group.name, kind: group.meetingKind, date, place, status },
        );
        continue;
      }
      const agenda = random.sample(group.topics, random.int(1, 2));
      if (status === MeetingStatus.HELD) {
        const { attendees, participantCount } = withAttendance(random, coordinator, group.members, [0.5, 1]);
        net.meeting({
          workingGroup: group.name,
          kind: group.meetingKind,
          date,
          place,
          title,
          status,
          participantCount,
          minutes: minutesOf(
            participantCount,
            attendees.length,
            agenda.map((topic) => ({ topic })),
          ),
          agenda,
          attendees,
        });
      } else {
        net.meeting({ workingGroup: group.name, kind: group.meetingKind, date, place, title, status, agenda });
      }
    }
  }
}

export const workingGroupMeetingTitle = (group: string, n: number, year: number): string =>
  `${group}: Sitzung ${n}/${year}`;

function withAttendance(
  random: Random,
  coordinator: string,
  organisations: readonly string[],
  share: [number, number],
): { attendees: string[]; participantCount: number } {
  const attendees = attendance(random, coordinator, organisations, share);
  return { attendees, participantCount: participants(random, attendees.length) };
}

/** A Fachtag of the network, prepared by a temporary working group that closed after it. Returns the day. */
export function addFachtag(net: NetworkHandle, options: LifeOptions, year: number): string {
  const { random, coordinator } = options;
  const theme = random.pick(FACHTAG_THEMES);
  const date = meetingDayBetween(random, `${year}-09-01`, `${year}-11-10`);
  const present = options.members.filter((m) => activeOn(m, date));
  const attendees = [coordinator, ...present.map((m) => m.name)];
  net.meeting({
    kind: MeetingKind.CONFERENCE,
    date,
    place: options.usualPlace,
    title: `Fachtag Kinderschutz ${year}: ${theme}`,
    status: MeetingStatus.HELD,
    participantCount: random.int(60, 140),
    agenda: [
      { topic: "Grußwort", presentedBy: coordinator },
      { topic: `Fachvortrag: ${theme}` },
      { topic: "Workshops der Netzwerkpartner" },
      { topic: "Abschlussrunde und Ausblick", presentedBy: coordinator },
    ],
    attendees,
  });

  const groupName = `Vorbereitungsgruppe Fachtag ${year}`;
  const members = [
    coordinator,
    ...random.sample(
      present.map((m) => m.name),
      3,
    ),
  ];
  const foundedOn = dayBetween(random, `${year - 1}-11-15`, `${year}-01-31`);
  net.workingGroup({
    name: groupName,
    kind: WorkingGroupKind.TEMPORARY,
    status: WorkingGroupStatus.CLOSED,
    foundedOn,
    endedOn: addDays(date, 14),
    statusNote: "nach dem Fachtag beendet",
    members,
  });
  for (const [i, from] of [`${year}-03-01`, `${year}-06-01`].entries()) {
    const day = meetingDayBetween(random, from, addDays(from, 40));
    const { attendees: present2, participantCount } = withAttendance(random, coordinator, members, [1, 1]);
    net.meeting({
      workingGroup: groupName,
      kind: MeetingKind.WORKING_GROUP,
      date: day,
      place: options.usualPlace,
      title: `${groupName}: Sitzung ${i + 1}`,
      status: MeetingStatus.HELD,
      participantCount,
      agenda:
        i === 0 ? ["Thema, Ablauf und Referierende des Fachtags"] : ["Workshops, Einladung und Öffentlichkeitsarbeit"],
      attendees: present2,
    });
  }
  net.milestone(date, `Fachtag Kinderschutz ${year}: ${theme}`);
  return date;
}

// ---------------------------------------------------------------------------------------------------------
// Working groups, priorities, goals, history
// ---------------------------------------------------------------------------------------------------------

/** 1–3 working groups of the templates, each with the members whose kind fits (and the youth office). */
export function drawWorkingGroups(
  net: NetworkHandle,
  random: Random,
  coordinator: string,
  members: readonly Member[],
): WorkingGroupPlan[] {
  const plans: WorkingGroupPlan[] = [];
  const current = members.filter((m) => !m.until);
  for (const template of random.sample(DEMO_WORKING_GROUP_TEMPLATES, random.int(1, 3))) {
    let fitting = current.filter((m) => template.memberKinds.includes(m.kind)).map((m) => m.name);
    if (fitting.length < 3)
      fitting = [
        ...fitting,
        ...random.sample(
          current.map((m) => m.name).filter((n) => !fitting.includes(n)),
          3 - fitting.length,
        ),
      ];
    const groupMembers = [coordinator, ...random.sample(fitting, 7)];
    const foundedYear = random.int(2014, 2023);
    net.workingGroup({
      name: template.name,
      kind: template.kind,
      foundedOn: dayBetween(random, `${foundedYear}-01-15`, `${foundedYear}-11-30`),
      members: groupMembers,
    });
    plans.push({
      name: template.name,
      meetingKind: template.meetingKind,
      perYear: template.perYear,
      topics: template.topics,
      members: groupMembers,
      fromYear: Math.max(GENERATED_YEARS.from + 1, foundedYear + 1),
      toYear: GENERATED_YEARS.to,
    });
  }
  return plans;
}

/** A topic for rural districts only (the nationwide data has independent cities too). */
export const RURAL_PRIORITY = "Kinderschutz im ländlichen Raum";

export const PRIORITY_POOL: Readonly<
  Record<typeof PriorityKind.FOCUS | typeof PriorityKind.TOPIC | typeof PriorityKind.NEED, readonly string[]>
> = {
  [PriorityKind.FOCUS]: [
    "Kinderschutz in Kindertageseinrichtungen",
    "Frühe Hilfen rund um die Geburt",
    "Kinder psychisch und suchtkranker Eltern",
    "Häusliche Gewalt und Kinderschutz",
    "Schutzkonzepte in Einrichtungen",
    "Übergang Kita – Schule",
    "Kinderschutz im Gesundheitswesen",
    "Beteiligung von Kindern und Eltern im Kinderschutz",
    "Digitale Medien und Kinderschutz",
  ],
  [PriorityKind.TOPIC]: [
    "Verfahren nach § 8a SGB VIII",
    "Kooperation mit den Kinder- und Jugendarztpraxen",
    "Fortschreibung der Kooperationsvereinbarung",
    "Vorbereitung des Fachtags Kinderschutz",
    "Wegweiser Frühe Hilfen aktualisieren",
    "Datenschutz im Kinderschutz",
    RURAL_PRIORITY,
    "Vernetzung mit den Nachbarlandkreisen",
  ],
  [PriorityKind.NEED]: [
    "Fortbildung zur insoweit erfahrenen Fachkraft",
    "Mehr Austausch zwischen Schule und Jugendhilfe",
    "Erreichbarkeit der Kinder- und Jugendpsychiatrie",
    "Aufsuchende Angebote für Familien mit Säuglingen",
    "Sprachmittlung für Beratungsgespräche",
    "Verlässliche Rückmeldung nach Mitteilungen an das Jugendamt",
  ],
};

/**
 * 2–4 priorities a year: a focus, one or two topics, sometimes a need. Standing topics (000: getting to know the
 * partners) come every year on top of the drawn ones, within the four.
 */
export function addPriorities(net: NetworkHandle, random: Random, standingTopics: readonly string[] = []): void {
  for (let year = GENERATED_YEARS.from; year <= GENERATED_YEARS.to; year++) {
    for (const title of standingTopics) net.priority(year, PriorityKind.TOPIC, title);
    const drawn: [PriorityKind, string][] = [
      [PriorityKind.FOCUS, random.pick(PRIORITY_POOL[PriorityKind.FOCUS])],
      ...random
        .sample(PRIORITY_POOL[PriorityKind.TOPIC], random.int(1, 2))
        .map((t): [PriorityKind, string] => [PriorityKind.TOPIC, t]),
    ];
    if (random.chance(0.5)) drawn.push([PriorityKind.NEED, random.pick(PRIORITY_POOL[PriorityKind.NEED])]);
    const room = Math.max(2, 4 - standingTopics.length);
    for (const [kind, title] of drawn.slice(0, room)) net.priority(year, kind, title);
  }
}

const GOAL_POOL: readonly { title: string; scope: GoalScope }[] = [
  { title: "Wegweiser Frühe Hilfen für Eltern veröffentlichen", scope: GoalScope.LOCAL },
  { title: "Kooperationsvereinbarung mit den Kinder- und Jugendarztpraxen abschließen", scope: GoalScope.LOCAL },
  { title: "Einheitlicher Mitteilungsbogen bei Anhaltspunkten für eine Kindeswohlgefährdung", scope: GoalScope.LOCAL },
  { title: "Schutzkonzepte in allen Kindertageseinrichtungen", scope: GoalScope.LOCAL },
  { title: "Fortbildungsreihe Kinderschutz für Lehrkräfte", scope: GoalScope.LOCAL },
  { title: "Kooperationsvereinbarung mit der Polizei zum Vorgehen bei häuslicher Gewalt", scope: GoalScope.LOCAL },
  { title: "Lotsendienst Frühe Hilfen in der Geburtsklinik", scope: GoalScope.LOCAL },
  { title: "Gemeinsame Fortbildung mit den Netzwerken der Nachbarlandkreise", scope: GoalScope.CROSS_NETWORK },
  { title: "Überregionaler Fachtag mit dem Bündnis Kinderschutz MV", scope: GoalScope.CROSS_NETWORK },
];

/** The goals a network draws from: those with the state's alliance only in Mecklenburg-Vorpommern. */
export function goalPool(inMecklenburgVorpommern: boolean): readonly { title: string; scope: GoalScope }[] {
  return GOAL_POOL.filter((g) => inMecklenburgVorpommern || !g.title.includes("MV"));
}

/** A goal of `year`: reached in past years (most of them), worked on this year, planned for a later one. */
export function goalState(random: Random, year: number, todayYear: number): GoalState {
  if (year < todayYear) return random.chance(0.85) ? GoalState.ACHIEVED : GoalState.IN_PROGRESS;
  return year === todayYear ? GoalState.IN_PROGRESS : GoalState.PLANNED;
}

/** 2–4 goals: reached in past years, worked on this year, planned for next year. */
export function addGoals(net: NetworkHandle, random: Random, inMecklenburgVorpommern: boolean): void {
  for (const goal of random.sample(goalPool(inMecklenburgVorpommern), random.int(2, 4))) {
    const year = random.int(GENERATED_YEARS.from, TODAY_YEAR + 1);
    net.goal(goal.title, goal.scope, goalState(random, year, TODAY_YEAR), year);
  }
}

/** Districts formed by the 2011 reform: whose networks the new district's network brought together. */
const MERGED_NETWORKS: Readonly<Record<string, string>> = {
  "13071": "der Landkreise Müritz, Demmin und Mecklenburg-Strelitz und der Stadt Neubrandenburg",
  "13072": "der Landkreise Bad Doberan und Güstrow",
  "13073": "der Landkreise Nordvorpommern und Rügen und der Hansestadt Stralsund",
  "13074": "des Landkreises Nordwestmecklenburg und der Hansestadt Wismar",
  "13075": "der Landkreise Ostvorpommern und Uecker-Randow und der Hansestadt Greifswald",
  "13076": "der Landkreise Ludwigslust und Parchim",
};

/** Milestones every network's history has. */
export const MILESTONES = {
  founded: "Konstituierung des Netzwerkes",
  foundedAfterTheAct: "Konstituierung nach den Vorgaben des Bundeskinderschutzgesetzes (§ 3 KKG).",
  agreementSigned: "Unterzeichnung der Kooperationsvereinbarung der Netzwerkpartner",
  steeringGroup: "Einrichtung einer Steuerungsgruppe",
} as const;

function addHistory(net: NetworkHandle, random: Random, districtKey: string, foundedOn: string): void {
  const merged = MERGED_NETWORKS[districtKey];
  net.milestone(foundedOn, MILESTONES.founded, {
    description: merged
      ? `Nach der Kreisgebietsreform 2011: Zusammenführung der Netzwerkarbeit ${merged} in einem Netzwerk des neuen Landkreises.`
      : MILESTONES.foundedAfterTheAct,
  });
  net.milestone(addDays(foundedOn, random.int(60, 300)), MILESTONES.agreementSigned);
  const steering = random.int(2014, 2017);
  net.milestone(`${steering}-01-01`, MILESTONES.steeringGroup, { precision: DatePrecision.YEAR });
  net.milestone(`2020-${random.chance(0.5) ? "04" : "05"}-01`, "Netzwerktreffen erstmals als Videokonferenz", {
    precision: DatePrecision.MONTH,
    description: "Während der Corona-Pandemie trifft sich das Netzwerk digital; seitdem auch hybride Treffen.",
  });
}

// ---------------------------------------------------------------------------------------------------------
// The networks
// ---------------------------------------------------------------------------------------------------------

export function districtNetworkName(district: MvDistrict): string {
  return `Netzwerk Frühe Hilfen und Kinderschutz ${district.name}`;
}

/** Where a network coordinated by a youth office usually meets. */
export function officeMeetingRoom(youthOffice: string): string {
  return `${youthOffice}, Beratungsraum`;
}

function usualPlaceOf(district: MvDistrict): string {
  return officeMeetingRoom(district.youthOffice);
}

/** What a district-wide network after KKG §3 does. */
export function combinedNetworkDescription(regionName: string): string {
  return (
    `Verbindliches Netzwerk Frühe Hilfen und Kinderschutz nach § 3 KKG im Gebiet ${regionName}: Jugendhilfe, Gesundheitswesen, ` +
    "Kitas und Schulen, Polizei, Justiz, Beratungsstellen und Ehrenamt stimmen Angebote und Verfahren im Kinderschutz ab."
  );
}

/**
 * A network for every current district of Mecklenburg-Vorpommern. Mecklenburgische Seenplatte has the
 * VerbundNetzwerk of source 000 as its district-wide network (see `addSeenplatteLife`), so none is invented there.
 */
export function addDistrictNetworks(data: DemoDataBuilder, seed: number): void {
  for (const district of MV_DISTRICTS) {
    if (district.key === "13071") continue;
    const random = new Random(seed, `network:${district.key}`);
    const foundedOn = meetingDayBetween(random, "2012-02-01", "2013-06-30");
    const net = data.network({
      name: districtNetworkName(district),
      kind: NetworkKind.COMBINED,
      regionKey: district.key,
      responsibleDistrictKey: district.key,
      responsibleOffice: district.youthOffice,
      coordinator: { organisation: district.youthOffice, function: YOUTH_OFFICE_COORDINATION.childProtection },
      foundedOn,
      plenaryMeetingsPerYear: 3,
      description: combinedNetworkDescription(district.name),
    });
    const partners = districtPartners(district.key);
    const members = drawMembers(random, partners, random.int(12, Math.min(19, partners.length)), foundedOn);
    net.member(district.youthOffice, MembershipRole.COORDINATOR, foundedOn);
    addMemberships(net, members);
    const options: LifeOptions = {
      random,
      coordinator: district.youthOffice,
      members,
      plenaryPerYear: 3,
      plenaryTitle: (n, year) => `${n}. Netzwerktreffen ${year}`,
      usualPlace: usualPlaceOf(district),
      inMecklenburgVorpommern: true,
      workingGroups: [],
    };
    addHistory(net, random, district.key, foundedOn);
    addMeetings(net, { ...options, workingGroups: drawWorkingGroups(net, random, district.youthOffice, members) });
    if (random.chance(0.7)) addFachtag(net, options, random.int(2023, 2025));
    addPriorities(net, random);
    addGoals(net, random, true);
    net.subscribeContact(district.youthOffice, YOUTH_OFFICE_COORDINATION.earlyHelp);
    net.subscribeContact(district.youthOffice, YOUTH_OFFICE_COORDINATION.childProtection);
  }
}

export interface SeenplatteNames {
  verbund: string;
  mueritz: string;
  /** Müritz's working groups that meet (000), with the kind of their meetings. */
  mueritzGroups: readonly {
    name: string;
    meetingKind: MeetingKind;
    perYear: number;
    topics: readonly string[];
    members: readonly string[];
  }[];
  /** Müritz's members (besides the youth office), set by the source part. */
  mueritzMembers: readonly Member[];
  mueritzStandingTopic: string;
}

/**
 * The recent life of the two networks of Mecklenburgische Seenplatte that source 000 names: the VerbundNetzwerk
 * (the district-wide roof, which meets twice a year) and the Müritz network (three plenary meetings a year, a
 * partner introducing itself on each, "Kennenlernen" as a standing topic, its two working groups meeting as needed).
 */
export function addSeenplatteLife(data: DemoDataBuilder, seed: number, names: SeenplatteNames): void {
  const district = MV_DISTRICTS.find((d) => d.key === "13071")!;

  const verbundRandom = new Random(seed, "network:13071:verbund");
  const verbund = data.get(names.verbund);
  const foundedOn = verbund.record.foundedOn!;
  const partners = districtPartners("13071");
  const verbundMembers = [
    { name: NAMED.mueritzClinic, kind: "HOSPITAL" as const, role: MembershipRole.STEERING, since: foundedOn },
    ...drawMembers(verbundRandom, partners, 18, foundedOn),
  ];
  addMemberships(verbund, verbundMembers);
  const verbundOptions: LifeOptions = {
    random: verbundRandom,
    coordinator: district.youthOffice,
    members: verbundMembers,
    plenaryPerYear: 2,
    plenaryTitle: (n, year) => `${n}. Verbundkonferenz ${year}`,
    usualPlace: usualPlaceOf(district),
    inMecklenburgVorpommern: true,
    workingGroups: [],
  };
  addMeetings(verbund, {
    ...verbundOptions,
    workingGroups: drawWorkingGroups(verbund, verbundRandom, district.youthOffice, verbundMembers),
  });
  addFachtag(verbund, verbundOptions, 2024);
  addPriorities(verbund, verbundRandom);
  addGoals(verbund, verbundRandom, true);
  verbund.subscribeContact(district.youthOffice, YOUTH_OFFICE_COORDINATION.childProtection);

  const random = new Random(seed, "network:13071:mueritz");
  const mueritz = data.get(names.mueritz);
  addMeetings(mueritz, {
    random,
    coordinator: district.youthOffice,
    members: names.mueritzMembers,
    plenaryPerYear: 3,
    plenaryTitle: (n, year) => `${n}. Netzwerksitzung ${year}`,
    usualPlace: "Waren (Müritz), Regionalstandort des Jugendamtes",
    partnerIntroductions: true,
    inMecklenburgVorpommern: true,
    workingGroups: names.mueritzGroups.map((g) => ({
      ...g,
      fromYear: GENERATED_YEARS.from,
      toYear: GENERATED_YEARS.to,
    })),
  });
  addPriorities(mueritz, random, [names.mueritzStandingTopic]);
  addGoals(mueritz, random, true);
}

const ALLIANCE_FACHTAG_THEMES: readonly string[] = [
  "Kinderschutz gelingt gemeinsam: Kooperation über Professionsgrenzen",
  "Handlungssicherheit im Kinderschutz",
  "Aus Fehlern lernen: Fallanalysen im Kinderschutz",
  "Kinderschutz und Gesundheitswesen",
  "Nachhaltige Kooperations- und Netzwerkstrukturen",
];

const ALLIANCE_WORKSHOPS: readonly string[] = [
  "Workshop: Gefährdungseinschätzung nach § 8a SGB VIII",
  "Workshop: Netzwerkkoordination Frühe Hilfen und Kinderschutz",
  "Workshop: Beteiligung von Kindern im Hilfeprozess",
  "Workshop: Kinderschutzstandards im Jugendamt evaluieren",
  "Workshop: Zusammenarbeit mit Familiengerichten",
];

/** 002: the alliance offers Fachtage and workshops; a yearly Fachtag and workshop of the youth offices (invented dates). */
export function addAllianceEvents(net: NetworkHandle, seed: number, youthOffices: readonly string[]): void {
  const random = new Random(seed, "network:alliance");
  const themes = random.sample(ALLIANCE_FACHTAG_THEMES, ALLIANCE_FACHTAG_THEMES.length);
  const workshops = random.sample(ALLIANCE_WORKSHOPS, ALLIANCE_WORKSHOPS.length);
  for (let year = GENERATED_YEARS.from; year <= GENERATED_YEARS.to; year++) {
    const i = year - GENERATED_YEARS.from;
    const fachtag = meetingDayBetween(random, `${year}-09-10`, `${year}-11-30`);
    const fachtagStatus = fachtag > DEMO_TODAY ? MeetingStatus.PLANNED : MeetingStatus.HELD;
    const title = `Fachtag Bündnis Kinderschutz MV ${year}: ${themes[i % themes.length]}`;
    const agenda = [
      { topic: "Grußwort des Ministeriums", presentedBy: NAMED.ministry },
      { topic: `Fachvortrag: ${themes[i % themes.length]}` },
      { topic: "Foren mit Fachkräften aus Jugendhilfe, Gesundheit, Schule, Justiz und Polizei" },
      { topic: "Ausblick der Geschäftsstelle", presentedBy: NAMED.projectOffice },
    ];
    net.meeting(
      fachtagStatus === MeetingStatus.HELD
        ? {
            kind: MeetingKind.CONFERENCE,
            date: fachtag,
            place: "Schwerin",
            title,
            status: fachtagStatus,
            participantCount: random.int(90, 160),
            agenda,
            attendees: [NAMED.projectOffice, NAMED.ministry, ...random.sample(youthOffices, random.int(6, 8))],
          }
        : { kind: MeetingKind.CONFERENCE, date: fachtag, place: "Schwerin", title, status: fachtagStatus, agenda },
    );
    const workshop = meetingDayBetween(random, `${year}-03-01`, `${year}-06-20`);
    const attendees = [NAMED.projectOffice, ...random.sample(youthOffices, random.int(2, 5))];
    net.meeting({
      kind: MeetingKind.WORKSHOP,
      date: workshop,
      place: "Güstrow",
      title: workshops[i % workshops.length],
      status: workshop > DEMO_TODAY ? MeetingStatus.PLANNED : MeetingStatus.HELD,
      ...(workshop > DEMO_TODAY ? {} : { participantCount: random.int(12, 25), attendees }),
    });
  }
}
