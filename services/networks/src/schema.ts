import { isUuid, readRows, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { AgendaItem, Meeting, MeetingAttendance } from "./meetings/meeting.entity.js";
import { Membership } from "./memberships/membership.entity.js";
import { migrations } from "./migrations/index.js";
import { Milestone } from "./milestones/milestone.entity.js";
import { Network } from "./networks/network.entity.js";
import { Goal, Priority } from "./plans/plan.entities.js";
import { seedNetworks } from "./seed/seed.js";
import { Subscription } from "./subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "./working-groups/working-group.entity.js";
// The resolvers in the order their fields are published: type-graphql lists a type's fields, and the root types'
// ones, in the order their decorators run, that is in the order these modules are first imported. Every area
// adds its own fields to Network (and to the other types it extends) in a module of its own, imported here
// after the ground floor's, so that the schema's order stays the same as the areas move.
import { AgendaItemResolver, MeetingResolver } from "./meetings/meeting.resolver.js";
import { MembershipResolver } from "./memberships/membership.resolver.js";
import { MilestoneResolver } from "./milestones/milestone.resolver.js";
import { NetworkReferencesResolver } from "./references/network-references.resolver.js";
import { NetworkResolver } from "./networks/network.resolver.js";
import { PlansResolver } from "./plans/plans.resolver.js";
import { SubscriptionResolver } from "./subscriptions/subscription.resolver.js";
import { WorkingGroupResolver } from "./working-groups/working-group.resolver.js";
import { NetworkMembershipsResolver } from "./memberships/network-memberships.resolver.js";
import { NetworkWorkingGroupsResolver } from "./working-groups/network-working-groups.resolver.js";
import { NetworkMeetingsResolver } from "./meetings/network-meetings.resolver.js";
import { WorkingGroupMeetingsResolver } from "./meetings/working-group-meetings.resolver.js";
import { NetworkPlansResolver } from "./plans/network-plans.resolver.js";
import { NetworkMilestonesResolver } from "./milestones/network-milestones.resolver.js";
import { NetworkSubscriptionsResolver } from "./subscriptions/network-subscriptions.resolver.js";
import { RegionNetworksResolver } from "./references/region-networks.resolver.js";
import { OrganisationMembershipsResolver } from "./memberships/organisation-memberships.resolver.js";
import {
  NetworkMembersStatisticsResolver,
  NetworkStatisticsResolver,
  RegionStatisticsResolver,
} from "./statistics/network-statistics.resolver.js";

/** The entities by name: also where `generate` stores the package's nationwide tables of the same names. */
export const entitiesByName = {
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
};

export const entities = Object.values(entitiesByName);

/** Everything the networks subgraph is: its entities, its resolvers, how others' references resolve. */
export const networksSubgraph: SubgraphDefinition = {
  name: "networks",
  defaultPort: 4002,
  entities,
  migrations,
  resolvers: [
    NetworkResolver,
    NetworkReferencesResolver,
    MembershipResolver,
    NetworkMembershipsResolver,
    OrganisationMembershipsResolver,
    WorkingGroupResolver,
    NetworkWorkingGroupsResolver,
    MeetingResolver,
    AgendaItemResolver,
    NetworkMeetingsResolver,
    WorkingGroupMeetingsResolver,
    PlansResolver,
    NetworkPlansResolver,
    MilestoneResolver,
    NetworkMilestonesResolver,
    SubscriptionResolver,
    NetworkSubscriptionsResolver,
    RegionNetworksResolver,
    NetworkStatisticsResolver,
    RegionStatisticsResolver,
    NetworkMembersStatisticsResolver,
  ],
  references: [
    {
      type: "Network",
      key: "id",
      load: (ids, ctx, fields) => readRows(ctx.em, Network, { id: { $in: ids.filter(isUuid) } }, { fields }),
    },
    // Other subgraphs' entities: this subgraph only adds fields to them, so the key alone is the object.
    { type: "Organisation", key: "id", load: async (ids) => ids.map((id) => ({ id })) },
    { type: "Region", key: "key", load: async (keys) => keys.map((key) => ({ key })) },
  ],
  // Its rules ask which district a youth office or a contact belongs to (networks/network-references.service.ts).
  peers: ["organisations"],
  seed: seedNetworks,
};
