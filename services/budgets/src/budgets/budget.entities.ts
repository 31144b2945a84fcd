import { Versioned } from "@kinderschutz/subgraph-kit";
import { type Opt } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { toDays } from "./days.js";

/**
 * The days of practice support one youth office may use in one year (Beratungskontingent). `bookedHalfDays`
 * counts approved and delivered consultations; it only ever changes in the same statement that checks it
 * against the allocation, so two bookings at the same moment cannot overdraw the budget.
 */
@ObjectType({ description: "A youth office's consultation contingent for one year (Beratungskontingent), in days." })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ["youthOfficeId", "year"] })
@Unique({ properties: ["districtKey", "year"] })
@Index({ properties: ["year", "districtKey"] })
export class ConsultationBudget extends Versioned {
  @Field(() => ID, { description: "The contingent's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The youth office (an Organisation of the organisations subgraph). */
  @Property({ type: "uuid" })
  youthOfficeId!: string;

  /** The district of that youth office: it reads this budget and requests against it. */
  @Field(() => String, { description: "Key of the youth office's district." })
  @Property({ type: "string", length: 12 })
  districtKey!: string;

  @Field(() => Int, { description: "The year the contingent is for." })
  @Property({ type: "integer" })
  year!: number;

  @Property({ type: "integer" })
  allocatedHalfDays!: number;

  @Property({ type: "integer" })
  bookedHalfDays: number & Opt = 0;

  @Field(() => Float, { description: "Days allocated for the year (half-day steps)." })
  get allocatedDays(): Opt<number> {
    return toDays(this.allocatedHalfDays);
  }

  @Field(() => Float, { description: "Days booked by approved and delivered consultations." })
  get bookedDays(): Opt<number> {
    return toDays(this.bookedHalfDays);
  }

  @Field(() => Float, { description: "Days still available: allocated minus booked." })
  get remainingDays(): Opt<number> {
    return toDays(this.allocatedHalfDays - this.bookedHalfDays);
  }
}

/** Extra days for one year, only for consultations delivered as an overregional cooperation of two or more offices. */
@ObjectType({ description: "The yearly cooperation pool (Zusatzkontingent für überregionale Kooperation), in days." })
@Entity()
export class CooperationPool extends Versioned {
  @Field(() => ID, { description: "The pool's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => Int, { description: "The year the pool is for." })
  @Property({ type: "integer", unique: true })
  year!: number;

  @Property({ type: "integer" })
  allocatedHalfDays!: number;

  @Property({ type: "integer" })
  bookedHalfDays: number & Opt = 0;

  @Field(() => Float, { description: "Days allocated for the year." })
  get allocatedDays(): Opt<number> {
    return toDays(this.allocatedHalfDays);
  }

  @Field(() => Float, { description: "Days booked by approved and delivered overregional consultations." })
  get bookedDays(): Opt<number> {
    return toDays(this.bookedHalfDays);
  }

  @Field(() => Float, { description: "Days still available." })
  get remainingDays(): Opt<number> {
    return toDays(this.allocatedHalfDays - this.bookedHalfDays);
  }
}
