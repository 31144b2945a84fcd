import {
  ChangesArg,
  Connection,
  FilterArg,
  findById,
  IdArg,
  InputArg,
  loadMany,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import { Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { Contact } from "../contacts/contact.entity.js";
import { Offer } from "../offers/offer.entity.js";
import { Region } from "../regions/region.entity.js";
import { Organisation } from "./organisation.entity.js";
import { OrganisationKind, RecordStatus, Sector } from "./organisation.enums.js";
import {
  createOrganisation,
  listOrganisations,
  setOrganisationStatus,
  updateOrganisation,
} from "./organisations.service.js";

const OrganisationConnection = Connection(Organisation);

@InputType({ description: "Which organisations to list." })
class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: "Only organisations of this kind." })
  kind?: OrganisationKind;
  @Field(() => Sector, { nullable: true, description: "Only organisations of this sector." }) sector?: Sector;
  @Field(() => String, {
    nullable: true,
    description:
      "Key of a region; a district's key also finds organisations in its municipalities, a state's key (e.g. 13) those of all its districts.",
  })
  regionKey?: string;
  @Field(() => String, { nullable: true, description: "Part of the name (case-insensitive)." }) search?: string;
  @Field(() => RecordStatus, {
    nullable: true,
    description: "ACTIVE (default) or ARCHIVED; every status when `ids` is given.",
  })
  status?: RecordStatus;
  @Field(() => [ID], { nullable: true, description: "Only these organisations (at most 100), e.g. to name them." })
  ids?: string[];
}

@InputType({ description: "A new organisation." })
class CreateOrganisationInput {
  @Field(() => String, { description: "The organisation's name." }) name!: string;
  @Field(() => OrganisationKind, { description: "What kind of organisation it is." }) kind!: OrganisationKind;
  @Field(() => Sector, { nullable: true, description: "Defaults to the usual sector of the kind." }) sector?: Sector;
  @Field(() => String, { description: "Key of the region (district, independent city or municipality)." })
  regionKey!: string;
  @Field(() => String, { nullable: true, description: "Street and number." }) street?: string;
  @Field(() => String, { nullable: true, description: "Postal code (5 digits)." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "Town or city." }) city?: string;
  @Field(() => String, { nullable: true, description: "Web address (http or https)." }) website?: string;
  @Field(() => String, { nullable: true, description: "Functional e-mail address, not a person's." }) email?: string;
}

@InputType({ description: "Changes to an organisation; omitted fields stay as they are, empty text clears a field." })
class UpdateOrganisationInput {
  @Field(() => String, { nullable: true, description: "New name." }) name?: string;
  @Field(() => OrganisationKind, { nullable: true, description: "New kind." }) kind?: OrganisationKind;
  @Field(() => Sector, { nullable: true, description: "New sector." }) sector?: Sector;
  @Field(() => String, {
    nullable: true,
    description: "Key of the new region (district, independent city or municipality).",
  })
  regionKey?: string;
  @Field(() => String, { nullable: true, description: "Street and number." }) street?: string;
  @Field(() => String, { nullable: true, description: "Postal code (5 digits)." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "Town or city." }) city?: string;
  @Field(() => String, { nullable: true, description: "Web address (http or https)." }) website?: string;
  @Field(() => String, { nullable: true, description: "Functional e-mail address, not a person's." }) email?: string;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    nullable: true,
    description: "Organisations ordered by name, a page at a time.",
  })
  organisations(
    @FilterArg(OrganisationFilter, "Which organisations; all active ones when omitted.")
    filter: OrganisationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listOrganisations(ctx.em, filter ?? {}, page);
  }

  @Query(() => Organisation, { nullable: true, description: "An organisation by id; archived ones included." })
  organisation(@IdArg("organisation") id: string, @Ctx() ctx: Context) {
    return findById(ctx.em, Organisation, id);
  }

  @FieldResolver(() => Region, {
    description: "The region (district, independent city or municipality) the organisation is in.",
  })
  region(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loadOne(ctx, Region, "key", organisation.region.key);
  }

  @FieldResolver(() => [Contact], {
    description: "Contact persons; their personal data only for the state office and the owning youth office.",
  })
  contacts(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loadMany(ctx, Contact, "organisation", organisation.id, { orderBy: { function: "asc" } });
  }

  @FieldResolver(() => [Offer], { description: "The organisation's active offers." })
  offers(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loadMany(ctx, Offer, "provider", organisation.id, {
      where: { status: RecordStatus.ACTIVE },
      orderBy: { title: "asc" },
    });
  }

  @Mutation(() => Organisation, {
    description: "Adds an organisation (state office; a youth office in its own district).",
  })
  createOrganisation(
    @InputArg(CreateOrganisationInput, "The new organisation.")
    input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return createOrganisation(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Organisation, {
    description: "Changes an organisation. Fails with CONFLICT when `version` is no longer current.",
  })
  updateOrganisation(
    @IdArg("organisation") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateOrganisationInput)
    input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return updateOrganisation(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Organisation, {
    description: "Archives an organisation (records are never deleted: others refer to them).",
  })
  archiveOrganisation(@IdArg("organisation") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return setOrganisationStatus(ctx.em, ctx.caller, id, version, RecordStatus.ARCHIVED);
  }

  @Mutation(() => Organisation, { description: "Brings an archived organisation back into use." })
  restoreOrganisation(@IdArg("organisation") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return setOrganisationStatus(ctx.em, ctx.caller, id, version, RecordStatus.ACTIVE);
  }
}
