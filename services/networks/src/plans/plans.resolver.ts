import { ChangesArg, IdArg, InputArg, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { GoalScope, GoalState, PriorityKind } from "./plan.enums.js";
import { removePart } from "../networks/network-parts.service.js";
import { Goal, Priority } from "./plan.entities.js";
import { createGoal, createPriority, updateGoal, updatePriority } from "./plans.service.js";

@InputType({ description: "A priority of a network for a year." })
class CreatePriorityInput {
  @Field(() => ID, { description: "The network that sets the priority." }) networkId!: string;
  @Field(() => Int, { description: "The year it applies to (1990–2100)." }) year!: number;
  @Field(() => PriorityKind, { description: "What kind of priority it is." }) kind!: PriorityKind;
  @Field(() => String, { description: "The priority in a few words." }) title!: string;
}

@InputType({ description: "Changes to a priority; omitted fields stay as they are." })
class UpdatePriorityInput {
  @Field(() => Int, { nullable: true, description: "The year it applies to (1990–2100)." }) year?: number;
  @Field(() => PriorityKind, { nullable: true, description: "What kind of priority it is." }) kind?: PriorityKind;
  @Field(() => String, { nullable: true, description: "The priority in a few words." }) title?: string;
}

@InputType({ description: "A goal: a planned step, work in progress or a result reached." })
class CreateGoalInput {
  @Field(() => ID, { description: "The network whose goal it is." }) networkId!: string;
  @Field(() => String, { description: "The goal in a few words." }) title!: string;
  @Field(() => GoalScope, { description: "Within the network or across networks." }) scope!: GoalScope;
  @Field(() => GoalState, { description: "How far it has come." }) state!: GoalState;
  @Field(() => Int, { nullable: true, description: "The year it is planned for or was reached (1990–2100)." })
  year?: number;
}

@InputType({ description: "Changes to a goal; omitted fields stay as they are." })
class UpdateGoalInput {
  @Field(() => String, { nullable: true, description: "The goal in a few words." }) title?: string;
  @Field(() => GoalScope, { nullable: true, description: "Within the network or across networks." }) scope?: GoalScope;
  @Field(() => GoalState, { nullable: true, description: "How far it has come." }) state?: GoalState;
  @Field(() => Int, { nullable: true, description: "The year it is planned for or was reached (1990–2100)." })
  year?: number;
}

@Resolver()
export class PlansResolver {
  @Mutation(() => Priority, {
    description: "Sets a network a priority for a year (state office; the youth office responsible for the network).",
  })
  createPriority(@InputArg(CreatePriorityInput, "The new priority.") input: CreatePriorityInput, @Ctx() ctx: Context) {
    return createPriority(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Priority, {
    description: "Changes a priority. Fails with CONFLICT when `version` is no longer current.",
  })
  updatePriority(
    @IdArg("priority") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdatePriorityInput) input: UpdatePriorityInput,
    @Ctx() ctx: Context,
  ) {
    return updatePriority(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Removes a priority entered by mistake (recorded in the change history)." })
  removePriority(@IdArg("priority") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Priority, id, version);
  }

  @Mutation(() => Goal, {
    description: "Adds a goal to a network (state office; the youth office responsible for the network).",
  })
  createGoal(@InputArg(CreateGoalInput, "The new goal.") input: CreateGoalInput, @Ctx() ctx: Context) {
    return createGoal(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Goal, { description: "Changes a goal. Fails with CONFLICT when `version` is no longer current." })
  updateGoal(
    @IdArg("goal") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateGoalInput) input: UpdateGoalInput,
    @Ctx() ctx: Context,
  ) {
    return updateGoal(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Removes a goal entered by mistake (recorded in the change history)." })
  removeGoal(@IdArg("goal") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Goal, id, version);
  }
}
