import { ChangesArg, IdArg, InputArg, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { Expert } from "./expert.entity.js";
import { createExpert, expertName, listExperts, updateExpert } from "./experts.service.js";

@InputType({ description: "A new expert." })
class CreateExpertInput {
  @Field(() => String, { description: "The expert's name (personal data)." }) name!: string;
  @Field(() => [String], { description: "Professions and disciplines (1–10), e.g. 'Sozialpädagogik'." })
  professions!: string[];
}

@InputType({ description: "Changes to an expert; omitted fields stay as they are." })
class UpdateExpertInput {
  @Field(() => String, { nullable: true, description: "The expert's name (personal data)." }) name?: string;
  @Field(() => [String], {
    nullable: true,
    description: "Professions and disciplines (1–10); replaces the current list.",
  })
  professions?: string[];
  @Field(() => Boolean, { nullable: true, description: "Whether the expert takes on consultations." }) active?: boolean;
}

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => [Expert], { nullable: true, description: "The experts of the practice support." })
  experts(
    @Arg("activeOnly", () => Boolean, {
      defaultValue: true,
      description: "Only the experts who take on consultations.",
    })
    activeOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return listExperts(ctx.em, activeOnly);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Personal data: the state office reads it; others get null with a FORBIDDEN error.",
  })
  name(@Root() expert: Expert, @Ctx() ctx: Context) {
    return expertName(ctx.caller, expert);
  }

  @Mutation(() => Expert, { description: "Adds an expert (state office)." })
  createExpert(@InputArg(CreateExpertInput, "The new expert.") input: CreateExpertInput, @Ctx() ctx: Context) {
    return createExpert(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Expert, { description: "Changes an expert (state office); set `active: false` instead of deleting." })
  updateExpert(
    @IdArg("expert") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateExpertInput) input: UpdateExpertInput,
    @Ctx() ctx: Context,
  ) {
    return updateExpert(ctx.em, ctx.caller, id, version, input);
  }
}
