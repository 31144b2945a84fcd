import { Versioned, graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";
import { Collection, PrimaryKeyProp, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ObjectType } from "type-graphql";

export const RegionKind = graphqlEnum("RegionKind", "Level of a region.", {
  STATE: "Federal state (Bundesland).",
  DISTRICT: "District (Landkreis).",
  INDEPENDENT_CITY: "Independent city (kreisfreie Stadt), with a youth office of its own.",
  MUNICIPALITY: "Municipality (Gemeinde, Stadt, Amt) inside a district.",
});
export type RegionKind = EnumValue<typeof RegionKind>;

/** Districts and independent cities each have one youth office: they are the level that owns records. */
export const OFFICE_LEVEL_KINDS: readonly RegionKind[] = [RegionKind.DISTRICT, RegionKind.INDEPENDENT_CITY];

@ObjectType({
  description:
    "A region with its official key (Amtlicher Gemeindeschlüssel). Regions are versioned: a reorganised region keeps its record with `validUntil` and points to its successors.",
})
@Directive('@key(fields: "key")')
@Entity()
@Index({ properties: ["parent"] })
export class Region extends Versioned {
  [PrimaryKeyProp]?: "key";

  @Field(() => String, {
    description: "Official key (AGS/Kreisschlüssel), e.g. 13071 for Mecklenburgische Seenplatte.",
  })
  @PrimaryKey({ type: "string", length: 12 })
  key!: string;

  @Field(() => String, { description: "The region's name, e.g. Landkreis Rostock." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => RegionKind, { description: "Level of the region: state, district, independent city or municipality." })
  @Enum({ items: () => RegionKind, nativeEnumName: "region_kind" })
  kind!: RegionKind;

  @ManyToOne(() => Region, { nullable: true, deleteRule: "restrict" })
  parent?: Rel<Region>;

  @Field(() => String, {
    nullable: true,
    description: "First day of this region's existence in this form (YYYY-MM-DD); null when unknown.",
  })
  @Property({ type: "date", nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: "Last day of this region (YYYY-MM-DD); null while it exists." })
  @Property({ type: "date", nullable: true })
  validUntil?: string;

  @ManyToMany({
    entity: () => Region,
    pivotTable: "region_succession",
    joinColumn: "predecessor_key",
    inverseJoinColumn: "successor_key",
  })
  successors = new Collection<Region>(this);

  @ManyToMany({ entity: () => Region, mappedBy: (r: Region) => r.successors })
  predecessors = new Collection<Region>(this);
}
