import { Connection, PageArgs, loadOne, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";
import { createAgreement, findAgreement, listAgreements, updateAgreement } from "./agreements.service.js";
import { AgreementStatus, CooperationAgreement, LegalBasis } from "./cooperation-agreement.entity.js";

const CooperationAgreementConnection = Connection(CooperationAgreement);

@InputType({ description: "Which cooperation agreements to list." })
class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "Only agreements this organisation is a party to." }) organisationId?: string;
  @Field(() => String, { nullable: true, description: "Only agreements kept in this district." }) districtKey?: string;
  @Field(() => AgreementStatus, { nullable: true }) status?: AgreementStatus;
}

@InputType({ description: "A new cooperation agreement." })
class CreateAgreementInput {
  @Field(() => String) title!: string;
  @Field(() => LegalBasis) legalBasis!: LegalBasis;
  @Field(() => AgreementStatus) status!: AgreementStatus;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) signedOn?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) validUntil?: string;
  @Field(() => ID, { description: "The organisation that keeps the record, usually the youth office." }) keeperId!: string;
  @Field(() => [ID], { description: "All parties, at least two." }) partyIds!: string[];
}

@InputType({ description: "Changes to a cooperation agreement; omitted fields stay as they are." })
class UpdateAgreementInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => LegalBasis, { nullable: true }) legalBasis?: LegalBasis;
  @Field(() => AgreementStatus, { nullable: true }) status?: AgreementStatus;
  @Field(() => String, { nullable: true }) signedOn?: string;
  @Field(() => String, { nullable: true }) validUntil?: string;
  @Field(() => [ID], { nullable: true }) partyIds?: string[];
}

@Resolver(() => CooperationAgreement)
export class AgreementResolver {
  @Query(() => CooperationAgreementConnection, { description: "Cooperation agreements ordered by title." })
  cooperationAgreements(
    @Arg("filter", () => AgreementFilter, { nullable: true }) filter: AgreementFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listAgreements(ctx.em, filter ?? {}, page);
  }

  @Query(() => CooperationAgreement, { nullable: true })
  cooperationAgreement(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findAgreement(ctx.em, id);
  }

  @FieldResolver(() => Organisation, { description: "The organisation that keeps the record." })
  keeper(@Root() agreement: CooperationAgreement, @Ctx() ctx: Context) {
    return loadOne(ctx, Organisation, "id", agreement.keeper.id);
  }

  @FieldResolver(() => [Organisation])
  async parties(@Root() agreement: CooperationAgreement, @Ctx() ctx: Context) {
    const loader = ctx.loader<string, Organisation[]>("agreement.parties", async (ids) => {
      const agreements = await ctx.em.find(CooperationAgreement, { id: { $in: ids } }, { populate: ["parties"] });
      const byId = new Map(agreements.map((a) => [a.id, a.parties.getItems()]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    return (await loader.load(agreement.id)) ?? [];
  }

  @Mutation(() => CooperationAgreement)
  createCooperationAgreement(@Arg("input", () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return createAgreement(ctx.em, ctx.caller, input);
  }

  @Mutation(() => CooperationAgreement, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateCooperationAgreement(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgreement(ctx.em, ctx.caller, id, version, input);
  }
}
