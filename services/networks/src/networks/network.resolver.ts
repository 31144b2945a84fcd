import {
  ChangesArg,
  Connection,
  FilterArg,
  findById,
  IdArg,
  InputArg,
  loadMany,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import { Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Network } from "./network.entity.js";
import { NetworkKind, NetworkStatus } from "./network.enums.js";
import { createNetwork, endNetwork, listNetworks, updateNetwork } from "./networks.service.js";

export const NetworkConnection = Connection(Network);

@InputType({ description: "Which networks to list." })
export class NetworkFilter {
  @Field(() => NetworkKind, { nullable: true, description: "Only networks of this kind." }) kind?: NetworkKind;
  @Field(() => String, {
    nullable: true,
    description: "Networks covering this region or run by the youth office of this district.",
  })
  regionKey?: string;
  @Field(() => ID, { nullable: true, description: "Networks this youth office (Organisation id) is responsible for." })
  responsibleOfficeId?: string;
  @Field(() => NetworkStatus, { nullable: true, description: "All statuses when omitted." }) status?: NetworkStatus;
  @Field(() => String, { nullable: true, description: "Part of the name (case-insensitive)." }) search?: string;
  @Field(() => [ID], { nullable: true, description: "Only these networks (at most 100), e.g. to name them." })
  ids?: string[];
}

@InputType({ description: "A new network." })
class CreateNetworkInput {
  @Field(() => String, { description: "The network's name." }) name!: string;
  @Field(() => NetworkKind, { description: "What the network is for." }) kind!: NetworkKind;
  @Field(() => String, { description: "Key of the region the network covers." }) regionKey!: string;
  @Field(() => String, {
    nullable: true,
    description: "Key of the district whose youth office is responsible; omit for statewide networks.",
  })
  responsibleDistrictKey?: string;
  @Field(() => ID, { nullable: true, description: "The responsible youth office (Organisation id)." })
  responsibleOfficeId?: string;
  @Field(() => ID, { nullable: true, description: "The coordinator (Contact id)." }) coordinatorContactId?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) foundedOn?: string;
  @Field(() => ID, { nullable: true, description: "The umbrella network (strategic roof)." }) parentId?: string;
  @Field(() => [ID], { nullable: true, description: "Networks this one extends." }) extendsIds?: string[];
  @Field(() => Int, { nullable: true, description: "Plenary meetings a year the network has agreed on (0–52)." })
  plenaryMeetingsPerYear?: number;
  @Field(() => String, { nullable: true, description: "What the network is about (at most 2000 characters)." })
  description?: string;
}

@InputType({ description: "Changes to a network; omitted fields stay as they are." })
class UpdateNetworkInput {
  @Field(() => String, { nullable: true, description: "New name." }) name?: string;
  @Field(() => NetworkKind, { nullable: true, description: "New kind." }) kind?: NetworkKind;
  @Field(() => String, { nullable: true, description: "Key of the region the network covers." }) regionKey?: string;
  @Field(() => String, {
    nullable: true,
    description: "Key of the district whose youth office is responsible; null for statewide networks.",
  })
  responsibleDistrictKey?: string;
  @Field(() => ID, { nullable: true, description: "The responsible youth office (Organisation id)." })
  responsibleOfficeId?: string;
  @Field(() => ID, { nullable: true, description: "The coordinator (Contact id)." }) coordinatorContactId?: string;
  @Field(() => String, { nullable: true, description: "Day the network was founded (YYYY-MM-DD)." }) foundedOn?: string;
  @Field(() => ID, { nullable: true, description: "The umbrella network (strategic roof)." }) parentId?: string;
  @Field(() => [ID], { nullable: true, description: "Networks this one extends; replaces the current list." })
  extendsIds?: string[];
  @Field(() => Int, { nullable: true, description: "Plenary meetings a year the network has agreed on (0–52)." })
  plenaryMeetingsPerYear?: number;
  @Field(() => String, { nullable: true, description: "What the network is about (at most 2000 characters)." })
  description?: string;
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
  networks(
    @FilterArg(NetworkFilter, "Which networks; all when omitted.")
    filter: NetworkFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listNetworks(ctx.em, filter ?? {}, page);
  }

  @Query(() => Network, {
    nullable: true,
    description: "One network, also an ended one; null when there is none with this id.",
  })
  network(@IdArg("network") id: string, @Ctx() ctx: Context) {
    return findById(ctx.em, Network, id);
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The umbrella network (strategic roof) this one belongs to.",
  })
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

  @Mutation(() => Network, { description: "Adds a network (state office; a youth office for its own district)." })
  createNetwork(@InputArg(CreateNetworkInput, "The new network.") input: CreateNetworkInput, @Ctx() ctx: Context) {
    return createNetwork(ctx.em, ctx.caller, input, ctx.peers);
  }

  @Mutation(() => Network, {
    description: "Changes a network. Fails with CONFLICT when `version` is no longer current.",
  })
  updateNetwork(
    @IdArg("network") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateNetworkInput) input: UpdateNetworkInput,
    @Ctx() ctx: Context,
  ) {
    return updateNetwork(ctx.em, ctx.caller, id, version, input, ctx.peers);
  }

  @Mutation(() => Network, {
    description: "Dissolves a network or merges it into a successor; its history stays readable.",
  })
  endNetwork(
    @IdArg("network") id: string,
    @VersionArg() version: number,
    @InputArg(EndNetworkInput, "How and when it ends.") input: EndNetworkInput,
    @Ctx() ctx: Context,
  ) {
    return endNetwork(ctx.em, ctx.caller, id, version, input);
  }
}
