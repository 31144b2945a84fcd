/**
 * The shape of the networks demo data and the builder both halves of it (the facts of the sources in
 * demo-data.ts, the generated networks in generate.ts) write into. Plain data with stable ids, no ORM: it can
 * be built, compared and checked without a database; the subgraph's seed writes it.
 *
 * Every id is derived from names and dates (`stableId`), so the data set is the same on every machine and other
 * subgraphs' demo data can refer to a network by its name (`networkId(name)`).
 */
import { stableId } from "@kinderschutz/subgraph-kit";
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
} from "./vocabulary.js";
import { contactId, organisationId } from "./organisation-names.js";

/**
 * "Today" of the demo data: meetings up to this day are held (or cancelled), later ones planned. A constant,
 * not the clock, so that the data set is the same whenever it is built.
 */
export const DEMO_TODAY = "2026-11-22";

/** Seed of the generated part; another seed gives another, equally valid data set. */
export const DEMO_SEED = 20120101;

// ---------------------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------------------

export function networkId(name: string): string {
  return stableId("network", name);
}

export function membershipId(
  networkName: string,
  organisationName: string,
  role: MembershipRole,
  since: string | undefined,
): string {
  return stableId("membership", `${networkName}|${organisationName}|${role}|${since ?? ""}`);
}

export function workingGroupId(networkName: string, name: string): string {
  return stableId("working-group", `${networkName}|${name}`);
}

export function workingGroupMemberId(workingGroupId: string, organisationId: string): string {
  return stableId("working-group-member", `${workingGroupId}|${organisationId}`);
}

/** A network (or one of its working groups) has at most one meeting of a kind a day. */
export function meetingId(
  networkName: string,
  workingGroupName: string | undefined,
  kind: MeetingKind,
  date: string,
): string {
  return stableId("meeting", `${networkName}|${workingGroupName ?? ""}|${kind}|${date}`);
}

export function agendaItemId(meetingId: string, position: number): string {
  return stableId("agenda-item", `${meetingId}|${position}`);
}

export function meetingAttendanceId(meetingId: string, organisationId: string): string {
  return stableId("meeting-attendance", `${meetingId}|${organisationId}`);
}

export function priorityId(networkName: string, year: number, title: string): string {
  return stableId("priority", `${networkName}|${year}|${title}`);
}

export function goalId(networkName: string, title: string): string {
  return stableId("goal", `${networkName}|${title}`);
}

export function milestoneId(networkName: string, date: string, title: string): string {
  return stableId("milestone", `${networkName}|${date}|${title}`);
}

export function subscriptionId(networkName: string, subscriber: string): string {
  return stableId("subscription", `${networkName}|${subscriber}`);
}

// ---------------------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------------------

export interface NetworkData {
  id: string;
  name: string;
  kind: NetworkKind;
  status: NetworkStatus;
  regionKey: string;
  /** null for statewide networks (the state office keeps them). Every record inside the network copies it. */
  responsibleDistrictKey: string | null;
  responsibleOfficeId?: string;
  coordinatorContactId?: string;
  foundedOn?: string;
  endedOn?: string;
  parentId?: string;
  successorId?: string;
  extendsIds: string[];
  plenaryMeetingsPerYear?: number;
  description?: string;
}

export interface MembershipData {
  id: string;
  networkId: string;
  organisationId: string;
  /** For reading and checking the data; not stored (the organisations subgraph owns names). */
  organisationName: string;
  role: MembershipRole;
  since?: string;
  until?: string;
}

export interface WorkingGroupData {
  id: string;
  networkId: string;
  name: string;
  kind: WorkingGroupKind;
  status: WorkingGroupStatus;
  foundedOn?: string;
  endedOn?: string;
  continuedByOrganisationId?: string;
  statusNote?: string;
  memberOrganisationIds: string[];
}

export interface AgendaItemData {
  topic: string;
  presentingOrganisationId?: string;
}

export interface MeetingData {
  id: string;
  networkId: string;
  workingGroupId?: string;
  kind: MeetingKind;
  date: string;
  place?: string;
  title?: string;
  status: MeetingStatus;
  participantCount?: number;
  minutes?: string;
  agenda: AgendaItemData[];
  attendeeOrganisationIds: string[];
}

export interface PriorityData {
  id: string;
  networkId: string;
  year: number;
  kind: PriorityKind;
  title: string;
}

export interface GoalData {
  id: string;
  networkId: string;
  title: string;
  scope: GoalScope;
  state: GoalState;
  year?: number;
}

export interface MilestoneData {
  id: string;
  networkId: string;
  date: string;
  precision: DatePrecision;
  title: string;
  description?: string;
}

export interface SubscriptionData {
  id: string;
  networkId: string;
  contactId?: string;
  name?: string;
  email?: string;
}

export interface NetworkDemoData {
  networks: NetworkData[];
  memberships: MembershipData[];
  workingGroups: WorkingGroupData[];
  meetings: MeetingData[];
  priorities: PriorityData[];
  goals: GoalData[];
  milestones: MilestoneData[];
  subscriptions: SubscriptionData[];
}

// ---------------------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------------------

/** A network as it is handed to the builder: the record's facts, with names where the record holds ids. */
export interface NetworkInput extends Pick<
  NetworkData,
  | "name"
  | "kind"
  | "regionKey"
  | "responsibleDistrictKey"
  | "foundedOn"
  | "endedOn"
  | "plenaryMeetingsPerYear"
  | "description"
> {
  status?: NetworkStatus;
  /** Name of the responsible youth office (or state office). */
  responsibleOffice?: string;
  /** The coordinator: a contact of the organisations subgraph, by organisation name and function. */
  coordinator?: { organisation: string; function: string };
  parent?: string;
  extends?: readonly string[];
}

/** A meeting as it is handed to the builder: the record's facts, with names where the record holds ids. */
export interface MeetingInput extends Pick<
  MeetingData,
  "kind" | "date" | "place" | "title" | "status" | "participantCount" | "minutes"
> {
  workingGroup?: string;
  /** Topics, or topics with the name of the presenting organisation. */
  agenda?: readonly (string | { topic: string; presentedBy?: string })[];
  /** Names of the organisations that attended. */
  attendees?: readonly string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(date: string | undefined, what: string): void {
  if (date !== undefined && (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) {
    throw new Error(`networks demo data: ${what} has no valid date: ${date}`);
  }
}

/** One network as the builder hands it out: adds the records inside the network. */
export class NetworkHandle {
  constructor(
    private readonly data: DemoDataBuilder,
    readonly record: NetworkData,
  ) {}

  get name(): string {
    return this.record.name;
  }

  get districtKey(): string | null {
    return this.record.responsibleDistrictKey;
  }

  member(organisation: string, role: MembershipRole, since?: string, until?: string): this {
    checkDate(since, `membership of ${organisation}`);
    checkDate(until, `membership of ${organisation}`);
    this.data.add(this.data.set.memberships, {
      id: membershipId(this.name, organisation, role, since),
      networkId: this.record.id,
      organisationId: organisationId(organisation),
      organisationName: organisation,
      role,
      since,
      until,
    });
    return this;
  }

  workingGroup(input: {
    name: string;
    kind: WorkingGroupKind;
    status?: WorkingGroupStatus;
    foundedOn?: string;
    endedOn?: string;
    continuedBy?: string;
    statusNote?: string;
    members?: readonly string[];
  }): WorkingGroupData {
    checkDate(input.foundedOn, `working group ${input.name}`);
    checkDate(input.endedOn, `working group ${input.name}`);
    const members = [...new Set(input.members ?? [])];
    return this.data.add(this.data.set.workingGroups, {
      id: workingGroupId(this.name, input.name),
      networkId: this.record.id,
      name: input.name,
      kind: input.kind,
      status: input.status ?? WorkingGroupStatus.ACTIVE,
      foundedOn: input.foundedOn,
      endedOn: input.endedOn,
      continuedByOrganisationId: input.continuedBy ? organisationId(input.continuedBy) : undefined,
      statusNote: input.statusNote,
      memberOrganisationIds: members.map(organisationId),
    });
  }

  meeting(input: MeetingInput): MeetingData {
    checkDate(input.date, `meeting of ${this.name}`);
    const workingGroup = input.workingGroup ? workingGroupId(this.name, input.workingGroup) : undefined;
    if (workingGroup && !this.data.has(workingGroup))
      throw new Error(`networks demo data: ${this.name} has no working group ${input.workingGroup}`);
    const agenda = (input.agenda ?? []).map((item) =>
      typeof item === "string"
        ? { topic: item }
        : {
            topic: item.topic,
            presentingOrganisationId: item.presentedBy ? organisationId(item.presentedBy) : undefined,
          },
    );
    if (input.kind === MeetingKind.ANONYMOUS_CASE_CONSULTATION && (agenda.length > 0 || input.minutes)) {
      throw new Error(
        `networks demo data: an anonymous case consultation of ${this.name} takes neither agenda nor minutes`,
      );
    }
    const attendees = [...new Set(input.attendees ?? [])];
    if (input.status !== MeetingStatus.HELD && (attendees.length > 0 || input.participantCount !== undefined)) {
      throw new Error(`networks demo data: only a held meeting has attendance (${this.name}, ${input.date})`);
    }
    return this.data.add(this.data.set.meetings, {
      id: meetingId(this.name, input.workingGroup, input.kind, input.date),
      networkId: this.record.id,
      workingGroupId: workingGroup,
      kind: input.kind,
      date: input.date,
      place: input.place,
      title: input.title,
      status: input.status,
      participantCount: input.participantCount,
      minutes: input.minutes,
      agenda,
      attendeeOrganisationIds: attendees.map(organisationId),
    });
  }

  priority(year: number, kind: PriorityKind, title: string): this {
    this.data.add(this.data.set.priorities, {
      id: priorityId(this.name, year, title),
      networkId: this.record.id,
      year,
      kind,
      title,
    });
    return this;
  }

  goal(title: string, scope: GoalScope, state: GoalState, year?: number): this {
    this.data.add(this.data.set.goals, {
      id: goalId(this.name, title),
      networkId: this.record.id,
      title,
      scope,
      state,
      year,
    });
    return this;
  }

  milestone(date: string, title: string, options: { precision?: DatePrecision; description?: string } = {}): this {
    checkDate(date, `milestone of ${this.name}`);
    this.data.add(this.data.set.milestones, {
      id: milestoneId(this.name, date, title),
      networkId: this.record.id,
      date,
      precision: options.precision ?? DatePrecision.DAY,
      title,
      description: options.description,
    });
    return this;
  }

  /** A contact of the organisations subgraph on the mailing list. */
  subscribeContact(organisation: string, fn: string): this {
    const id = contactId(organisation, fn);
    this.data.add(this.data.set.subscriptions, {
      id: subscriptionId(this.name, id),
      networkId: this.record.id,
      contactId: id,
    });
    return this;
  }

  /** Somebody who is no contact of the organisations subgraph (e.g. a volunteer) on the mailing list. */
  subscribePerson(name: string, email: string): this {
    this.data.add(this.data.set.subscriptions, {
      id: subscriptionId(this.name, email),
      networkId: this.record.id,
      name,
      email,
    });
    return this;
  }
}

export class DemoDataBuilder {
  readonly set: NetworkDemoData = {
    networks: [],
    memberships: [],
    workingGroups: [],
    meetings: [],
    priorities: [],
    goals: [],
    milestones: [],
    subscriptions: [],
  };
  private readonly ids = new Set<string>();
  private readonly handles = new Map<string, NetworkHandle>();

  /** Adds a record; an id seen before means two records of the same names: a mistake in the data. */
  add<T extends { id: string }>(list: T[], record: T): T {
    if (this.ids.has(record.id))
      throw new Error(`networks demo data: duplicate record ${JSON.stringify(record).slice(0, 200)}`);
    this.ids.add(record.id);
    list.push(record);
    return record;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Adds a network; its parent and the networks it extends must have been added before. */
  network(input: NetworkInput): NetworkHandle {
    checkDate(input.foundedOn, `network ${input.name}`);
    checkDate(input.endedOn, `network ${input.name}`);
    const known = (name: string): string => {
      const handle = this.handles.get(name);
      if (!handle) throw new Error(`networks demo data: ${input.name} refers to ${name}, which is not (yet) there`);
      return handle.record.id;
    };
    const record = this.add(this.set.networks, {
      id: networkId(input.name),
      name: input.name,
      kind: input.kind,
      status: input.status ?? NetworkStatus.ACTIVE,
      regionKey: input.regionKey,
      responsibleDistrictKey: input.responsibleDistrictKey,
      responsibleOfficeId: input.responsibleOffice ? organisationId(input.responsibleOffice) : undefined,
      coordinatorContactId: input.coordinator
        ? contactId(input.coordinator.organisation, input.coordinator.function)
        : undefined,
      foundedOn: input.foundedOn,
      endedOn: input.endedOn,
      parentId: input.parent ? known(input.parent) : undefined,
      extendsIds: (input.extends ?? []).map(known),
      plenaryMeetingsPerYear: input.plenaryMeetingsPerYear,
      description: input.description,
    });
    const handle = new NetworkHandle(this, record);
    this.handles.set(input.name, handle);
    return handle;
  }

  get(name: string): NetworkHandle {
    const handle = this.handles.get(name);
    if (!handle) throw new Error(`networks demo data: no network ${name}`);
    return handle;
  }
}
