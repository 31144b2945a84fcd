import {
  ChangesArg,
  Connection,
  FilterArg,
  IdArg,
  InputArg,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import { Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";
import { createAgreement, findAgreement, listAgreements, updateAgreement } from "./agreements.service.js";
import { AgreementStatus, CooperationAgreement, LegalBasis } from "./cooperation-agreement.entity.js";

const CooperationAgreementConnection = Connection(CooperationAgreement);

@InputType({ description: "Which cooperation agreements to list." })
class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "Only agreements this organisation is a party to." })
  organisationId?: string;
  @Field(() => [ID], {
    nullable: true,
    description: "Only agreements any of these organisations is a party to (at most 500), e.g. a network's members.",
  })
  organisationIds?: string[];
  @Field(() => String, { nullable: true, description: "Only agreements kept in this district." }) districtKey?: string;
  @Field(() => AgreementStatus, { nullable: true, description: "Only agreements in this status." })
  status?: AgreementStatus;
}

@InputType({ description: "A new cooperation agreement." })
class CreateAgreementInput {
  @Field(() => String, { description: "Title of the agreement (3–300 characters)." }) title!: string;
  @Field(() => LegalBasis, { description: "The legal basis it rests on." }) legalBasis!: LegalBasis;
  @Field(() => AgreementStatus, { description: "Where it stands; a signed agreement needs `signedOn`." })
  status!: AgreementStatus;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) signedOn?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) validUntil?: string;
  @Field(() => ID, { description: "The organisation that keeps the record, usually the youth office." })
  keeperId!: string;
  @Field(() => [ID], { description: "All parties, at least two." }) partyIds!: string[];
}

@InputType({ description: "Changes to a cooperation agreement; omitted fields stay as they are." })
class UpdateAgreementInput {
  @Field(() => String, { nullable: true, description: "New title (3–300 characters)." }) title?: string;
  @Field(() => LegalBasis, { nullable: true, description: "New legal basis." }) legalBasis?: LegalBasis;
  @Field(() => AgreementStatus, {
    nullable: true,
    description: "New status; a signed agreement needs a day of signature.",
  })
  status?: AgreementStatus;
  @Field(() => String, { nullable: true, description: "Day of signature (YYYY-MM-DD)." }) signedOn?: string;
  @Field(() => String, { nullable: true, description: "Last day in force (YYYY-MM-DD)." }) validUntil?: string;
  @Field(() => [ID], { nullable: true, description: "All parties, at least two; replaces the current ones." })
  partyIds?: string[];
}

@Resolver(() => CooperationAgreement)
export class AgreementResolver {
  @Query(() => CooperationAgreementConnection, {
    nullable: true,
    description: "Cooperation agreements ordered by title.",
  })
  cooperationAgreements(
    @FilterArg(AgreementFilter, "Which agreements; all when omitted.")
    filter: AgreementFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listAgreements(ctx.em, filter ?? {}, page);
  }

  @Query(() => CooperationAgreement, {
    nullable: true,
    description: "One cooperation agreement; null when there is none with this id.",
  })
  cooperationAgreement(@IdArg("agreement") id: string, @Ctx() ctx: Context) {
    return findAgreement(ctx.em, id);
  }

  @FieldResolver(() => Organisation, { description: "The organisation that keeps the record." })
  keeper(@Root() agreement: CooperationAgreement, @Ctx() ctx: Context) {
    return loadOne(ctx, Organisation, "id", agreement.keeper.id);
  }

  @FieldResolver(() => [Organisation], { description: "The organisations that are parties to the agreement." })
  async parties(@Root() agreement: CooperationAgreement, @Ctx() ctx: Context) {
    const loader = ctx.loader<string, Organisation[]>("agreement.parties", async (ids) => {
      const agreements = await ctx.em.find(CooperationAgreement, { id: { $in: ids } }, { populate: ["parties"] });
      const byId = new Map(agreements.map((a) => [a.id, a.parties.getItems()]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    return (await loader.load(agreement.id)) ?? [];
  }

  @Mutation(() => CooperationAgreement, {
    description: "Adds a cooperation agreement (state office; a youth office when the keeper is in its district).",
  })
  createCooperationAgreement(
    @InputArg(CreateAgreementInput, "The new agreement.") input: CreateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return createAgreement(ctx.em, ctx.caller, input);
  }

  @Mutation(() => CooperationAgreement, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateCooperationAgreement(
    @IdArg("agreement") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgreement(ctx.em, ctx.caller, id, version, input);
  }
}
