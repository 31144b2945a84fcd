import type { Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { consultationStatistics } from "./consultation-statistics.js";

@ObjectType({
  description:
    "Consultations of one kind requested by one youth office in one year, charged to its contingent or to the cooperation pool.",
})
class ConsultationDayCount {
  @Field(() => Int, { description: "Year of the planned date." }) year!: number;
  @Field(() => ConsultationKind, { description: "The kind of practice support." }) kind!: ConsultationKind;
  @Field(() => String, { description: "Key of the requesting youth office's district." }) districtKey!: string;
  @Field(() => OrganisationRef, { nullable: true, description: "The requesting youth office." })
  youthOffice!: OrganisationRef;
  @Field(() => ChargedTo, {
    description: "Whose days they use: the office's contingent, or the cooperation pool (overregional consultations).",
  })
  chargedTo!: ChargedTo;
  @Field(() => Int, {
    description: "How many consultations: all but cancelled ones (with a status filter: those in that status).",
  })
  consultations!: number;
  @Field(() => Int, {
    description:
      "How many were cancelled; not part of the other counts and days unless the status filter is CANCELLED.",
  })
  cancelledConsultations!: number;
  @Field(() => Float, { description: "Days requested by the counted consultations (half-day steps, exact)." })
  requestedDays!: number;
  @Field(() => Float, {
    description: "Days booked now by the counted consultations: approved ones, and the actual days of delivered ones.",
  })
  bookedDays!: number;
  @Field(() => Float, { description: "Days actually delivered." }) deliveredDays!: number;
}

@Resolver()
export class StatisticsResolver {
  @Query(() => [ConsultationDayCount], {
    nullable: true,
    description:
      "Consultations and their days per year, kind, requesting youth office and charge (contingent or pool), counted in the database. A youth office gets its own district's lines only.",
  })
  async consultationStatistics(
    @Arg("year", () => Int, {
      nullable: true,
      description: "Only this year (of the planned date); all years when omitted.",
    })
    year: number | undefined,
    @Arg("districtKeys", () => [String], {
      nullable: true,
      description:
        "Only consultations requested by these districts' youth offices; for a region with dissolved predecessors, name their keys too (Region.predecessors).",
    })
    districtKeys: string[] | undefined,
    @Arg("kind", () => ConsultationKind, { nullable: true, description: "Only consultations of this kind." })
    kind: ConsultationKind | undefined,
    @Arg("status", () => ConsultationStatus, {
      nullable: true,
      description: "Only consultations in this status; by default all, with cancelled ones counted apart.",
    })
    status: ConsultationStatus | undefined,
    @Ctx() ctx: Context,
  ): Promise<ConsultationDayCount[]> {
    const lines = await consultationStatistics(ctx.em, ctx.caller, { year, districtKeys, kind, status });
    return lines.map(({ youthOfficeId, ...line }) => ({ ...line, youthOffice: organisationRef(youthOfficeId)! }));
  }
}
