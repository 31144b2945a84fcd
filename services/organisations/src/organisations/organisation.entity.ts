import { ORGANISATION_DESCRIPTION, Versioned } from "@kinderschutz/subgraph-kit";
import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Region } from "../regions/region.entity.js";
import { OrganisationKind, RecordStatus, Sector } from "./organisation.enums.js";

/** Official region keys begin with their state's key of two digits. */
export const STATE_KEY_LENGTH = 2;

/** SQL for the state of the region key in `column` (the same text in the indexes and in filters, so they match). */
export const stateOfRegionKey = (column: string) => `substr(${column}, 1, ${STATE_KEY_LENGTH})`;

function stateIndex(name: string, columns: string[]): string {
  return `create index "${name}" on "organisation" (${[stateOfRegionKey('"region_key"'), ...columns.map((c) => `"${c}"`)].join(", ")})`;
}

@ObjectType({ description: ORGANISATION_DESCRIPTION })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ["districtKey", "name"] })
@Index({ properties: ["kind", "name"] })
@Index({ properties: ["name"] })
// Searches within a state (the state office's everyday view) filter on the state, the first two digits of the
// region's official key. Indexed as that expression, so the state needs no column of its own to keep in step.
@Index({
  name: "organisation_state_kind_name_index",
  expression: stateIndex("organisation_state_kind_name_index", ["kind", "name"]),
})
@Index({ name: "organisation_state_name_index", expression: stateIndex("organisation_state_name_index", ["name"]) })
export class Organisation extends Versioned {
  @Field(() => ID, { description: "The organisation's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "The organisation's name." })
  @Property({ type: "string", length: 300 })
  name!: string;

  @Field(() => OrganisationKind, { description: "What kind of organisation it is." })
  @Enum({ items: () => OrganisationKind, nativeEnumName: "organisation_kind" })
  kind!: OrganisationKind;

  @Field(() => Sector, { description: "The professional field it belongs to." })
  @Enum({ items: () => Sector, nativeEnumName: "sector" })
  sector!: Sector;

  @ManyToOne(() => Region, { deleteRule: "restrict" })
  region!: Rel<Region>;

  /**
   * The district or independent city whose youth office keeps this record (the region itself, or the district
   * a municipality lies in). Derived on every save; read by rules and filters without a join.
   */
  @Field(() => String, {
    nullable: true,
    description: "Key of the district or independent city whose youth office keeps this record.",
  })
  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  @Field(() => String, { nullable: true, description: "Street and number." })
  @Property({ type: "string", length: 200, nullable: true })
  street?: string;

  @Field(() => String, { nullable: true, description: "Postal code (Postleitzahl)." })
  @Property({ type: "string", length: 10, nullable: true })
  postalCode?: string;

  @Field(() => String, { nullable: true, description: "Town or city." })
  @Property({ type: "string", length: 100, nullable: true })
  city?: string;

  @Field(() => String, { nullable: true, description: "Web address." })
  @Property({ type: "string", length: 300, nullable: true })
  website?: string;

  @Field(() => String, {
    nullable: true,
    description: "Functional e-mail address of the organisation (not of a person).",
  })
  @Property({ type: "string", length: 254, nullable: true })
  email?: string;

  @Field(() => RecordStatus, { description: "Active, or archived (kept for history and references)." })
  @Enum({ items: () => RecordStatus, nativeEnumName: "record_status" })
  status: RecordStatus & Opt = RecordStatus.ACTIVE;
}
