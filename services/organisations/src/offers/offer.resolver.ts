import {
  ChangesArg,
  Connection,
  FilterArg,
  findById,
  IdArg,
  InputArg,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import { Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";
import { RecordStatus } from "../organisations/organisation.enums.js";
import { Region } from "../regions/region.entity.js";
import { Offer, OfferKind } from "./offer.entity.js";
import { createOffer, listOffers, setOfferStatus, updateOffer } from "./offers.service.js";

const OfferConnection = Connection(Offer);

@InputType({ description: "Which offers to list (active ones)." })
class OfferFilter {
  @Field(() => ID, { nullable: true, description: "Only offers of this provider." }) providerId?: string;
  @Field(() => String, { nullable: true, description: "Only offers of providers in this district." })
  districtKey?: string;
  @Field(() => OfferKind, { nullable: true, description: "Only offers of this kind." }) kind?: OfferKind;
  @Field(() => Int, { nullable: true, description: "Only offers meant for a child of this age (years)." }) age?: number;
}

@InputType({ description: "A new offer." })
class CreateOfferInput {
  @Field(() => String, { description: "Title of the offer (3–300 characters)." }) title!: string;
  @Field(() => OfferKind, { description: "The form of the offer." }) kind!: OfferKind;
  @Field(() => ID, { description: "The organisation that provides the offer." }) providerId!: string;
  @Field(() => String, { nullable: true, description: "Where the offer is available, when not the provider's region." })
  regionKey?: string;
  @Field(() => Int, { nullable: true, description: "Youngest age (years, 0–27) the offer is meant for." })
  minAge?: number;
  @Field(() => Int, {
    nullable: true,
    description: "Oldest age (years, 0–27) the offer is meant for; not below minAge.",
  })
  maxAge?: number;
}

@InputType({ description: "Changes to an offer; omitted fields stay as they are." })
class UpdateOfferInput {
  @Field(() => String, { nullable: true, description: "New title (3–300 characters)." }) title?: string;
  @Field(() => OfferKind, { nullable: true, description: "New form of the offer." }) kind?: OfferKind;
  @Field(() => String, { nullable: true, description: "Where the offer is available, when not the provider's region." })
  regionKey?: string;
  @Field(() => Int, { nullable: true, description: "Youngest age (years, 0–27) the offer is meant for." })
  minAge?: number;
  @Field(() => Int, { nullable: true, description: "Oldest age (years, 0–27) the offer is meant for." })
  maxAge?: number;
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, {
    nullable: true,
    description: "The offer catalogue (Angebotskatalog), ordered by title.",
  })
  offers(
    @FilterArg(OfferFilter, "Which offers; all active ones when omitted.")
    filter: OfferFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listOffers(ctx.em, filter ?? {}, page);
  }

  @Query(() => Offer, {
    nullable: true,
    description: "One offer, also an archived one; null when there is none with this id.",
  })
  offer(@IdArg("offer") id: string, @Ctx() ctx: Context) {
    return findById(ctx.em, Offer, id);
  }

  @FieldResolver(() => Organisation, { description: "The organisation that provides the offer." })
  provider(@Root() offer: Offer, @Ctx() ctx: Context) {
    return loadOne(ctx, Organisation, "id", offer.provider.id);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: "Where the offer is available; the provider's region when not set.",
  })
  async region(@Root() offer: Offer, @Ctx() ctx: Context) {
    if (offer.region) return loadOne(ctx, Region, "key", offer.region.key);
    const provider = await loadOne(ctx, Organisation, "id", offer.provider.id);
    return loadOne(ctx, Region, "key", provider?.region.key);
  }

  @Mutation(() => Offer, { description: "Adds an offer (state office; a youth office for providers in its district)." })
  createOffer(@InputArg(CreateOfferInput, "The new offer.") input: CreateOfferInput, @Ctx() ctx: Context) {
    return createOffer(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Offer, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateOffer(
    @IdArg("offer") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateOfferInput) input: UpdateOfferInput,
    @Ctx() ctx: Context,
  ) {
    return updateOffer(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Offer, { description: "Takes an offer out of the catalogue (kept for history)." })
  archiveOffer(@IdArg("offer") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return setOfferStatus(ctx.em, ctx.caller, id, version, RecordStatus.ARCHIVED);
  }
}
