import { NETWORK_DESCRIPTION, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { Sector } from "../organisations/organisation.enums.js";
import { Region } from "../regions/region.entity.js";
import { sectorCounts, type SectorCountLine } from "./sector-statistics.service.js";

// Counts of organisations by sector are not personal: every role reads them.

@ObjectType({ description: "How many organisations of a set belong to one sector." })
export class SectorCount {
  @Field(() => Sector, { description: "The sector." })
  sector!: Sector;

  @Field(() => Int, { description: "How many of the organisations belong to it." })
  organisations!: number;
}

/** The networks subgraph's network as this subgraph sees it: its key and the member ids it hands over. */
@ObjectType("Network", { description: NETWORK_DESCRIPTION })
@Directive('@key(fields: "id")')
export class NetworkRef {
  @Field(() => ID, { description: "The network's id." })
  id!: string;

  // Resolved by the networks subgraph; declared here so that `memberOrganisationsBySector` can require it.
  @Field(() => [ID], {
    description:
      "Ids of the distinct organisations with a current membership today (what `memberOrganisationsBySector` counts).",
  })
  @Directive("@external")
  currentMemberOrganisationIds?: string[];
}

type WithMemberIds = { currentMemberOrganisationIds?: string[] | null };

/** One request's groups counted together: the loader batches every network (or region) asking. */
function loadSectorCounts(ctx: Context, kind: string, owner: string, ids: readonly string[] | null | undefined) {
  const loader = ctx.loader<string, SectorCountLine[]>(`statistics:${kind}.sectors`, async (keys) => {
    const groups = new Map(keys.map((key) => JSON.parse(key) as [string, string[]]));
    const lines = await sectorCounts(ctx.em, groups);
    return keys.map((key) => lines.get((JSON.parse(key) as [string])[0]) ?? []);
  });
  return loader.load(JSON.stringify([owner, ids ?? []])).then((lines) => lines ?? []);
}

@Resolver(() => NetworkRef)
export class NetworkSectorStatisticsResolver {
  @FieldResolver(() => [SectorCount], {
    nullable: true,
    description:
      "The network's current member organisations counted by sector, most frequent first (counted in the database).",
  })
  @Directive('@requires(fields: "currentMemberOrganisationIds")')
  memberOrganisationsBySector(@Root() network: NetworkRef, @Ctx() ctx: Context) {
    return loadSectorCounts(ctx, "network", network.id, network.currentMemberOrganisationIds);
  }
}

@Resolver(() => Region)
export class RegionSectorStatisticsResolver {
  // Resolved by the networks subgraph (it knows the memberships, federation hands it this region's predecessors);
  // declared here so that `memberOrganisationsBySector` can require it.
  @FieldResolver(() => [ID], {
    description:
      "Ids of the distinct organisations with a current membership in a working network of this region or of its dissolved predecessors (what `memberOrganisationsBySector` counts).",
  })
  @Directive("@external")
  currentMemberOrganisationIds(@Root() region: Region & WithMemberIds) {
    return region.currentMemberOrganisationIds ?? [];
  }

  @FieldResolver(() => [SectorCount], {
    nullable: true,
    description:
      "The current member organisations of the working networks of this region and of its dissolved predecessors, counted by sector, most frequent first (counted in the database).",
  })
  @Directive('@requires(fields: "currentMemberOrganisationIds")')
  memberOrganisationsBySector(@Root() region: Region & WithMemberIds, @Ctx() ctx: Context) {
    return loadSectorCounts(ctx, "region", region.key, region.currentMemberOrganisationIds);
  }
}
