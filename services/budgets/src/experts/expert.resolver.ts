import { type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Expert } from "./expert.entity.js";
import { createExpert, expertName, listExperts, updateExpert } from "./experts.service.js";

@InputType({ description: "A new expert." })
class CreateExpertInput {
  @Field(() => String) name!: string;
  @Field(() => [String]) professions!: string[];
}

@InputType()
class UpdateExpertInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => [String], { nullable: true }) professions?: string[];
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => [Expert], { description: "The experts of the practice support." })
  experts(@Arg("activeOnly", () => Boolean, { defaultValue: true }) activeOnly: boolean, @Ctx() ctx: Context) {
    return listExperts(ctx.em, activeOnly);
  }

  @FieldResolver(() => String, { nullable: true, description: "Personal data: the state office reads it; others get null with a FORBIDDEN error." })
  name(@Root() expert: Expert, @Ctx() ctx: Context) {
    return expertName(ctx.caller, expert);
  }

  @Mutation(() => Expert, { description: "Adds an expert (state office)." })
  createExpert(@Arg("input", () => CreateExpertInput) input: CreateExpertInput, @Ctx() ctx: Context) {
    return createExpert(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Expert, { description: "Changes an expert (state office); set `active: false` instead of deleting." })
  updateExpert(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => UpdateExpertInput) input: UpdateExpertInput, @Ctx() ctx: Context) {
    return updateExpert(ctx.em, ctx.caller, id, version, input);
  }
}
