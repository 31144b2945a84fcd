import { ChangesArg, IdArg, InputArg, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { DatePrecision } from "./milestone.enums.js";
import { removePart } from "../networks/network-parts.service.js";
import { Milestone } from "./milestone.entity.js";
import { createMilestone, updateMilestone } from "./milestones.service.js";

@InputType({ description: "An entry of a network's history." })
class CreateMilestoneInput {
  @Field(() => ID, { description: "The network whose history it is." }) networkId!: string;
  @Field(() => String, { description: "YYYY-MM-DD (with precision YEAR, e.g. 2008-01-01)." }) date!: string;
  @Field(() => DatePrecision, { nullable: true, description: "Defaults to DAY." }) precision?: DatePrecision;
  @Field(() => String, { description: "What happened, in a few words." }) title!: string;
  @Field(() => String, { nullable: true, description: "More about it." }) description?: string;
}

@InputType({ description: "Changes to a history entry; omitted fields stay as they are." })
class UpdateMilestoneInput {
  @Field(() => String, { nullable: true, description: "New date (YYYY-MM-DD)." }) date?: string;
  @Field(() => DatePrecision, { nullable: true, description: "How exactly the date is known." })
  precision?: DatePrecision;
  @Field(() => String, { nullable: true, description: "What happened, in a few words." }) title?: string;
  @Field(() => String, { nullable: true, description: "More about it." }) description?: string;
}

@Resolver()
export class MilestoneResolver {
  @Mutation(() => Milestone, {
    description: "Adds an entry to a network's history (state office; the youth office responsible for the network).",
  })
  createMilestone(@InputArg(CreateMilestoneInput, "The new entry.") input: CreateMilestoneInput, @Ctx() ctx: Context) {
    return createMilestone(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Milestone, {
    description: "Changes a history entry. Fails with CONFLICT when `version` is no longer current.",
  })
  updateMilestone(
    @IdArg("milestone") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateMilestoneInput) input: UpdateMilestoneInput,
    @Ctx() ctx: Context,
  ) {
    return updateMilestone(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Boolean, {
    description: "Removes a history entry entered by mistake (recorded in the change history).",
  })
  removeMilestone(@IdArg("milestone") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return removePart(ctx.em, ctx.caller, Milestone, id, version);
  }
}
