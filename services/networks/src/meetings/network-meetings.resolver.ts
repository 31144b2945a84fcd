import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { Meeting } from "./meeting.entity.js";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import { meetingsWhere } from "./meetings.service.js";

@Resolver(() => Network)
export class NetworkMeetingsResolver {
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
