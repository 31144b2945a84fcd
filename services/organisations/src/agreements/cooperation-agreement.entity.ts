import { Versioned, type FollowsOwnerRecord, graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";
import { Collection, type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";

export const LegalBasis = graphqlEnum("LegalBasis", "The legal basis of a cooperation agreement.", {
  SGB_VIII_8A: "Protection mandate in case of risk to a child's welfare (SGB VIII §8a).",
  KKG_3: "Binding network structures in child protection (KKG §3).",
  KKG_4: "Advice and transfer of information by professional secrecy holders (KKG §4).",
  OTHER: "Another basis (sonstige).",
});
export type LegalBasis = EnumValue<typeof LegalBasis>;

export const AgreementStatus = graphqlEnum("AgreementStatus", "Where a cooperation agreement stands.", {
  PLANNED: "Being prepared (geplant).",
  SIGNED: "In force (unterzeichnet).",
  EXPIRED: "No longer in force (ausgelaufen).",
});
export type AgreementStatus = EnumValue<typeof AgreementStatus>;

@ObjectType({ description: "A cooperation agreement (Kooperationsvereinbarung) between organisations." })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ["districtKey"] })
export class CooperationAgreement extends Versioned implements FollowsOwnerRecord {
  @Field(() => ID, { description: "The agreement's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "Title of the agreement." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => LegalBasis, { description: "The legal basis it rests on." })
  @Enum({ items: () => LegalBasis, nativeEnumName: "legal_basis" })
  legalBasis!: LegalBasis;

  @Field(() => AgreementStatus, { description: "Where it stands: planned, signed or expired." })
  @Enum({ items: () => AgreementStatus, nativeEnumName: "agreement_status" })
  status!: AgreementStatus;

  @Field(() => String, { nullable: true, description: "Day of signature (YYYY-MM-DD)." })
  @Property({ type: "date", nullable: true })
  signedOn?: string;

  @Field(() => String, { nullable: true, description: "Last day in force (YYYY-MM-DD); null when open-ended." })
  @Property({ type: "date", nullable: true })
  validUntil?: string;

  /** The organisation that keeps the record, usually the youth office; its district owns the agreement. */
  @ManyToOne(() => Organisation, { deleteRule: "restrict" })
  keeper!: Rel<Organisation>;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  @ManyToMany({ entity: () => Organisation, pivotTable: "cooperation_agreement_party" })
  parties = new Collection<Organisation>(this);

  /** Moves with its keeper to another district, its change history with it. */
  get ownerRecordId(): string | undefined {
    return this.keeper?.id;
  }
}
