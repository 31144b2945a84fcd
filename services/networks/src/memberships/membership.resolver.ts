import { ChangesArg, IdArg, InputArg, loadOne, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { MembershipRole } from "./membership.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { Membership } from "./membership.entity.js";
import { addMembership, endMembership, updateMembership } from "./memberships.service.js";

@InputType({ description: "An organisation joining a network." })
class AddMembershipInput {
  @Field(() => ID, { description: "The network it joins." }) networkId!: string;
  @Field(() => ID, { description: "The organisation that joins." }) organisationId!: string;
  @Field(() => MembershipRole, { description: "The part it plays in the network." }) role!: MembershipRole;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) since?: string;
}

@InputType({ description: "Changes to a membership; omitted fields stay as they are." })
class UpdateMembershipInput {
  @Field(() => MembershipRole, { nullable: true, description: "The new part it plays in the network." })
  role?: MembershipRole;
  @Field(() => String, { nullable: true, description: "First day of the membership (YYYY-MM-DD)." }) since?: string;
}

@InputType({ description: "When a membership ends." })
class EndMembershipInput {
  @Field(() => String, { description: "Last day of the membership (YYYY-MM-DD)." }) until!: string;
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => OrganisationRef, { nullable: true, description: "The member organisation." })
  organisation(@Root() membership: Membership) {
    return organisationRef(membership.organisationId);
  }

  @FieldResolver(() => Network, { description: "The network the organisation belongs to." })
  network(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", membership.network.id);
  }

  @Mutation(() => Membership, {
    description: "Adds an organisation to a network (state office; the youth office responsible for the network).",
  })
  addMembership(@InputArg(AddMembershipInput, "The new membership.") input: AddMembershipInput, @Ctx() ctx: Context) {
    return addMembership(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Membership, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateMembership(
    @IdArg("membership") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateMembershipInput) input: UpdateMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return updateMembership(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Membership, { description: "Ends a membership; it stays in the network's history." })
  endMembership(
    @IdArg("membership") id: string,
    @VersionArg() version: number,
    @InputArg(EndMembershipInput, "Its last day.") input: EndMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return endMembership(ctx.em, ctx.caller, id, version, input);
  }
}
