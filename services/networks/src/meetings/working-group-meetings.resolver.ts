import { loadMany, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { WorkingGroup } from "../working-groups/working-group.entity.js";
import { Meeting } from "./meeting.entity.js";

@Resolver(() => WorkingGroup)
export class WorkingGroupMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: "The group's meetings by date." })
  meetings(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return loadMany(ctx, Meeting, "workingGroup", group.id, { orderBy: { date: "asc" } });
  }
}
