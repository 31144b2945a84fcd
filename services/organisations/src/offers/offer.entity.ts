import { Versioned, type FollowsOwnerRecord, graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";
import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { RecordStatus } from "../organisations/organisation.enums.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { Region } from "../regions/region.entity.js";

export const OfferKind = graphqlEnum("OfferKind", "The form of an offer for children and families.", {
  GROUP: "Group offer (Gruppenangebot).",
  INDIVIDUAL: "Individual support (Einzelangebot).",
  COUNSELLING: "Counselling (Beratung).",
  LEISURE: "Leisure (Freizeitangebot).",
  THERAPEUTIC: "Therapeutic offer (therapeutisches Angebot).",
});
export type OfferKind = EnumValue<typeof OfferKind>;

@ObjectType({ description: "An offer (Angebot) for children and families by a provider, as in an offer catalogue." })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ["districtKey", "title"] })
@Index({ properties: ["provider"] })
export class Offer extends Versioned implements FollowsOwnerRecord {
  @Field(() => ID, { description: "The offer's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "Title of the offer." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => OfferKind, { description: "The form of the offer." })
  @Enum({ items: () => OfferKind, nativeEnumName: "offer_kind" })
  kind!: OfferKind;

  @ManyToOne(() => Organisation, { deleteRule: "restrict" })
  provider!: Rel<Organisation>;

  /** Where the offer is available; the provider's region when not given. */
  @ManyToOne(() => Region, { nullable: true, deleteRule: "restrict" })
  region?: Rel<Region>;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  @Field(() => Int, { nullable: true, description: "Youngest age (years) the offer is meant for." })
  @Property({ type: "integer", nullable: true })
  minAge?: number;

  @Field(() => Int, { nullable: true, description: "Oldest age (years) the offer is meant for." })
  @Property({ type: "integer", nullable: true })
  maxAge?: number;

  @Field(() => RecordStatus, { description: "Active, or archived (out of the catalogue, kept for history)." })
  @Enum({ items: () => RecordStatus, nativeEnumName: "record_status" })
  status: RecordStatus & Opt = RecordStatus.ACTIVE;

  /** Moves with its provider to another district, its change history with it. */
  get ownerRecordId(): string | undefined {
    return this.provider?.id;
  }
}
