import {
  ChangesArg,
  Connection,
  FilterArg,
  IdArg,
  InputArg,
  loadMany,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import { Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { WorkingGroup } from "../working-groups/working-group.entity.js";
import { AgendaItem, Meeting, MeetingAttendance } from "./meeting.entity.js";
import { createMeeting, listMeetings, updateMeeting } from "./meetings.service.js";

const MeetingConnection = Connection(Meeting);

@InputType({ description: "Which meetings to list (across networks)." })
class MeetingFilter {
  @Field(() => Int, { nullable: true, description: "Only meetings in this calendar year." }) year?: number;
  @Field(() => MeetingKind, { nullable: true, description: "Only meetings of this kind." }) kind?: MeetingKind;
  @Field(() => MeetingStatus, { nullable: true, description: "Only meetings in this status." }) status?: MeetingStatus;
  @Field(() => String, {
    nullable: true,
    description: "Meetings of networks this district's youth office is responsible for.",
  })
  districtKey?: string;
  @Field(() => String, { nullable: true, description: "From this day on (YYYY-MM-DD)." }) from?: string;
  @Field(() => String, { nullable: true, description: "Up to this day (YYYY-MM-DD)." }) to?: string;
}

@InputType({ description: "An agenda item." })
class AgendaItemInput {
  @Field(() => String, { description: "What the item is about (at most 500 characters)." }) topic!: string;
  @Field(() => ID, { nullable: true, description: "The organisation presenting the item." })
  presentingOrganisationId?: string;
}

@InputType({ description: "A new meeting. Anonymous case consultations take no minutes and no agenda." })
class CreateMeetingInput {
  @Field(() => ID, { description: "The network that meets." }) networkId!: string;
  @Field(() => ID, { nullable: true, description: "For a working group's meeting." }) workingGroupId?: string;
  @Field(() => MeetingKind, { description: "What kind of meeting it is." }) kind!: MeetingKind;
  @Field(() => String, { description: "YYYY-MM-DD" }) date!: string;
  @Field(() => String, { nullable: true, description: "Time it starts (HH:MM, local time)." }) startTime?: string;
  @Field(() => MeetingStatus, { nullable: true, description: "Defaults to HELD for past days, PLANNED otherwise." })
  status?: MeetingStatus;
  @Field(() => String, { nullable: true, description: "Where it takes place." }) place?: string;
  @Field(() => String, { nullable: true, description: "Short title, e.g. the Fachtag's theme." }) title?: string;
  @Field(() => Int, { nullable: true, description: "How many professionals took part; only for held meetings." })
  participantCount?: number;
  @Field(() => String, { nullable: true, description: "Minutes (Protokoll); not for anonymous case consultations." })
  minutes?: string;
  @Field(() => [AgendaItemInput], {
    nullable: true,
    description: "The agenda in order; not for anonymous case consultations.",
  })
  agenda?: AgendaItemInput[];
  @Field(() => [ID], { nullable: true, description: "Ids of the organisations that attended." })
  attendingOrganisationIds?: string[];
}

@InputType({
  description: "Changes to a meeting; omitted fields stay; a given agenda or attendance list replaces the old one.",
})
class UpdateMeetingInput {
  @Field(() => ID, { nullable: true, description: "The working group whose meeting it is (of the same network)." })
  workingGroupId?: string;
  @Field(() => MeetingKind, { nullable: true, description: "New kind of meeting." }) kind?: MeetingKind;
  @Field(() => String, {
    nullable: true,
    description: "New day (YYYY-MM-DD); a planned meeting moves to today or later.",
  })
  date?: string;
  @Field(() => String, { nullable: true, description: "New start (HH:MM, local time); null when not fixed." })
  startTime?: string;
  @Field(() => MeetingStatus, { nullable: true, description: "New status; not HELD while the day lies in the future." })
  status?: MeetingStatus;
  @Field(() => String, { nullable: true, description: "Where it takes place." }) place?: string;
  @Field(() => String, { nullable: true, description: "Short title, e.g. the Fachtag's theme." }) title?: string;
  @Field(() => Int, { nullable: true, description: "How many professionals took part; only for held meetings." })
  participantCount?: number;
  @Field(() => String, { nullable: true, description: "Minutes (Protokoll); not for anonymous case consultations." })
  minutes?: string;
  @Field(() => [AgendaItemInput], { nullable: true, description: "The whole agenda in order; replaces the old one." })
  agenda?: AgendaItemInput[];
  @Field(() => [ID], { nullable: true, description: "Ids of the organisations that attended; replaces the old list." })
  attendingOrganisationIds?: string[];
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, {
    nullable: true,
    description: "Meetings across networks by date, e.g. a district's upcoming ones.",
  })
  meetings(
    @FilterArg(MeetingFilter, "Which meetings; all when omitted.")
    filter: MeetingFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listMeetings(ctx.em, filter ?? {}, page);
  }

  @FieldResolver(() => Network, { description: "The network that meets." })
  network(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadOne(ctx, Network, "id", meeting.network.id);
  }

  @FieldResolver(() => WorkingGroup, {
    nullable: true,
    description: "The working group whose meeting it is; null for the whole network.",
  })
  workingGroup(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadOne(ctx, WorkingGroup, "id", meeting.workingGroup?.id);
  }

  @FieldResolver(() => [AgendaItem], {
    description: "The agenda in order; always empty for anonymous case consultations.",
  })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadMany(ctx, AgendaItem, "meeting", meeting.id, { orderBy: { position: "asc" } });
  }

  @FieldResolver(() => [OrganisationRef], { nullable: true, description: "Organisations that attended." })
  async attendingOrganisations(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, MeetingAttendance, "meeting", meeting.id);
    return rows.map((a) => organisationRef(a.organisationId)!);
  }

  @Mutation(() => Meeting, {
    description: "Records a meeting (state office; the youth office responsible for the network).",
  })
  createMeeting(@InputArg(CreateMeetingInput, "The new meeting.") input: CreateMeetingInput, @Ctx() ctx: Context) {
    return createMeeting(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Meeting, { description: "Fails with CONFLICT when `version` is no longer current." })
  updateMeeting(
    @IdArg("meeting") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateMeetingInput) input: UpdateMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return updateMeeting(ctx.em, ctx.caller, id, version, input);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => OrganisationRef, { nullable: true, description: "Who presents the item." })
  presentingOrganisation(@Root() item: AgendaItem) {
    return organisationRef(item.presentingOrganisationId);
  }
}
