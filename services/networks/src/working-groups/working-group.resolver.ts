import { ChangesArg, IdArg, InputArg, loadMany, loadOne, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { WorkingGroupKind, WorkingGroupStatus } from "./working-group.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { WorkingGroup, WorkingGroupMember } from "./working-group.entity.js";
import { createWorkingGroup, updateWorkingGroup } from "./working-groups.service.js";

@InputType({ description: "A new working group." })
class CreateWorkingGroupInput {
  @Field(() => ID, { description: "The network the group belongs to." }) networkId!: string;
  @Field(() => String, { description: "The group's name." }) name!: string;
  @Field(() => WorkingGroupKind, { description: "Standing or temporary." }) kind!: WorkingGroupKind;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) foundedOn?: string;
  @Field(() => [ID], { nullable: true, description: "Member organisations." }) memberIds?: string[];
}

@InputType({ description: "Changes to a working group; closing or leaving the network needs `endedOn`." })
class UpdateWorkingGroupInput {
  @Field(() => String, { nullable: true, description: "New name." }) name?: string;
  @Field(() => WorkingGroupKind, { nullable: true, description: "Standing or temporary." }) kind?: WorkingGroupKind;
  @Field(() => WorkingGroupStatus, { nullable: true, description: "Active, closed or carried on outside the network." })
  status?: WorkingGroupStatus;
  @Field(() => String, { nullable: true, description: "Day it was founded (YYYY-MM-DD)." }) foundedOn?: string;
  @Field(() => String, { nullable: true, description: "Day it closed or left the network (YYYY-MM-DD)." })
  endedOn?: string;
  @Field(() => ID, { nullable: true, description: "Where a group that left the network carries on." })
  continuedByOrganisationId?: string;
  @Field(() => String, { nullable: true, description: "What became of the group (at most 500 characters)." })
  statusNote?: string;
  @Field(() => [ID], { nullable: true, description: "Replaces the member organisations." }) memberIds?: string[];
}

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @FieldResolver(() => Network, { description: "The network the group belongs to." })
  network(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", group.network.id);
  }

  @FieldResolver(() => [OrganisationRef], { nullable: true, description: "Member organisations." })
  async members(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, WorkingGroupMember, "workingGroup", group.id);
    return rows.map((m) => organisationRef(m.organisationId)!);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: "Where the group carries on after leaving the network.",
  })
  continuedBy(@Root() group: WorkingGroup) {
    return organisationRef(group.continuedByOrganisationId);
  }

  @Mutation(() => WorkingGroup, {
    description: "Adds a working group to a network (state office; the youth office responsible for the network).",
  })
  createWorkingGroup(
    @InputArg(CreateWorkingGroupInput, "The new working group.")
    input: CreateWorkingGroupInput,
    @Ctx() ctx: Context,
  ) {
    return createWorkingGroup(ctx.em, ctx.caller, input);
  }

  @Mutation(() => WorkingGroup, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateWorkingGroup(
    @IdArg("working group") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateWorkingGroupInput)
    input: UpdateWorkingGroupInput,
    @Ctx() ctx: Context,
  ) {
    return updateWorkingGroup(ctx.em, ctx.caller, id, version, input);
  }
}
