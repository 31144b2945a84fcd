import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Field, Int, ObjectType } from "type-graphql";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import type { FollowsOwnerRecord } from "@kinderschutz/subgraph-kit";
import { NetworkPart } from "../networks/network-part.entity.js";
import { WorkingGroup } from "../working-groups/working-group.entity.js";

/**
 * A meeting of a network or one of its working groups. An anonymous case consultation keeps only date, place,
 * attendance and counts: it takes neither agenda nor minutes, so no case details can end up here.
 */
@ObjectType({
  description: "A meeting (Netzwerktreffen, Sitzung, Fachtag, Kinderschutzkonferenz) of a network or working group.",
})
@Entity()
@Index({ properties: ["network", "date"] })
@Index({ properties: ["workingGroup", "date"] })
@Index({ properties: ["districtKey", "date"] })
export class Meeting extends NetworkPart {
  @ManyToOne(() => WorkingGroup, { nullable: true, deleteRule: "restrict" })
  workingGroup?: Rel<WorkingGroup>;

  @Field(() => MeetingKind, { description: "What kind of meeting it is." })
  @Enum({ items: () => MeetingKind, nativeEnumName: "meeting_kind" })
  kind!: MeetingKind;

  @Field(() => String, { description: "Day of the meeting (YYYY-MM-DD)." })
  @Property({ type: "date" })
  date!: string;

  @Field(() => String, { nullable: true, description: "Time it starts (HH:MM, local time); null when not fixed." })
  @Property({ type: "string", length: 5, nullable: true })
  startTime?: string;

  @Field(() => String, {
    nullable: true,
    description: "Where it takes place, e.g. 'großer Sitzungssaal der Kreisverwaltung'.",
  })
  @Property({ type: "string", length: 300, nullable: true })
  place?: string;

  @Field(() => String, { nullable: true, description: "Short title, e.g. the Fachtag's theme." })
  @Property({ type: "string", length: 300, nullable: true })
  title?: string;

  @Field(() => MeetingStatus, { description: "Planned, held or cancelled." })
  @Enum({ items: () => MeetingStatus, nativeEnumName: "meeting_status" })
  status: MeetingStatus & Opt = MeetingStatus.PLANNED;

  @Field(() => Int, { nullable: true, description: "How many professionals took part." })
  @Property({ type: "integer", nullable: true })
  participantCount?: number;

  @Field(() => String, {
    nullable: true,
    description: "Minutes (Protokoll) of what was discussed; never for anonymous case consultations.",
  })
  @Property({ type: "text", nullable: true })
  minutes?: string;
}

@ObjectType({ description: "An item of a meeting's agenda (Tagesordnungspunkt)." })
@Entity()
@Index({ properties: ["meeting", "position"] })
export class AgendaItem implements FollowsOwnerRecord {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: "cascade" })
  meeting!: Rel<Meeting>;

  @Field(() => Int, { description: "Order on the agenda, from 1." })
  @Property({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "What the item is about." })
  @Property({ type: "string", length: 500 })
  topic!: string;

  /** Who presents the item (an Organisation), e.g. the health office on child-health reporting. */
  @Property({ type: "uuid", nullable: true })
  presentingOrganisationId?: string;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  /** The network (not the meeting): only a network is handed to another district, with everything in it. */
  get ownerRecordId(): string | undefined {
    return this.meeting?.network?.id;
  }
}

/** An organisation that attended a meeting. */
@Entity()
@Unique({ properties: ["meeting", "organisationId"] })
@Index({ properties: ["organisationId"] })
export class MeetingAttendance implements FollowsOwnerRecord {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: "cascade" })
  meeting!: Rel<Meeting>;

  @Property({ type: "uuid" })
  organisationId!: string;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  /** The network (not the meeting): only a network is handed to another district, with everything in it. */
  get ownerRecordId(): string | undefined {
    return this.meeting?.network?.id;
  }
}
