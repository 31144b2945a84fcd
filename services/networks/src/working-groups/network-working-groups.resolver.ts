import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { WorkingGroup } from "./working-group.entity.js";

@Resolver(() => Network)
export class NetworkWorkingGroupsResolver {
  @FieldResolver(() => [WorkingGroup], {
    description: "The network's working groups (Arbeitskreise), closed ones included.",
  })
  workingGroups(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, WorkingGroup, "network", network.id, { orderBy: { name: "asc" }, info });
  }
}
