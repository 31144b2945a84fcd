import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { OrganisationRef } from "../references/references.js";
import { Membership } from "./membership.entity.js";
import { activeDay, isCurrentOn } from "./memberships.rules.js";

@Resolver(() => OrganisationRef)
export class OrganisationMembershipsResolver {
  @FieldResolver(() => [Membership], {
    nullable: true,
    description: "The organisation's memberships in networks, ended ones included.",
  })
  memberships(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    return loadMany(ctx, Membership, "organisationId", organisation.id, { orderBy: { since: "asc" } });
  }

  @FieldResolver(() => [Network], {
    nullable: true,
    description: "The networks the organisation is a member of now (or on `activeOn`).",
  })
  async networks(
    @Root() organisation: OrganisationRef,
    @Arg("activeOn", () => String, { nullable: true, description: "YYYY-MM-DD; today when omitted." })
    activeOn: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const day = activeDay(activeOn);
    const loader = ctx.loader<string, Membership[]>("organisation.networkMemberships", async (ids) => {
      const rows = await ctx.em.find(
        Membership,
        { organisationId: { $in: [...ids] } },
        { populate: ["network"], orderBy: { network: { name: "asc" } } },
      );
      const byOrganisation = new Map<string, Membership[]>(ids.map((id) => [id, []]));
      for (const row of rows) byOrganisation.get(row.organisationId)?.push(row);
      return ids.map((id) => byOrganisation.get(id) ?? []);
    });
    const memberships = (await loader.load(organisation.id)) ?? [];
    const networks = new Map<string, Network>();
    for (const m of memberships) if (isCurrentOn(m, day)) networks.set(m.network.id, m.network);
    return [...networks.values()];
  }
}
