import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Field, ObjectType } from "type-graphql";
import { WorkingGroupKind, WorkingGroupStatus } from "./working-group.enums.js";
import type { FollowsOwnerRecord } from "@kinderschutz/subgraph-kit";
import { NetworkPart } from "../networks/network-part.entity.js";

@ObjectType({ description: "A working group (Arbeitskreis / Arbeitsgruppe) of a network." })
@Entity()
@Index({ properties: ["network", "name"] })
export class WorkingGroup extends NetworkPart {
  @Field(() => String, { description: "The group's name." })
  @Property({ type: "string", length: 300 })
  name!: string;

  @Field(() => WorkingGroupKind, { description: "Standing or temporary." })
  @Enum({ items: () => WorkingGroupKind, nativeEnumName: "working_group_kind" })
  kind!: WorkingGroupKind;

  @Field(() => WorkingGroupStatus, { description: "Active, closed or carried on outside the network." })
  @Enum({ items: () => WorkingGroupStatus, nativeEnumName: "working_group_status" })
  status: WorkingGroupStatus & Opt = WorkingGroupStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  @Property({ type: "date", nullable: true })
  foundedOn?: string;

  @Field(() => String, { nullable: true, description: "Day it closed or left the network (YYYY-MM-DD)." })
  @Property({ type: "date", nullable: true })
  endedOn?: string;

  /** Where a group that left the network carries on (an Organisation), e.g. a clinic for its internal group. */
  @Property({ type: "uuid", nullable: true })
  continuedByOrganisationId?: string;

  @Field(() => String, { nullable: true, description: "What became of the group, e.g. 'klinikinterner Arbeitskreis'." })
  @Property({ type: "string", length: 500, nullable: true })
  statusNote?: string;
}

/** An organisation taking part in a working group. */
@Entity()
@Unique({ properties: ["workingGroup", "organisationId"] })
export class WorkingGroupMember implements FollowsOwnerRecord {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => WorkingGroup, { deleteRule: "cascade" })
  workingGroup!: Rel<WorkingGroup>;

  @Property({ type: "uuid" })
  organisationId!: string;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  /** The network (not the group): only a network is handed to another district, with everything in it. */
  get ownerRecordId(): string | undefined {
    return this.workingGroup?.network?.id;
  }
}
