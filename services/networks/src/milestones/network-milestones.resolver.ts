import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { Milestone } from "./milestone.entity.js";

@Resolver(() => Network)
export class NetworkMilestonesResolver {
  @FieldResolver(() => [Milestone], { description: "The network's history, oldest first." })
  milestones(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Milestone, "network", network.id, { orderBy: { date: "asc" }, info });
  }
}
