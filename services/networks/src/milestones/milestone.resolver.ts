import { type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { DatePrecision } from "../networks/network.enums.js";
import { removePart } from "../networks/network-parts.service.js";
import { Milestone } from "./milestone.entity.js";
import { createMilestone, updateMilestone } from "./milestones.service.js";

@InputType({ description: "An entry of a network's history." })
class CreateMilestoneInput {
  @Field(() => ID) networkId!: string;
  @Field(() => String, { description: "YYYY-MM-DD (with precision YEAR, e.g. 2008-01-01)." }) date!: string;
  @Field(() => DatePrecision, { nullable: true, description: "Defaults to DAY." }) precision?: DatePrecision;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
class UpdateMilestoneInput {
  @Field(() => String, { nullable: true }) date?: string;
  @Field(() => DatePrecision, { nullable: true }) precision?: DatePrecision;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@Resolver()
export class MilestoneResolver {
  @Mutation(() => Milestone)
  createMilestone(@Arg("input", () => CreateMilestoneInput) input: CreateMilestoneInput, @Ctx() ctx: Context) {
    return createMilestone(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Milestone)
  updateMilestone(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => UpdateMilestoneInput) input: UpdateMilestoneInput, @Ctx() ctx: Context) {
    return updateMilestone(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Removes a history entry entered by mistake (recorded in the change history)." })
  removeMilestone(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Milestone, id, version);
  }
}
