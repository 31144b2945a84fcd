import { type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { RegionRef } from "./references.js";

/** Rows grouped by the keys each belongs to, in one pass over the batch. */
function groupBy<T>(rows: readonly T[], keysOf: (row: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

@Resolver(() => RegionRef)
export class RegionNetworksResolver {
  @FieldResolver(() => [Network], {
    nullable: true,
    description: "Networks covering the region or run by its youth office.",
  })
  async networks(@Root() region: RegionRef, @Ctx() ctx: Context) {
    const loader = ctx.loader<string, Network[]>("region.networks", async (keys) => {
      const rows = await ctx.em.find(
        Network,
        { $or: [{ regionKey: { $in: [...keys] } }, { responsibleDistrictKey: { $in: [...keys] } }] },
        { orderBy: { name: "asc" } },
      );
      const byRegion = groupBy(rows, (n) => [...new Set([n.regionKey, n.responsibleDistrictKey ?? n.regionKey])]);
      return keys.map((key) => byRegion.get(key) ?? []);
    });
    return (await loader.load(region.key)) ?? [];
  }
}
