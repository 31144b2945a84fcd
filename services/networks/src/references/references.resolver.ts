import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Membership } from "../memberships/membership.entity.js";
import { Network } from "../networks/network.entity.js";
import { activeDay, isCurrentOn } from "../memberships/memberships.rules.js";
import { OrganisationRef, RegionRef } from "./references.js";

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

@Resolver(() => OrganisationRef)
export class OrganisationNetworksResolver {
  @FieldResolver(() => [Membership], { nullable: true, description: "The organisation's memberships in networks, ended ones included." })
  memberships(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    return loadMany(ctx, Membership, "organisationId", organisation.id, { orderBy: { since: "asc" } });
  }

  @FieldResolver(() => [Network], { nullable: true, description: "The networks the organisation is a member of now (or on `activeOn`)." })
  async networks(
    @Root() organisation: OrganisationRef,
    @Arg("activeOn", () => String, { nullable: true, description: "YYYY-MM-DD; today when omitted." }) activeOn: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const day = activeDay(activeOn);
    const loader = ctx.loader<string, Membership[]>("organisation.networkMemberships", async (ids) => {
      const rows = await ctx.em.find(Membership, { organisationId: { $in: [...ids] } }, { populate: ["network"], orderBy: { network: { name: "asc" } } });
      const byOrganisation = groupBy(rows, (m) => [m.organisationId]);
      return ids.map((id) => byOrganisation.get(id) ?? []);
    });
    const memberships = (await loader.load(organisation.id)) ?? [];
    const networks = new Map<string, Network>();
    for (const m of memberships) if (isCurrentOn(m, day)) networks.set(m.network.id, m.network);
    return [...networks.values()];
  }
}

@Resolver(() => RegionRef)
export class RegionNetworksResolver {
  @FieldResolver(() => [Network], { nullable: true, description: "Networks covering the region or run by its youth office." })
  async networks(@Root() region: RegionRef, @Ctx() ctx: Context) {
    const loader = ctx.loader<string, Network[]>("region.networks", async (keys) => {
      const rows = await ctx.em.find(Network, { $or: [{ regionKey: { $in: [...keys] } }, { responsibleDistrictKey: { $in: [...keys] } }] }, { orderBy: { name: "asc" } });
      const byRegion = groupBy(rows, (n) => [...new Set([n.regionKey, n.responsibleDistrictKey ?? n.regionKey])]);
      return keys.map((key) => byRegion.get(key) ?? []);
    });
    return (await loader.load(region.key)) ?? [];
  }
}
