import { type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { GoalScope, GoalState, PriorityKind } from "../networks/network.enums.js";
import { removePart } from "../networks/network-parts.service.js";
import { Goal, Priority } from "./plan.entities.js";
import { createGoal, createPriority, updateGoal, updatePriority } from "./plans.service.js";

@InputType({ description: "A priority of a network for a year." })
class CreatePriorityInput {
  @Field(() => ID) networkId!: string;
  @Field(() => Int) year!: number;
  @Field(() => PriorityKind) kind!: PriorityKind;
  @Field(() => String) title!: string;
}

@InputType()
class UpdatePriorityInput {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PriorityKind, { nullable: true }) kind?: PriorityKind;
  @Field(() => String, { nullable: true }) title?: string;
}

@InputType({ description: "A goal: a planned step, work in progress or a result reached." })
class CreateGoalInput {
  @Field(() => ID) networkId!: string;
  @Field(() => String) title!: string;
  @Field(() => GoalScope) scope!: GoalScope;
  @Field(() => GoalState) state!: GoalState;
  @Field(() => Int, { nullable: true }) year?: number;
}

@InputType()
class UpdateGoalInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => GoalScope, { nullable: true }) scope?: GoalScope;
  @Field(() => GoalState, { nullable: true }) state?: GoalState;
  @Field(() => Int, { nullable: true }) year?: number;
}

@Resolver()
export class PlansResolver {
  @Mutation(() => Priority)
  createPriority(@Arg("input", () => CreatePriorityInput) input: CreatePriorityInput, @Ctx() ctx: Context) {
    return createPriority(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Priority)
  updatePriority(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => UpdatePriorityInput) input: UpdatePriorityInput, @Ctx() ctx: Context) {
    return updatePriority(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Removes a priority entered by mistake (recorded in the change history)." })
  removePriority(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Priority, id, version);
  }

  @Mutation(() => Goal)
  createGoal(@Arg("input", () => CreateGoalInput) input: CreateGoalInput, @Ctx() ctx: Context) {
    return createGoal(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Goal)
  updateGoal(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() ctx: Context) {
    return updateGoal(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Removes a goal entered by mistake (recorded in the change history)." })
  removeGoal(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Goal, id, version);
  }
}
