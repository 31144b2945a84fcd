import { Connection, PageArgs, loadMany, loadOne, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Meeting } from "../meetings/meeting.entity.js";
import { meetingsWhere } from "../meetings/meetings.service.js";
import { Membership } from "../memberships/membership.entity.js";
import { activeDay, currentOnWhere } from "../memberships/memberships.rules.js";
import { Milestone } from "../milestones/milestone.entity.js";
import { Goal, Priority } from "../plans/plan.entities.js";
import { ContactRef, OrganisationRef, RegionRef, contactRef, organisationRef, regionRef } from "../references/references.js";
import { Subscription } from "../subscriptions/subscription.entity.js";
import { WorkingGroup } from "../working-groups/working-group.entity.js";
import { Network } from "./network.entity.js";
import { MeetingKind, MeetingStatus } from "../meetings/meeting.enums.js";
import { MembershipRole } from "../memberships/membership.enums.js";
import { NetworkKind, NetworkStatus } from "./network.enums.js";
import { createNetwork, endNetwork, findNetwork, listNetworks, updateNetwork } from "./networks.service.js";

const NetworkConnection = Connection(Network);

@InputType({ description: "Which networks to list." })
class NetworkFilter {
  @Field(() => NetworkKind, { nullable: true, description: "Only networks of this kind." }) kind?: NetworkKind;
  @Field(() => String, { nullable: true, description: "Networks covering this region or run by the youth office of this district." }) regionKey?: string;
  @Field(() => ID, { nullable: true, description: "Networks this youth office (Organisation id) is responsible for." }) responsibleOfficeId?: string;
  @Field(() => NetworkStatus, { nullable: true, description: "All statuses when omitted." }) status?: NetworkStatus;
  @Field(() => String, { nullable: true, description: "Part of the name (case-insensitive)." }) search?: string;
}

@InputType({ description: "A new network." })
class CreateNetworkInput {
  @Field(() => String, { description: "The network's name." }) name!: string;
  @Field(() => NetworkKind, { description: "What the network is for." }) kind!: NetworkKind;
  @Field(() => String, { description: "Key of the region the network covers." }) regionKey!: string;
  @Field(() => String, { nullable: true, description: "Key of the district whose youth office is responsible; omit for statewide networks." }) responsibleDistrictKey?: string;
  @Field(() => ID, { nullable: true, description: "The responsible youth office (Organisation id)." }) responsibleOfficeId?: string;
  @Field(() => ID, { nullable: true, description: "The coordinator (Contact id)." }) coordinatorContactId?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) foundedOn?: string;
  @Field(() => ID, { nullable: true, description: "The umbrella network (strategic roof)." }) parentId?: string;
  @Field(() => [ID], { nullable: true, description: "Networks this one extends." }) extendsIds?: string[];
  @Field(() => Int, { nullable: true, description: "Plenary meetings a year the network has agreed on (0–52)." }) plenaryMeetingsPerYear?: number;
  @Field(() => String, { nullable: true, description: "What the network is about (at most 2000 characters)." }) description?: string;
}

@InputType({ description: "Changes to a network; omitted fields stay as they are." })
class UpdateNetworkInput {
  @Field(() => String, { nullable: true, description: "New name." }) name?: string;
  @Field(() => NetworkKind, { nullable: true, description: "New kind." }) kind?: NetworkKind;
  @Field(() => String, { nullable: true, description: "Key of the region the network covers." }) regionKey?: string;
  @Field(() => String, { nullable: true, description: "Key of the district whose youth office is responsible; null for statewide networks." }) responsibleDistrictKey?: string;
  @Field(() => ID, { nullable: true, description: "The responsible youth office (Organisation id)." }) responsibleOfficeId?: string;
  @Field(() => ID, { nullable: true, description: "The coordinator (Contact id)." }) coordinatorContactId?: string;
  @Field(() => String, { nullable: true, description: "Day the network was founded (YYYY-MM-DD)." }) foundedOn?: string;
  @Field(() => ID, { nullable: true, description: "The umbrella network (strategic roof)." }) parentId?: string;
  @Field(() => [ID], { nullable: true, description: "Networks this one extends; replaces the current list." }) extendsIds?: string[];
  @Field(() => Int, { nullable: true, description: "Plenary meetings a year the network has agreed on (0–52)." }) plenaryMeetingsPerYear?: number;
  @Field(() => String, { nullable: true, description: "What the network is about (at most 2000 characters)." }) description?: string;
}

@InputType({ description: "How a network ends: DISSOLVED, or MERGED into a successor." })
class EndNetworkInput {
  @Field(() => NetworkStatus, { description: "DISSOLVED or MERGED." }) status!: NetworkStatus;
  @Field(() => String, { description: "Last day (YYYY-MM-DD)." }) endedOn!: string;
  @Field(() => ID, { nullable: true, description: "The network it merged into (for MERGED)." }) successorId?: string;
}


/** Networks related many-to-many (extends / extended by), batched for every network in the request. */
async function relatedNetworks(ctx: Context, network: Network, relation: "extends" | "extendedBy"): Promise<Network[]> {
  const loader = ctx.loader<string, Network[]>(`network.${relation}`, async (ids) => {
    const rows =
      relation === "extends"
        ? await ctx.em.find(Network, { id: { $in: [...ids] } }, { populate: ["extends"] })
        : await ctx.em.find(Network, { extends: { $in: [...ids] } }, { populate: ["extends"] });
    const byId = new Map<string, Network[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      if (relation === "extends") byId.set(row.id, row.extends.getItems());
      else for (const target of row.extends.getItems()) byId.get(target.id)?.push(row);
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
  return (await loader.load(network.id)) ?? [];
}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => NetworkConnection, { nullable: true, description: "Networks ordered by name, a page at a time." })
  networks(@Arg("filter", () => NetworkFilter, { nullable: true, description: "Which networks; all when omitted." }) filter: NetworkFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return listNetworks(ctx.em, filter ?? {}, page);
  }

  @Query(() => Network, { nullable: true, description: "One network, also an ended one; null when there is none with this id." })
  network(@Arg("id", () => ID, { description: "The network's id." }) id: string, @Ctx() ctx: Context) {
    return findNetwork(ctx.em, id);
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: "The region the network covers." })
  region(@Root() network: Network) {
    return regionRef(network.regionKey);
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: "The responsible youth office (or project office for statewide networks)." })
  responsibleOffice(@Root() network: Network) {
    return organisationRef(network.responsibleOfficeId);
  }

  @FieldResolver(() => ContactRef, { nullable: true, description: "The network coordinator." })
  coordinator(@Root() network: Network) {
    return contactRef(network.coordinatorContactId);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The umbrella network (strategic roof) this one belongs to." })
  parent(@Root() network: Network, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", network.parent?.id);
  }

  @FieldResolver(() => [Network], { description: "Networks under this umbrella." })
  children(@Root() network: Network, @Ctx() ctx: Context) {
    return loadMany(ctx, Network, "parent", network.id, { orderBy: { name: "asc" } });
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network this one merged into." })
  successor(@Root() network: Network, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", network.successor?.id);
  }

  @FieldResolver(() => [Network], { description: "The networks this one extends (e.g. Frühe Hilfen, KipsE)." })
  extends(@Root() network: Network, @Ctx() ctx: Context) {
    return relatedNetworks(ctx, network, "extends");
  }

  @FieldResolver(() => [Network], { description: "The networks that extend this one." })
  extendedBy(@Root() network: Network, @Ctx() ctx: Context) {
    return relatedNetworks(ctx, network, "extendedBy");
  }

  @FieldResolver(() => [Membership], { description: "Memberships, ended ones included unless `activeOn` is given." })
  async memberships(
    @Root() network: Network,
    @Arg("activeOn", () => String, { nullable: true, description: "Only memberships current on this day (YYYY-MM-DD)." }) activeOn: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = activeOn ? currentOnWhere(activeDay(activeOn)) : {};
    return loadMany(ctx, Membership, "network", network.id, { where, orderBy: { role: "asc", since: "asc" }, info });
  }

  @FieldResolver(() => [OrganisationRef], { nullable: true, description: "Organisations funding the network now (memberships with role FUNDER)." })
  async funders(@Root() network: Network, @Ctx() ctx: Context) {
    const where = { role: MembershipRole.FUNDER, ...currentOnWhere(activeDay(undefined)) };
    const funding = await loadMany(ctx, Membership, "network", network.id, { where, orderBy: { since: "asc" } });
    return funding.map((m) => organisationRef(m.organisationId)!);
  }

  @FieldResolver(() => [WorkingGroup], { description: "The network's working groups (Arbeitskreise), closed ones included." })
  workingGroups(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, WorkingGroup, "network", network.id, { orderBy: { name: "asc" }, info });
  }

  @FieldResolver(() => [Meeting], { description: "Meetings by date; filter by year, kind and status." })
  meetings(
    @Root() network: Network,
    @Arg("year", () => Int, { nullable: true, description: "Only meetings in this calendar year." }) year: number | undefined,
    @Arg("kind", () => MeetingKind, { nullable: true, description: "Only meetings of this kind." }) kind: MeetingKind | undefined,
    @Arg("status", () => MeetingStatus, { nullable: true, description: "Only meetings in this status." }) status: MeetingStatus | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadMany(ctx, Meeting, "network", network.id, { where: meetingsWhere({ year, kind, status }), orderBy: { date: "asc" }, info });
  }

  @FieldResolver(() => [Priority], { description: "Priorities, newest year first; filter by year." })
  priorities(
    @Root() network: Network,
    @Arg("year", () => Int, { nullable: true, description: "Only the priorities of this year." }) year: number | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadMany(ctx, Priority, "network", network.id, { where: year ? { year } : {}, orderBy: { year: "desc", title: "asc" }, info });
  }

  @FieldResolver(() => [Goal], { description: "Goals: planned steps, work in progress and results." })
  goals(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Goal, "network", network.id, { orderBy: { state: "asc", title: "asc" }, info });
  }

  @FieldResolver(() => [Milestone], { description: "The network's history, oldest first." })
  milestones(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Milestone, "network", network.id, { orderBy: { date: "asc" }, info });
  }

  @FieldResolver(() => [Subscription], { description: "The mailing list (Verteiler)." })
  subscriptions(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Subscription, "network", network.id, { orderBy: { createdAt: "asc" }, info });
  }

  @Mutation(() => Network, { description: "Adds a network (state office; a youth office for its own district)." })
  createNetwork(@Arg("input", () => CreateNetworkInput, { description: "The new network." }) input: CreateNetworkInput, @Ctx() ctx: Context) {
    return createNetwork(ctx.em, ctx.caller, input, ctx.peers);
  }

  @Mutation(() => Network, { description: "Changes a network. Fails with CONFLICT when `version` is no longer current." })
  updateNetwork(
    @Arg("id", () => ID, { description: "The network's id." }) id: string,
    @Arg("version", () => Int, { description: "The version the change is based on." }) version: number,
    @Arg("input", () => UpdateNetworkInput, { description: "The fields to change." }) input: UpdateNetworkInput,
    @Ctx() ctx: Context,
  ) {
    return updateNetwork(ctx.em, ctx.caller, id, version, input, ctx.peers);
  }

  @Mutation(() => Network, { description: "Dissolves a network or merges it into a successor; its history stays readable." })
  endNetwork(
    @Arg("id", () => ID, { description: "The network's id." }) id: string,
    @Arg("version", () => Int, { description: "The version the change is based on." }) version: number,
    @Arg("input", () => EndNetworkInput, { description: "How and when it ends." }) input: EndNetworkInput,
    @Ctx() ctx: Context,
  ) {
    return endNetwork(ctx.em, ctx.caller, id, version, input);
  }
}
