import { today, type Context } from "@kinderschutz/subgraph-kit";
import { activeDay } from "../memberships/memberships.rules.js";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { RegionRef } from "../references/references.js";
import {
  coverage,
  meetingCounts,
  networkMemberOrganisationIds,
  regionMemberOrganisationIds,
  type MeetingCountLine,
  type RegionScopes,
} from "./network-statistics.service.js";

// Statistics hold counts and ids of organisations, nothing personal: every role reads them.

@ObjectType({
  description: "How many meetings a network had in a calendar year, by status (working groups' meetings included).",
})
export class NetworkMeetingCount {
  @Field(() => Network, { description: "The network." })
  network!: Network;

  @Field(() => Int, { description: "The calendar year." })
  year!: number;

  @Field(() => Int, { description: "Meetings held (stattgefunden)." })
  held!: number;

  @Field(() => Int, { description: "Meetings still planned (geplant)." })
  planned!: number;

  @Field(() => Int, { description: "Meetings cancelled (abgesagt)." })
  cancelled!: number;
}

@ObjectType({
  description:
    "How well a region is covered by networks on a day: its working networks and their member organisations.",
})
export class NetworkCoverage {
  @Field(() => String, { description: "The day counted (YYYY-MM-DD)." })
  on!: string;

  @Field(() => Int, {
    description:
      "Networks working on that day (founded, not yet ended) that cover the region or are run by its youth office, its dissolved predecessors' included.",
  })
  networks!: number;

  @Field(() => Int, {
    description: "Distinct organisations with a membership current on that day in one of these networks.",
  })
  organisations!: number;
}

/** The region and its dissolved predecessors, as the gateway hands them over for `@requires`. */
type RegionWithPredecessors = RegionRef & { predecessors?: { key: string }[] | null };

const REQUIRES_PREDECESSORS = '@requires(fields: "predecessors { key }")';

/** A request's regions, with their predecessors, as one loader key each. */
const scopeKey = (region: RegionWithPredecessors) =>
  JSON.stringify([region.key, (region.predecessors ?? []).map((p) => p.key)]);
function scopesOf(keys: readonly string[]): RegionScopes {
  return new Map(keys.map((key) => JSON.parse(key) as [string, string[]]));
}
const regionOf = (key: string) => (JSON.parse(key) as [string])[0];

@Resolver()
export class NetworkStatisticsResolver {
  @Query(() => [NetworkMeetingCount], {
    nullable: true,
    description:
      "Meetings per network and year by status, counted in the database. `regionKeys` limits it to the networks covering these regions or run by their youth offices: pass a district with its dissolved predecessors (`Region.predecessors`), or ask `Region.meetingStatistics`, which adds them itself.",
  })
  meetingStatistics(
    @Arg("year", () => Int, { nullable: true, description: "Only this calendar year; every year when omitted." })
    year: number | undefined,
    @Arg("regionKeys", () => [String], {
      nullable: true,
      description: "Only networks of these regions (official keys); all networks when omitted.",
    })
    regionKeys: string[] | undefined,
    @Ctx() ctx: Context,
  ) {
    const scopes: RegionScopes | null = regionKeys
      ? new Map(regionKeys.length ? [[regionKeys[0]!, regionKeys]] : [])
      : null;
    return meetingCounts(ctx.em, scopes, year);
  }
}

@Resolver(() => RegionRef)
export class RegionStatisticsResolver {
  // Region succession is the organisations subgraph's: declared here only so that fields below can require it.
  @FieldResolver(() => [RegionRef], { description: "The regions this one took over from." })
  @Directive("@external")
  predecessors(@Root() region: RegionWithPredecessors) {
    return region.predecessors ?? [];
  }

  @FieldResolver(() => [NetworkMeetingCount], {
    nullable: true,
    description:
      "Meetings per network and year by status for the networks of this region and of its dissolved predecessors, counted in the database.",
  })
  @Directive(REQUIRES_PREDECESSORS)
  async meetingStatistics(
    @Root() region: RegionWithPredecessors,
    @Arg("year", () => Int, { nullable: true, description: "Only this calendar year; every year when omitted." })
    year: number | undefined,
    @Ctx() ctx: Context,
  ) {
    const loader = ctx.loader<string, MeetingCountLine[]>(`statistics:region.meetings:${year ?? ""}`, async (keys) => {
      const lines = await meetingCounts(ctx.em, scopesOf(keys), year);
      return keys.map((key) => lines.filter((line) => line.regionKey === regionOf(key)));
    });
    return (await loader.load(scopeKey(region))) ?? [];
  }

  @FieldResolver(() => NetworkCoverage, {
    nullable: true,
    description:
      "Networks working on a day and their distinct member organisations, for this region and its dissolved predecessors.",
  })
  @Directive(REQUIRES_PREDECESSORS)
  async networkCoverage(
    @Root() region: RegionWithPredecessors,
    @Arg("on", () => String, { nullable: true, description: "The day to count (YYYY-MM-DD); today when omitted." })
    on: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<NetworkCoverage> {
    const day = activeDay(on, "on");
    const loader = ctx.loader<string, NetworkCoverage>(`statistics:region.coverage:${day}`, async (keys) => {
      const lines = await coverage(ctx.em, scopesOf(keys), day);
      return keys.map((key) => ({ on: day, ...lines.get(regionOf(key))! }));
    });
    return (await loader.load(scopeKey(region)))!;
  }

  @FieldResolver(() => [ID], {
    description:
      "Ids of the distinct organisations with a current membership in a working network of this region or of its dissolved predecessors (what `memberOrganisationsBySector` counts).",
  })
  @Directive(REQUIRES_PREDECESSORS)
  async currentMemberOrganisationIds(@Root() region: RegionWithPredecessors, @Ctx() ctx: Context) {
    const day = today();
    const loader = ctx.loader<string, string[]>(`statistics:region.members:${day}`, async (keys) => {
      const lines = await regionMemberOrganisationIds(ctx.em, scopesOf(keys), day);
      return keys.map((key) => lines.get(regionOf(key)) ?? []);
    });
    return (await loader.load(scopeKey(region))) ?? [];
  }
}

@Resolver(() => Network)
export class NetworkMembersStatisticsResolver {
  @FieldResolver(() => [ID], {
    description:
      "Ids of the distinct organisations with a current membership today (what `memberOrganisationsBySector` counts).",
  })
  async currentMemberOrganisationIds(@Root() network: Network, @Ctx() ctx: Context) {
    const day = today();
    const loader = ctx.loader<string, string[]>(`statistics:network.members:${day}`, async (ids) => {
      const lines = await networkMemberOrganisationIds(ctx.em, ids, day);
      return ids.map((id) => lines.get(id) ?? []);
    });
    return (await loader.load(network.id)) ?? [];
  }
}
