import { NETWORK_DESCRIPTION, Versioned } from "@kinderschutz/subgraph-kit";
import { Collection, type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { NetworkKind, NetworkStatus } from "./network.enums.js";

@ObjectType({ description: NETWORK_DESCRIPTION })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ["responsibleDistrictKey", "name"] })
@Index({ properties: ["regionKey", "name"] })
@Index({ properties: ["responsibleOfficeId"] })
@Index({ properties: ["parent"] })
export class Network extends Versioned {
  @Field(() => ID, { description: "The network's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "The network's name." })
  @Property({ type: "string", length: 300 })
  name!: string;

  @Field(() => NetworkKind, { description: "What the network is for." })
  @Enum({ items: () => NetworkKind, nativeEnumName: "network_kind" })
  kind!: NetworkKind;

  @Field(() => NetworkStatus, { description: "Active, dissolved or merged." })
  @Enum({ items: () => NetworkStatus, nativeEnumName: "network_status" })
  status: NetworkStatus & Opt = NetworkStatus.ACTIVE;

  /** The area the network covers (a Region of the organisations subgraph). */
  @Property({ type: "string", length: 12 })
  regionKey!: string;

  /**
   * The district or independent city whose youth office is responsible, and so may change the network; null for
   * statewide networks, which the state office keeps.
   */
  @Field(() => String, {
    nullable: true,
    description: "Key of the district whose youth office is responsible; null for statewide networks.",
  })
  @Property({ type: "string", length: 12, nullable: true })
  responsibleDistrictKey?: string;

  /** The responsible youth office (an Organisation of the organisations subgraph). */
  @Property({ type: "uuid", nullable: true })
  responsibleOfficeId?: string;

  /** The coordinator (a Contact of the organisations subgraph). */
  @Property({ type: "uuid", nullable: true })
  coordinatorContactId?: string;

  @Field(() => String, { nullable: true, description: "Day the network was founded or constituted (YYYY-MM-DD)." })
  @Property({ type: "date", nullable: true })
  foundedOn?: string;

  @Field(() => String, { nullable: true, description: "Day the network was dissolved or merged (YYYY-MM-DD)." })
  @Property({ type: "date", nullable: true })
  endedOn?: string;

  @ManyToOne(() => Network, { nullable: true, deleteRule: "restrict" })
  parent?: Rel<Network>;

  @ManyToOne(() => Network, { nullable: true, deleteRule: "restrict" })
  successor?: Rel<Network>;

  @ManyToMany({
    entity: () => Network,
    pivotTable: "network_extension",
    joinColumn: "network_id",
    inverseJoinColumn: "extended_network_id",
  })
  extends = new Collection<Network>(this);

  @Field(() => Int, {
    nullable: true,
    description: "How many plenary meetings a year the network has agreed on (e.g. 3).",
  })
  @Property({ type: "integer", nullable: true })
  plenaryMeetingsPerYear?: number;

  @Field(() => String, { nullable: true, description: "What the network is about, in a few sentences." })
  @Property({ type: "text", nullable: true })
  description?: string;

  /** The owning district, under the name the kit's audit trail and rules look for. */
  get districtKey(): string | undefined {
    return this.responsibleDistrictKey;
  }
}
