import { ChangesArg, InputArg, loadOne, today, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Region, RegionKind } from "./region.entity.js";
import { createRegion, dissolveRegion, listRegions, updateRegion } from "./regions.service.js";
import { regionRelations } from "./region.loaders.js";

const RegionKeyArg = () => Arg("key", () => String, { description: "The region's official key." });

@ArgsType()
class RegionFilterArgs {
  @Field(() => RegionKind, { nullable: true, description: "Only regions of this level." })
  kind?: RegionKind;

  @Field(() => String, {
    nullable: true,
    description: "Only regions directly inside this region (e.g. the districts of state 13).",
  })
  parentKey?: string;

  @Field(() => String, {
    nullable: true,
    description: "Only regions that existed on this day (YYYY-MM-DD); all when omitted, dissolved ones included.",
  })
  validOn?: string;

  @Field(() => [String], {
    nullable: true,
    description: "Only the regions with these keys (at most 100), e.g. to name them.",
  })
  keys?: string[];
}

@InputType({ description: "A new region." })
class CreateRegionInput {
  @Field(() => String, { description: "Official key (AGS/Kreisschlüssel), e.g. 13071." }) key!: string;
  @Field(() => String, { description: "The region's name." }) name!: string;
  @Field(() => RegionKind, { description: "Level of the region." }) kind!: RegionKind;
  @Field(() => String, { nullable: true, description: "Key of the region it lies in." }) parentKey?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) validFrom?: string;
}

@InputType({ description: "Changes to a region; omitted fields stay as they are." })
class UpdateRegionInput {
  @Field(() => String, { nullable: true, description: "New name." }) name?: string;
  @Field(() => RegionKind, { nullable: true, description: "New level." }) kind?: RegionKind;
  @Field(() => String, { nullable: true, description: "Key of the region it lies in." }) parentKey?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) validFrom?: string;
}

@InputType({ description: "The end of a region and the regions that took over." })
class DissolveRegionInput {
  @Field(() => String, { description: "Last day of the region (YYYY-MM-DD)." }) validUntil!: string;
  @Field(() => [String], { description: "Keys of the regions that took over." }) successorKeys!: string[];
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    nullable: true,
    description: "Regions ordered by key, dissolved ones included unless `validOn` is given.",
  })
  regions(@Args(() => RegionFilterArgs) filter: RegionFilterArgs, @Ctx() ctx: Context) {
    return listRegions(ctx.em, filter);
  }

  @Query(() => Region, { nullable: true, description: "A region by its official key." })
  region(@RegionKeyArg() key: string, @Ctx() ctx: Context) {
    return loadOne(ctx, Region, "key", key);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region this one lies in." })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return loadOne(ctx, Region, "key", region.parent?.key);
  }

  @FieldResolver(() => [Region], { description: "The regions that took over when this one was dissolved." })
  successors(@Root() region: Region, @Ctx() ctx: Context) {
    return regionRelations(ctx, "successors", region.key);
  }

  @FieldResolver(() => [Region], { description: "The regions this one took over from." })
  predecessors(@Root() region: Region, @Ctx() ctx: Context) {
    return regionRelations(ctx, "predecessors", region.key);
  }

  @FieldResolver(() => [Region], { description: "The regions directly inside this one." })
  children(@Root() region: Region, @Ctx() ctx: Context) {
    return regionRelations(ctx, "children", region.key);
  }

  @FieldResolver(() => Boolean, { description: "Whether the region still exists (no `validUntil` in the past)." })
  current(@Root() region: Region) {
    return !region.validUntil || region.validUntil >= today();
  }

  @Mutation(() => Region, { description: "Adds a region (state office)." })
  createRegion(@InputArg(CreateRegionInput, "The new region.") input: CreateRegionInput, @Ctx() ctx: Context) {
    return createRegion(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Region, { description: "Changes a region (state office)." })
  updateRegion(
    @RegionKeyArg() key: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateRegionInput) input: UpdateRegionInput,
    @Ctx() ctx: Context,
  ) {
    return updateRegion(ctx.em, ctx.caller, key, version, input);
  }

  @Mutation(() => Region, {
    description: "Records that a region was dissolved and which regions took over (state office).",
  })
  dissolveRegion(
    @RegionKeyArg() key: string,
    @VersionArg() version: number,
    @InputArg(DissolveRegionInput, "Its last day and its successors.")
    input: DissolveRegionInput,
    @Ctx() ctx: Context,
  ) {
    return dissolveRegion(ctx.em, ctx.caller, key, version, input);
  }
}
