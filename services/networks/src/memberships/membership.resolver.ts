import { loadOne, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { MembershipRole } from "../networks/network.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { Membership } from "./membership.entity.js";
import { addMembership, endMembership, updateMembership } from "./memberships.service.js";

@InputType({ description: "An organisation joining a network." })
class AddMembershipInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) since?: string;
}

@InputType()
class UpdateMembershipInput {
  @Field(() => MembershipRole, { nullable: true }) role?: MembershipRole;
  @Field(() => String, { nullable: true }) since?: string;
}

@InputType()
class EndMembershipInput {
  @Field(() => String, { description: "Last day of the membership (YYYY-MM-DD)." }) until!: string;
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => OrganisationRef, { description: "The member organisation." })
  organisation(@Root() membership: Membership) {
    return organisationRef(membership.organisationId);
  }

  @FieldResolver(() => Network)
  network(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", membership.network.id);
  }

  @Mutation(() => Membership)
  addMembership(@Arg("input", () => AddMembershipInput) input: AddMembershipInput, @Ctx() ctx: Context) {
    return addMembership(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Membership, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateMembership(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => UpdateMembershipInput) input: UpdateMembershipInput, @Ctx() ctx: Context) {
    return updateMembership(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Membership, { description: "Ends a membership; it stays in the network's history." })
  endMembership(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => EndMembershipInput) input: EndMembershipInput, @Ctx() ctx: Context) {
    return endMembership(ctx.em, ctx.caller, id, version, input);
  }
}
