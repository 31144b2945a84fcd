import { ForbiddenError, today, type Context } from "@kinderschutz/subgraph-kit";
import { Region } from "./region.entity.js";
import { isOfficeDistrictOn } from "./regions.rules.js";

/**
 * A youth office's token names its district; this subgraph holds the regions and so can tell whether that
 * district exists today. One whose district is dissolved, unknown or no district at all changes nothing.
 */
export async function assertCallerDistrictExists(ctx: Context): Promise<void> {
  const { caller } = ctx;
  if (caller.role !== "YOUTH_OFFICE") return;
  const region = await ctx.em.findOne(Region, { key: caller.districtKey });
  if (!isOfficeDistrictOn(region, today())) {
    throw new ForbiddenError(
      `The token's district ${caller.districtKey} is no district or independent city that exists today: a youth office of a dissolved or unknown district changes nothing.`,
      "OTHER_DISTRICT",
    );
  }
}
