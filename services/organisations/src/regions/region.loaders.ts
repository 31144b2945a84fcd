import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import { Region } from "./region.entity.js";

const byKey = (a: Region, b: Region) => a.key.localeCompare(b.key);

/** Successors, predecessors and children of many regions in one round of queries per relation. */
export async function regionRelations(
  ctx: Context,
  relation: "successors" | "predecessors" | "children",
  key: string,
): Promise<Region[]> {
  if (relation === "children") return loadMany(ctx, Region, "parent", key, { orderBy: { key: "asc" } });
  const loader = ctx.loader<string, Region[]>(`region.${relation}`, async (keys) => {
    const regions = await ctx.em.find(Region, { key: { $in: keys } }, { populate: [relation] });
    const found = new Map(regions.map((r) => [r.key, r[relation].getItems().sort(byKey)]));
    return keys.map((k) => found.get(k) ?? []);
  });
  return (await loader.load(key)) ?? [];
}
