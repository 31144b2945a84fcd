import { FilterArg, loadMany, PageArgs, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { NetworkConnection, NetworkFilter } from "../networks/network.resolver.js";
import { Meeting } from "./meeting.entity.js";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import { listNetworksWithoutMeeting, meetingsWhere } from "./meetings.service.js";

@Resolver(() => Network)
export class NetworkMeetingsResolver {
  @Query(() => NetworkConnection, {
    nullable: true,
    description:
      "Active networks without a meeting (held or planned, not cancelled) in the year, ordered by name, a page at a time.",
  })
  networksWithoutMeeting(
    @Arg("year", () => Int, { description: "The calendar year." }) year: number,
    @FilterArg(NetworkFilter, "Which networks to look at; all active ones when omitted.")
    filter: NetworkFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listNetworksWithoutMeeting(ctx.em, year, filter ?? {}, page);
  }

  @FieldResolver(() => [Meeting], { description: "Meetings by date; filter by year, kind and status." })
  meetings(
    @Root() network: Network,
    @Arg("year", () => Int, { nullable: true, description: "Only meetings in this calendar year." })
    year: number | undefined,
    @Arg("kind", () => MeetingKind, { nullable: true, description: "Only meetings of this kind." })
    kind: MeetingKind | undefined,
    @Arg("status", () => MeetingStatus, { nullable: true, description: "Only meetings in this status." })
    status: MeetingStatus | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadMany(ctx, Meeting, "network", network.id, {
      where: meetingsWhere({ year, kind, status }),
      orderBy: { date: "asc" },
      info,
    });
  }
}
