import { isUuid, readRows, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { AgendaItem, Meeting, MeetingAttendance } from "./meetings/meeting.entity.js";
import { AgendaItemResolver, MeetingResolver } from "./meetings/meeting.resolver.js";
import { Membership } from "./memberships/membership.entity.js";
import { MembershipResolver } from "./memberships/membership.resolver.js";
import { migrations } from "./migrations/index.js";
import { Milestone } from "./milestones/milestone.entity.js";
import { MilestoneResolver } from "./milestones/milestone.resolver.js";
import { Network } from "./networks/network.entity.js";
import { NetworkResolver } from "./networks/network.resolver.js";
import { Goal, Priority } from "./plans/plan.entities.js";
import { PlansResolver } from "./plans/plans.resolver.js";
import { OrganisationNetworksResolver, RegionNetworksResolver } from "./references/references.resolver.js";
import { writeNationwide } from "./seed/nationwide.js";
import { seedNetworks } from "./seed/seed.js";
import { NetworkMembersStatisticsResolver, NetworkStatisticsResolver, RegionStatisticsResolver } from "./statistics/network-statistics.resolver.js";
import { Subscription } from "./subscriptions/subscription.entity.js";
import { SubscriptionResolver } from "./subscriptions/subscription.resolver.js";
import { WorkingGroup, WorkingGroupMember } from "./working-groups/working-group.entity.js";
import { WorkingGroupResolver } from "./working-groups/working-group.resolver.js";

export const entities = [Network, Membership, WorkingGroup, WorkingGroupMember, Meeting, AgendaItem, MeetingAttendance, Priority, Goal, Milestone, Subscription];

/** Everything the networks subgraph is: its entities, its resolvers, how others' references resolve. */
export const networksSubgraph: SubgraphDefinition = {
  name: "networks",
  defaultPort: 4002,
  entities,
  migrations,
  resolvers: [
    NetworkResolver,
    MembershipResolver,
    WorkingGroupResolver,
    MeetingResolver,
    AgendaItemResolver,
    PlansResolver,
    MilestoneResolver,
    SubscriptionResolver,
    OrganisationNetworksResolver,
    RegionNetworksResolver,
    NetworkStatisticsResolver,
    RegionStatisticsResolver,
    NetworkMembersStatisticsResolver,
  ],
  references: [
    { type: "Network", key: "id", load: (ids, ctx, fields) => readRows(ctx.em, Network, { id: { $in: ids.filter(isUuid) } }, { fields }) },
    // Other subgraphs' entities: this subgraph only adds fields to them, so the key alone is the object.
    { type: "Organisation", key: "id", load: async (ids) => ids.map((id) => ({ id })) },
    { type: "Region", key: "key", load: async (keys) => keys.map((key) => ({ key })) },
  ],
  // Its rules ask which district a youth office or a contact belongs to (networks/network-references.service.ts).
  peers: ["organisations"],
  seed: seedNetworks,
  generate: writeNationwide,
};
