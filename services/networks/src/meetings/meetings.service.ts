import {
  BadUserInputError,
  fields,
  paginate,
  parseInput,
  today,
  type Caller,
  type Page,
  type PageArgs,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import { createPart, assertCanAddToNetwork, partToEdit } from "../networks/network-parts.service.js";
import { Network } from "../networks/network.entity.js";
import { NetworkStatus } from "../networks/network.enums.js";
import { networkWhere, type NetworkFilter } from "../networks/networks.service.js";
import { WorkingGroup } from "../working-groups/working-group.entity.js";
import { AgendaItem, Meeting, MeetingAttendance } from "./meeting.entity.js";
import { assertCanMoveTo, assertMeetingContent, assertMeetingWithinNetworkLife } from "./meetings.rules.js";

const agendaItem = z.object({ topic: fields.name(500), presentingOrganisationId: fields.id("organisation").nullish() });

const meetingFields = {
  kind: z.enum(MeetingKind),
  date: fields.isoDate(),
  startTime: fields.timeOfDay().nullish(),
  status: z.enum(MeetingStatus).optional(),
  place: fields.optionalText(300),
  title: fields.optionalText(300),
  workingGroupId: fields.id("working group").nullish(),
  participantCount: z.number().int().min(0).max(100_000).nullish(),
  minutes: fields.optionalMultilineText(20_000),
  agenda: z.array(agendaItem).max(50).optional(),
  attendingOrganisationIds: z.array(fields.id("organisation")).max(500).optional(),
};

export const meetingInput = z.object({ networkId: fields.id("network"), ...meetingFields });
export const meetingUpdate = z.object(meetingFields).partial();

async function workingGroupOf(
  em: SqlEntityManager,
  networkId: string,
  id: string | null | undefined,
): Promise<WorkingGroup | undefined> {
  if (!id) return undefined;
  const group = await em.findOne(WorkingGroup, { id, network: networkId });
  if (!group)
    throw new BadUserInputError("The working group does not belong to this network.", [
      { field: "input.workingGroupId", message: "not in this network", reason: "UNKNOWN_REFERENCE" },
    ]);
  return group;
}

async function replaceAgenda(
  em: SqlEntityManager,
  meeting: Meeting,
  agenda: z.infer<typeof agendaItem>[],
): Promise<void> {
  // Removed through the unit of work (not a bulk delete) so that the audit trail records each item.
  for (const item of await em.find(AgendaItem, { meeting: meeting.id })) em.remove(item);
  agenda.forEach((item, index) =>
    em.create(AgendaItem, {
      meeting,
      position: index + 1,
      topic: item.topic,
      presentingOrganisationId: item.presentingOrganisationId ?? undefined,
      districtKey: meeting.districtKey,
    }),
  );
}

async function replaceAttendance(em: SqlEntityManager, meeting: Meeting, organisationIds: string[]): Promise<void> {
  const current = await em.find(MeetingAttendance, { meeting: meeting.id });
  const wanted = new Set(organisationIds);
  for (const attendance of current) if (!wanted.has(attendance.organisationId)) em.remove(attendance);
  const kept = new Set(current.map((a) => a.organisationId));
  for (const organisationId of wanted)
    if (!kept.has(organisationId))
      em.create(MeetingAttendance, { meeting, organisationId, districtKey: meeting.districtKey });
}

export async function createMeeting(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Meeting> {
  await assertCanAddToNetwork(em, caller, input);
  const data = parseInput(meetingInput, input);
  const status = data.status ?? (data.date > today() ? MeetingStatus.PLANNED : MeetingStatus.HELD);
  assertMeetingContent({ ...data, status, agendaItemCount: data.agenda?.length ?? 0 }, today());
  const workingGroup = await workingGroupOf(em, data.networkId, data.workingGroupId);
  const meeting = await createPart(
    em,
    caller,
    Meeting,
    data.networkId,
    {
      kind: data.kind,
      date: data.date,
      startTime: data.startTime ?? undefined,
      status,
      place: data.place ?? undefined,
      title: data.title ?? undefined,
      workingGroup,
      participantCount: data.participantCount ?? undefined,
      minutes: data.minutes ?? undefined,
    },
    (network) => assertMeetingWithinNetworkLife(network, data.date),
  );
  if (data.agenda?.length) await replaceAgenda(em, meeting, data.agenda);
  if (data.attendingOrganisationIds?.length) await replaceAttendance(em, meeting, data.attendingOrganisationIds);
  await em.flush();
  return meeting;
}

export async function updateMeeting(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Meeting> {
  const [meeting, data] = await partToEdit(em, caller, Meeting, id, version, meetingUpdate, input);
  const agendaItemCount = data.agenda ? data.agenda.length : await em.count(AgendaItem, { meeting: meeting.id });
  const next = {
    kind: data.kind ?? meeting.kind,
    date: data.date ?? meeting.date,
    status: data.status ?? meeting.status,
    minutes: data.minutes === undefined ? meeting.minutes : data.minutes,
    participantCount: data.participantCount === undefined ? meeting.participantCount : data.participantCount,
    agendaItemCount,
  };
  assertMeetingContent(next, today());
  assertCanMoveTo(meeting, next, today());
  assertMeetingWithinNetworkLife(meeting.network, next.date);
  if (data.workingGroupId !== undefined)
    meeting.workingGroup = await workingGroupOf(em, meeting.network.id, data.workingGroupId);
  meeting.kind = next.kind;
  meeting.date = next.date;
  meeting.status = next.status;
  meeting.minutes = next.minutes ?? undefined;
  meeting.participantCount = next.participantCount ?? undefined;
  if (data.startTime !== undefined) meeting.startTime = data.startTime ?? undefined;
  if (data.place !== undefined) meeting.place = data.place ?? undefined;
  if (data.title !== undefined) meeting.title = data.title ?? undefined;
  if (data.agenda) await replaceAgenda(em, meeting, data.agenda);
  if (data.attendingOrganisationIds) await replaceAttendance(em, meeting, data.attendingOrganisationIds);
  await em.flush();
  return meeting;
}

export interface MeetingFilter {
  year?: number;
  kind?: MeetingKind;
  status?: MeetingStatus;
  /** Only meetings of networks whose responsible youth office is this district's. */
  districtKey?: string;
  /** From this day on (YYYY-MM-DD), e.g. today for upcoming meetings. */
  from?: string;
  /** Up to this day (YYYY-MM-DD). */
  to?: string;
}

export function meetingsWhere(filter: MeetingFilter): Record<string, unknown> {
  const where: Record<string, unknown>[] = [];
  if (filter.year !== undefined && filter.year !== null) {
    const year = parseInput(fields.year(), filter.year, "year");
    where.push({ date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
  }
  if (filter.from) where.push({ date: { $gte: parseInput(fields.isoDate(), filter.from, "filter.from") } });
  if (filter.to) where.push({ date: { $lte: parseInput(fields.isoDate(), filter.to, "filter.to") } });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.status) where.push({ status: filter.status });
  if (filter.districtKey) where.push({ districtKey: filter.districtKey });
  return where.length ? { $and: where } : {};
}

export function listMeetings(em: SqlEntityManager, filter: MeetingFilter, page: PageArgs): Promise<Page<Meeting>> {
  return paginate(em, Meeting, meetingsWhere(filter), page, "date");
}

/**
 * Active networks without a meeting (held or planned, not cancelled) in `year`, by name: the ones the state office
 * asks after, and a youth office's own to plan one for.
 */
export function listNetworksWithoutMeeting(
  em: SqlEntityManager,
  year: number,
  filter: NetworkFilter,
  page: PageArgs,
): Promise<Page<Network>> {
  const y = parseInput(fields.year(), year, "year");
  const met = em
    .createQueryBuilder(Meeting, "m")
    .select("m.network")
    .where({ date: { $gte: `${y}-01-01`, $lte: `${y}-12-31` }, status: { $ne: MeetingStatus.CANCELLED } });
  return paginate(
    em,
    Network,
    { $and: [networkWhere(em, filter), { status: NetworkStatus.ACTIVE }, { id: { $nin: met } }] },
    page,
    "name",
  );
}
