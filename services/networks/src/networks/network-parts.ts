import type { EntityClass } from "@mikro-orm/core";
import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { Membership } from "../memberships/membership.entity.js";
import { AgendaItem, Meeting, MeetingAttendance } from "../meetings/meeting.entity.js";
import { Milestone } from "../milestones/milestone.entity.js";
import { Goal, Priority } from "../plans/plan.entities.js";
import { Subscription } from "../subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "../working-groups/working-group.entity.js";
import type { Network } from "./network.entity.js";

/**
 * Copies the network's responsible district onto every record inside it, so that the youth office now
 * responsible may edit them and read their personal data. Their change history needs nothing here: it follows
 * the network's (`ownerRecordId`), which the audit trail hands over when the network's own change is flushed.
 */
export async function handOverParts(em: SqlEntityManager, network: Network): Promise<void> {
  const districtKey = network.responsibleDistrictKey ?? null;
  for (const entity of [Membership, WorkingGroup, Meeting, Priority, Goal, Milestone, Subscription]) {
    await em.nativeUpdate(entity as EntityClass<object>, { network: network.id } as never, { districtKey } as never);
  }
  const groups = (await em.find(WorkingGroup, { network: network.id }, { fields: ["id"] })).map((g) => g.id);
  const meetings = (await em.find(Meeting, { network: network.id }, { fields: ["id"] })).map((m) => m.id);
  await em.nativeUpdate(WorkingGroupMember, { workingGroup: { $in: groups } }, { districtKey });
  await em.nativeUpdate(AgendaItem, { meeting: { $in: meetings } }, { districtKey });
  await em.nativeUpdate(MeetingAttendance, { meeting: { $in: meetings } }, { districtKey });
}
