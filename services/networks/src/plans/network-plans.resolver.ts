import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { Goal, Priority } from "./plan.entities.js";

@Resolver(() => Network)
export class NetworkPlansResolver {
  @FieldResolver(() => [Priority], { description: "Priorities, newest year first; filter by year." })
  priorities(
    @Root() network: Network,
    @Arg("year", () => Int, { nullable: true, description: "Only the priorities of this year." })
    year: number | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadMany(ctx, Priority, "network", network.id, {
      where: year ? { year } : {},
      orderBy: { year: "desc", title: "asc" },
      info,
    });
  }

  @FieldResolver(() => [Goal], { description: "Goals: planned steps, work in progress and results." })
  goals(@Root() network: Network, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMany(ctx, Goal, "network", network.id, { orderBy: { state: "asc", title: "asc" }, info });
  }
}
