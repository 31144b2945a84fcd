import { InputArg, type Context } from "@kinderschutz/subgraph-kit";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { ConsultationBudget, CooperationPool } from "./budget.entities.js";
import { findPool, listBudgets, setConsultationBudget, setCooperationPool } from "./budgets.service.js";

@InputType({ description: "A youth office's contingent for a year." })
class SetConsultationBudgetInput {
  @Field(() => ID, { description: "The youth office (Organisation id)." }) youthOfficeId!: string;
  @Field(() => String, { description: "Key of the youth office's district." }) districtKey!: string;
  @Field(() => Int, { description: "The year of the contingent." }) year!: number;
  @Field(() => Float, { description: "Days, in half-day steps." }) allocatedDays!: number;
  @Field(() => String, { description: "Why the contingent is set or changed (kept in the change history)." })
  reason!: string;
}

@InputType({ description: "The cooperation pool of a year." })
class SetCooperationPoolInput {
  @Field(() => Int, { description: "The year of the pool." }) year!: number;
  @Field(() => Float, { description: "Days, in half-day steps." }) allocatedDays!: number;
  @Field(() => String, { description: "Why the pool is set or changed (kept in the change history)." }) reason!: string;
}

@Resolver(() => ConsultationBudget)
export class BudgetResolver {
  @Query(() => [ConsultationBudget], {
    nullable: true,
    description: "The contingents of a year (a youth office sees its own).",
  })
  consultationBudgets(
    @Arg("year", () => Int, { description: "The year of the contingents." }) year: number,
    @Arg("regionKey", () => String, {
      nullable: true,
      description: "Only the districts inside this region: a state's key (e.g. 13) or a district's; all when omitted.",
    })
    regionKey: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return listBudgets(ctx.em, ctx.caller, year, regionKey);
  }

  @Query(() => CooperationPool, { nullable: true, description: "The cooperation pool of a year." })
  cooperationPool(@Arg("year", () => Int, { description: "The year of the pool." }) year: number, @Ctx() ctx: Context) {
    return findPool(ctx.em, year);
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: "The youth office." })
  youthOffice(@Root() budget: ConsultationBudget) {
    return organisationRef(budget.youthOfficeId);
  }

  @Mutation(() => ConsultationBudget, {
    description: "Sets a youth office's contingent for a year (state office); never below the booked days.",
  })
  setConsultationBudget(
    @InputArg(SetConsultationBudgetInput, "The office, the year, the days and why.")
    input: SetConsultationBudgetInput,
    @Ctx() ctx: Context,
  ) {
    return setConsultationBudget(ctx.em, ctx.caller, input);
  }

  @Mutation(() => CooperationPool, {
    description: "Sets the cooperation pool of a year (state office); never below the booked days.",
  })
  setCooperationPool(
    @InputArg(SetCooperationPoolInput, "The year, the days and why.")
    input: SetCooperationPoolInput,
    @Ctx() ctx: Context,
  ) {
    return setCooperationPool(ctx.em, ctx.caller, input);
  }
}
