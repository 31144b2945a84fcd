import { ForbiddenError, type Caller, type Context } from "@kinderschutz/subgraph-kit";

/** The statewide report compares all offices: it is for the state office and analysts; youth offices read their own contingent. */
function assertReportReader(caller: Caller): void {
  if (caller.role === "YOUTH_OFFICE") {
    throw new ForbiddenError(
      "The service report is for the state office and analysts; your own contingent is in consultationBudgets.",
      "STATE_OFFICE_ONLY",
    );
  }
}
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ConsultationKind } from "../consultations/consultation.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { serviceReport, serviceReportCsv } from "./service-report.js";

@ObjectType({ description: "One youth office's line of the service report." })
class ServiceReportOffice {
  youthOfficeId!: string;
  @Field(() => String, { description: "Key of the youth office's district." }) districtKey!: string;
  @Field(() => Float, { description: "Days of the office's contingent for the year." }) allocatedDays!: number;
  @Field(() => Float, { description: "Days of requests not yet decided." }) requestedDays!: number;
  @Field(() => Float, { description: "Days booked by approved consultations not yet delivered." })
  approvedDays!: number;
  @Field(() => Float, { description: "Days of delivered consultations." }) deliveredDays!: number;
  @Field(() => Float, { description: "Days of the contingent still available." }) remainingDays!: number;
  @Field(() => Int, { description: "How many consultations were delivered." }) deliveredConsultations!: number;
}

@ObjectType({ description: "Consultations of one kind in the year." })
class ServiceReportKind {
  @Field(() => ConsultationKind, { description: "The kind of practice support." }) kind!: ConsultationKind;
  @Field(() => Int, { description: "How many are requested and not yet decided." }) requested!: number;
  @Field(() => Int, { description: "How many are approved and not yet delivered." }) approved!: number;
  @Field(() => Int, { description: "How many were delivered." }) delivered!: number;
  @Field(() => Int, { description: "How many were cancelled." }) cancelled!: number;
  @Field(() => Float, { description: "Days of the delivered ones." }) deliveredDays!: number;
}

@ObjectType({ description: "The cooperation pool's line of the service report." })
class ServiceReportPool {
  @Field(() => Float, { description: "Days of the pool for the year." }) allocatedDays!: number;
  @Field(() => Float, { description: "Days booked by approved overregional consultations not yet delivered." })
  approvedDays!: number;
  @Field(() => Float, { description: "Days of delivered overregional consultations." }) deliveredDays!: number;
  @Field(() => Float, { description: "Days of the pool still available." }) remainingDays!: number;
}

@ObjectType({ description: "Totals over all youth offices." })
class ServiceReportTotals {
  @Field(() => Float, { description: "Days of all contingents." }) allocatedDays!: number;
  @Field(() => Float, { description: "Days of requests not yet decided." }) requestedDays!: number;
  @Field(() => Float, { description: "Days booked by approved consultations not yet delivered." })
  approvedDays!: number;
  @Field(() => Float, { description: "Days of delivered consultations." }) deliveredDays!: number;
  @Field(() => Float, { description: "Days of the contingents still available." }) remainingDays!: number;
  @Field(() => Int, { description: "How many consultations were delivered." }) deliveredConsultations!: number;
}

@ObjectType({
  description: "The yearly service report (Leistungen im Projekt): per youth office, per kind, the pool, totals.",
})
class ServiceReport {
  @Field(() => Int, { description: "The year reported on (consultations by planned date)." }) year!: number;
  @Field(() => [ServiceReportOffice], { description: "One line per youth office with a contingent, by district key." })
  offices!: ServiceReportOffice[];
  @Field(() => [ServiceReportKind], { description: "One line per kind of consultation." }) byKind!: ServiceReportKind[];
  @Field(() => ServiceReportPool, { nullable: true, description: "The cooperation pool; null when the year has none." })
  pool!: ServiceReportPool | null;
  @Field(() => ServiceReportTotals, { description: "Sums over the youth offices' lines." })
  totals!: ServiceReportTotals;
}

@Resolver(() => ServiceReportOffice)
export class ServiceReportOfficeResolver {
  @FieldResolver(() => OrganisationRef, { nullable: true, description: "The youth office." })
  youthOffice(@Root() line: ServiceReportOffice) {
    return organisationRef(line.youthOfficeId);
  }
}

@Resolver()
export class ReportResolver {
  @Query(() => ServiceReport, {
    nullable: true,
    description: "The service report of a year, computed in the database.",
  })
  serviceReport(@Arg("year", () => Int, { description: "The year to report on." }) year: number, @Ctx() ctx: Context) {
    assertReportReader(ctx.caller);
    return serviceReport(ctx.em, year);
  }

  @Query(() => String, {
    nullable: true,
    description: "The service report as CSV (UTF-8 with BOM, semicolons, decimal commas) for spreadsheet software.",
  })
  async serviceReportCsv(
    @Arg("year", () => Int, { description: "The year to report on." }) year: number,
    @Ctx() ctx: Context,
  ) {
    assertReportReader(ctx.caller);
    return serviceReportCsv(await serviceReport(ctx.em, year));
  }
}
