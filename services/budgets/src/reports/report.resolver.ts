import { ForbiddenError, type Caller, type Context } from "@kinderschutz/subgraph-kit";

/** The statewide report compares all offices: it is for the state office and analysts; youth offices read their own contingent. */
function assertReportReader(caller: Caller): void {
  if (caller.role === "YOUTH_OFFICE") {
    throw new ForbiddenError("The service report is for the state office and analysts; your own contingent is in consultationBudgets.");
  }
}
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ConsultationKind } from "../consultations/consultation.enums.js";
import { OrganisationRef, organisationRef } from "../references/references.js";
import { serviceReport, serviceReportCsv } from "./service-report.js";

@ObjectType({ description: "One youth office's line of the service report." })
class ServiceReportOffice {
  youthOfficeId!: string;
  @Field(() => String) districtKey!: string;
  @Field(() => Float) allocatedDays!: number;
  @Field(() => Float, { description: "Days of requests not yet decided." }) requestedDays!: number;
  @Field(() => Float, { description: "Days booked by approved consultations not yet delivered." }) approvedDays!: number;
  @Field(() => Float) deliveredDays!: number;
  @Field(() => Float) remainingDays!: number;
  @Field(() => Int) deliveredConsultations!: number;
}

@ObjectType({ description: "Consultations of one kind in the year." })
class ServiceReportKind {
  @Field(() => ConsultationKind) kind!: ConsultationKind;
  @Field(() => Int) requested!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) cancelled!: number;
  @Field(() => Float) deliveredDays!: number;
}

@ObjectType({ description: "The cooperation pool's line of the service report." })
class ServiceReportPool {
  @Field(() => Float) allocatedDays!: number;
  @Field(() => Float) approvedDays!: number;
  @Field(() => Float) deliveredDays!: number;
  @Field(() => Float) remainingDays!: number;
}

@ObjectType({ description: "Totals over all youth offices." })
class ServiceReportTotals {
  @Field(() => Float) allocatedDays!: number;
  @Field(() => Float) requestedDays!: number;
  @Field(() => Float) approvedDays!: number;
  @Field(() => Float) deliveredDays!: number;
  @Field(() => Float) remainingDays!: number;
  @Field(() => Int) deliveredConsultations!: number;
}

@ObjectType({ description: "The yearly service report (Leistungen im Projekt): per youth office, per kind, the pool, totals." })
class ServiceReport {
  @Field(() => Int) year!: number;
  @Field(() => [ServiceReportOffice]) offices!: ServiceReportOffice[];
  @Field(() => [ServiceReportKind]) byKind!: ServiceReportKind[];
  @Field(() => ServiceReportPool, { nullable: true }) pool!: ServiceReportPool | null;
  @Field(() => ServiceReportTotals) totals!: ServiceReportTotals;
}

@Resolver(() => ServiceReportOffice)
export class ServiceReportOfficeResolver {
  @FieldResolver(() => OrganisationRef)
  youthOffice(@Root() line: ServiceReportOffice) {
    return organisationRef(line.youthOfficeId);
  }
}

@Resolver()
export class ReportResolver {
  @Query(() => ServiceReport, { description: "The service report of a year, computed in the database." })
  serviceReport(@Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    assertReportReader(ctx.caller);
    return serviceReport(ctx.em, year);
  }

  @Query(() => String, { description: "The service report as CSV (UTF-8 with BOM, semicolons, decimal commas) for spreadsheet software." })
  async serviceReportCsv(@Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    assertReportReader(ctx.caller);
    return serviceReportCsv(await serviceReport(ctx.em, year));
  }
}
