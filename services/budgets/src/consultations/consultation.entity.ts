import { Versioned } from "@kinderschutz/subgraph-kit";
import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { toDays } from "../budgets/days.js";
import { Expert } from "../experts/expert.entity.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "./consultation.enums.js";

/**
 * One assignment of practice support. Anonymised by design: it holds the kind, dates, days, offices, network and
 * experts, and at most a short neutral title; there is no field for details of a child or family.
 */
@ObjectType({
  description: "A consultation (Beratungseinsatz) of the practice support. Holds no case details by design.",
})
@Entity()
@Index({ properties: ["requestingDistrictKey", "plannedDate"] })
@Index({ properties: ["status", "plannedDate"] })
@Index({ properties: ["budget"] })
@Index({ properties: ["networkId"] })
// The yearly service report groups a year's consultations by budget, pool, kind and status and sums their days:
// with every column it reads in the index, neither database visits the table (at Germany's size 100 → 40 ms on
// SQLite, which otherwise walked all 100,000 rows).
@Index({
  name: "consultation_report_index",
  properties: ["plannedDate", "budget", "pool", "kind", "status", "requestedHalfDays", "bookedHalfDays"],
})
export class Consultation extends Versioned {
  @Field(() => ID, { description: "The consultation's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => ConsultationKind, { description: "The kind of practice support." })
  @Enum({ items: () => ConsultationKind, nativeEnumName: "consultation_kind" })
  kind!: ConsultationKind;

  @Field(() => String, {
    nullable: true,
    description: "A short neutral title (at most 120 characters), never case details.",
  })
  @Property({ type: "string", length: 120, nullable: true })
  title?: string;

  /** The youth office that requested it (an Organisation). */
  @Property({ type: "uuid" })
  requestingOfficeId!: string;

  @Field(() => String, { description: "District key of the requesting youth office." })
  @Property({ type: "string", length: 12 })
  requestingDistrictKey!: string;

  /** An optional network the consultation serves (a Network of the networks subgraph). */
  @Property({ type: "uuid", nullable: true })
  networkId?: string;

  @Field(() => String, { description: "Planned day (YYYY-MM-DD); its year decides the contingent." })
  @Property({ type: "date" })
  plannedDate!: string;

  @Field(() => ConsultationStatus, { description: "Where it stands: requested, approved, delivered or cancelled." })
  @Enum({ items: () => ConsultationStatus, nativeEnumName: "consultation_status" })
  status: ConsultationStatus & Opt = ConsultationStatus.REQUESTED;

  @Field(() => ChargedTo, { description: "Whose days it uses: the office's contingent or the cooperation pool." })
  @Enum({ items: () => ChargedTo, nativeEnumName: "charged_to" })
  chargedTo!: ChargedTo;

  @ManyToOne(() => ConsultationBudget, { nullable: true, deleteRule: "restrict" })
  budget?: Rel<ConsultationBudget>;

  @ManyToOne(() => CooperationPool, { nullable: true, deleteRule: "restrict" })
  pool?: Rel<CooperationPool>;

  @Property({ type: "integer" })
  requestedHalfDays!: number;

  /** What is booked now: the approved days, and after delivery the delivered ones. */
  @Property({ type: "integer", nullable: true })
  bookedHalfDays?: number;

  @Property({ type: "integer", nullable: true })
  deliveredHalfDays?: number;

  @Field(() => String, { nullable: true, description: "Why it was cancelled." })
  @Property({ type: "string", length: 300, nullable: true })
  cancellationReason?: string;

  @Field(() => Float, { description: "Days requested (half-day steps)." })
  get requestedDays(): Opt<number> {
    return toDays(this.requestedHalfDays);
  }

  @Field(() => Float, {
    nullable: true,
    description: "Days booked against the contingent or pool (approved, then delivered).",
  })
  get bookedDays(): Opt<number> | null {
    return this.bookedHalfDays == null ? null : toDays(this.bookedHalfDays);
  }

  @Field(() => Float, { nullable: true, description: "Days actually delivered." })
  get deliveredDays(): Opt<number> | null {
    return this.deliveredHalfDays == null ? null : toDays(this.deliveredHalfDays);
  }

  /** For the kit's rules and audit trail: the requesting district owns the record. */
  get districtKey(): Opt<string> {
    return this.requestingDistrictKey;
  }
}

/** A youth office taking part in an overregional consultation (besides the requesting one). */
@Entity()
@Unique({ properties: ["consultation", "organisationId"] })
@Index({ properties: ["districtKey"] })
export class ConsultationParticipant {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Consultation, { deleteRule: "cascade" })
  consultation!: Rel<Consultation>;

  @Property({ type: "uuid" })
  organisationId!: string;

  @Property({ type: "string", length: 12 })
  districtKey!: string;
}

/** An expert assigned to a consultation. */
@Entity()
@Unique({ properties: ["consultation", "expert"] })
export class ConsultationExpert {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Consultation, { deleteRule: "cascade" })
  consultation!: Rel<Consultation>;

  @ManyToOne(() => Expert, { deleteRule: "restrict" })
  expert!: Rel<Expert>;
}
