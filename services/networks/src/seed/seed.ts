/**
 * Writes the demo data of @kinderschutz/demo-data/networks into this subgraph's entities. The data is the
 * package's (plain rows, enum values as strings); this file only maps it.
 */
import * as demo from "@kinderschutz/demo-data/networks";
import type { Same } from "@kinderschutz/demo-data/vocabulary";
import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { AgendaItem, Meeting, MeetingAttendance } from "../meetings/meeting.entity.js";
import { Membership } from "../memberships/membership.entity.js";
import { Milestone } from "../milestones/milestone.entity.js";
import { Network } from "../networks/network.entity.js";
import { Goal, Priority } from "../plans/plan.entities.js";
import { Subscription } from "../subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "../working-groups/working-group.entity.js";
import { MeetingKind, MeetingStatus } from "../meetings/meeting.enums.js";
import { MembershipRole } from "../memberships/membership.enums.js";
import { DatePrecision } from "../milestones/milestone.enums.js";
import { NetworkKind, NetworkStatus } from "../networks/network.enums.js";
import { GoalScope, GoalState, PriorityKind } from "../plans/plan.enums.js";
import { WorkingGroupKind, WorkingGroupStatus } from "../working-groups/working-group.enums.js";

const { agendaItemId, meetingAttendanceId, workingGroupMemberId } = demo;

// The package's spelling of an enum may not drift from ours.
const vocabularyAgrees: [
  Same<`${NetworkKind}`, demo.NetworkKind>,
  Same<`${NetworkStatus}`, demo.NetworkStatus>,
  Same<`${MembershipRole}`, demo.MembershipRole>,
  Same<`${WorkingGroupKind}`, demo.WorkingGroupKind>,
  Same<`${WorkingGroupStatus}`, demo.WorkingGroupStatus>,
  Same<`${MeetingKind}`, demo.MeetingKind>,
  Same<`${MeetingStatus}`, demo.MeetingStatus>,
  Same<`${PriorityKind}`, demo.PriorityKind>,
  Same<`${GoalScope}`, demo.GoalScope>,
  Same<`${GoalState}`, demo.GoalState>,
  Same<`${DatePrecision}`, demo.DatePrecision>,
] = [true, true, true, true, true, true, true, true, true, true, true];
void vocabularyAgrees;

/** A value of the package's spelling as our enum: the same string (checked above). */
const ours = <E extends string>(value: `${E}`): E => value as unknown as E;

function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`networks demo data refers to an unknown ${what}: ${id}`);
  return value;
}

/**
 * Fills an empty database with the demo data. Does nothing when any network exists: the seed runs on every
 * start with demo data switched on, and must never duplicate or overwrite what is there.
 *
 * Every record inside a network carries the network's responsible district (null for statewide networks), as
 * the services do on every save.
 */
export async function seedNetworks(
  em: SqlEntityManager,
  data: demo.NetworkDemoData = demo.networkDemoData(),
): Promise<void> {
  if ((await em.count(Network, {})) > 0) return;

  const networks = new Map<string, Network>();
  // The builder adds parents and extended networks before the networks that refer to them. A network whose
  // parent or successor is written in the same flush would be inserted without it and updated afterwards (a
  // second version): so each network waits for the flush after the one that writes the network it refers to.
  const pending = new Set<string>();
  for (const n of data.networks) {
    if ([n.parentId, n.successorId].some((id) => id && pending.has(id))) {
      await em.flush();
      pending.clear();
    }
    pending.add(n.id);
    const network = em.create(Network, {
      id: n.id,
      name: n.name,
      kind: ours<NetworkKind>(n.kind),
      status: ours<NetworkStatus>(n.status),
      regionKey: n.regionKey,
      responsibleDistrictKey: n.responsibleDistrictKey ?? undefined,
      responsibleOfficeId: n.responsibleOfficeId,
      coordinatorContactId: n.coordinatorContactId,
      foundedOn: n.foundedOn,
      endedOn: n.endedOn,
      parent: n.parentId ? lookup(networks, n.parentId, "parent network") : undefined,
      successor: n.successorId ? lookup(networks, n.successorId, "successor network") : undefined,
      plenaryMeetingsPerYear: n.plenaryMeetingsPerYear,
      description: n.description,
    });
    for (const extended of n.extendsIds) network.extends.add(lookup(networks, extended, "extended network"));
    networks.set(n.id, network);
  }
  // Networks first, in their own flush: they refer to each other, and every other row refers to them.
  await em.flush();

  const owner = (networkId: string): { network: Network; districtKey: string | undefined } => {
    const network = lookup(networks, networkId, "network");
    return { network, districtKey: network.responsibleDistrictKey ?? undefined };
  };

  for (const m of data.memberships) {
    em.create(Membership, {
      id: m.id,
      ...owner(m.networkId),
      organisationId: m.organisationId,
      role: ours<MembershipRole>(m.role),
      since: m.since,
      until: m.until,
    });
  }

  const workingGroups = new Map<string, WorkingGroup>();
  for (const g of data.workingGroups) {
    const parts = owner(g.networkId);
    const group = em.create(WorkingGroup, {
      id: g.id,
      ...parts,
      name: g.name,
      kind: ours<WorkingGroupKind>(g.kind),
      status: ours<WorkingGroupStatus>(g.status),
      foundedOn: g.foundedOn,
      endedOn: g.endedOn,
      continuedByOrganisationId: g.continuedByOrganisationId,
      statusNote: g.statusNote,
    });
    workingGroups.set(g.id, group);
    for (const organisationId of g.memberOrganisationIds) {
      em.create(WorkingGroupMember, {
        id: workingGroupMemberId(g.id, organisationId),
        workingGroup: group,
        organisationId,
        districtKey: parts.districtKey,
      });
    }
  }

  for (const m of data.meetings) {
    const parts = owner(m.networkId);
    const meeting = em.create(Meeting, {
      id: m.id,
      ...parts,
      workingGroup: m.workingGroupId ? lookup(workingGroups, m.workingGroupId, "working group") : undefined,
      kind: ours<MeetingKind>(m.kind),
      date: m.date,
      place: m.place,
      title: m.title,
      status: ours<MeetingStatus>(m.status),
      participantCount: m.participantCount,
      minutes: m.minutes,
    });
    m.agenda.forEach((item, i) => {
      em.create(AgendaItem, {
        id: agendaItemId(m.id, i + 1),
        meeting,
        position: i + 1,
        topic: item.topic,
        presentingOrganisationId: item.presentingOrganisationId,
        districtKey: parts.districtKey,
      });
    });
    for (const organisationId of m.attendeeOrganisationIds) {
      em.create(MeetingAttendance, {
        id: meetingAttendanceId(m.id, organisationId),
        meeting,
        organisationId,
        districtKey: parts.districtKey,
      });
    }
  }

  for (const p of data.priorities)
    em.create(Priority, {
      id: p.id,
      ...owner(p.networkId),
      year: p.year,
      kind: ours<PriorityKind>(p.kind),
      title: p.title,
    });
  for (const g of data.goals)
    em.create(Goal, {
      id: g.id,
      ...owner(g.networkId),
      title: g.title,
      scope: ours<GoalScope>(g.scope),
      state: ours<GoalState>(g.state),
      year: g.year,
    });
  for (const m of data.milestones) {
    em.create(Milestone, {
      id: m.id,
      ...owner(m.networkId),
      date: m.date,
      precision: ours<DatePrecision>(m.precision),
      title: m.title,
      description: m.description,
    });
  }
  for (const s of data.subscriptions) {
    em.create(Subscription, { id: s.id, ...owner(s.networkId), contactId: s.contactId, name: s.name, email: s.email });
  }

  await em.flush();
}
