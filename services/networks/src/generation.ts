import { nationwide, type GenerationTarget } from "@kinderschutz/demo-data/nationwide";
import { nationwideWriter } from "@kinderschutz/demo-data/networks/nationwide";
import { AgendaItem, Meeting, MeetingAttendance } from "./meetings/meeting.entity.js";
import { Membership } from "./memberships/membership.entity.js";
import { Milestone } from "./milestones/milestone.entity.js";
import { Network } from "./networks/network.entity.js";
import { Goal, Priority } from "./plans/plan.entities.js";
import { networksSubgraph } from "./schema.js";
import { Subscription } from "./subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "./working-groups/working-group.entity.js";

/**
 * What `generate` fills: the subgraph's database, its demo data, then its part of the nationwide data set, which
 * the package draws and this subgraph stores in its entities.
 */
export const networksGeneration: GenerationTarget = {
  ...networksSubgraph,
  nationwide: nationwide(nationwideWriter, {
    Network,
    Membership,
    WorkingGroup,
    WorkingGroupMember,
    Meeting,
    AgendaItem,
    MeetingAttendance,
    Priority,
    Goal,
    Milestone,
    Subscription,
  }),
};
