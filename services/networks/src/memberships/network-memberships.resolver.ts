import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { Membership } from "./membership.entity.js";
import { MembershipRole } from "./membership.enums.js";
import { activeDay, currentOnWhere } from "./memberships.rules.js";

@Resolver(() => Network)
export class NetworkMembershipsResolver {
  @FieldResolver(() => [Membership], { description: "Memberships, ended ones included unless `activeOn` is given." })
  async memberships(
    @Root() network: Network,
    @Arg("activeOn", () => String, {
      nullable: true,
      description: "Only memberships current on this day (YYYY-MM-DD).",
    })
    activeOn: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = activeOn ? currentOnWhere(activeDay(activeOn)) : {};
    return loadMany(ctx, Membership, "network", network.id, { where, orderBy: { role: "asc", since: "asc" }, info });
  }

  @FieldResolver(() => [OrganisationRef], {
    nullable: true,
    description: "Organisations funding the network now (memberships with role FUNDER).",
  })
  async funders(@Root() network: Network, @Ctx() ctx: Context) {
    const where = { role: MembershipRole.FUNDER, ...currentOnWhere(activeDay(undefined)) };
    const funding = await loadMany(ctx, Membership, "network", network.id, { where, orderBy: { since: "asc" } });
    return funding.map((m) => organisationRef(m.organisationId)!);
  }
}
