import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { Subscription } from "./subscription.entity.js";

@Resolver(() => Network)
export class NetworkSubscriptionsResolver {
  @FieldResolver(() => [Subscription], { description: "The mailing list (Verteiler)." })
  subscriptions(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Subscription, "network", network.id, { orderBy: { createdAt: "asc" }, info });
  }
}
