import { fields, parseInput, yearOf, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { toDays } from "../budgets/days.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";

export interface ConsultationStatisticsFilter {
  year?: number | null;
  districtKeys?: string[] | null;
  kind?: ConsultationKind | null;
  status?: ConsultationStatus | null;
}

/** One group of consultations: a year, a kind, a requesting district and whose days they use. */
export interface ConsultationDayCountLine {
  year: number;
  kind: ConsultationKind;
  districtKey: string;
  youthOfficeId: string;
  chargedTo: ChargedTo;
  consultations: number;
  cancelledConsultations: number;
  requestedDays: number;
  bookedDays: number;
  deliveredDays: number;
}

const filterInput = z.object({
  year: fields.year().nullish(),
  districtKeys: z.array(fields.regionKey()).max(500, { message: "at most 500 district keys" }).nullish(),
  kind: z.enum(ConsultationKind).nullish(),
  status: z.enum(ConsultationStatus).nullish(),
});

interface Row {
  year: number | string;
  kind: ConsultationKind;
  district_key: string;
  youth_office_id: string;
  charged_to: ChargedTo;
  consultations: number | string | null;
  cancelled: number | string | null;
  requested: number | string | null;
  booked: number | string | null;
  delivered: number | string | null;
}

/**
 * Consultations and their days per year, kind, requesting district and charge (contingent or pool), in one
 * GROUP BY. Like the service report, cancelled consultations are counted apart (`cancelledConsultations`) and
 * left out of `consultations` and the days, unless `status: CANCELLED` asks for them. A youth office reads its
 * own district's lines only, the state office and analysts all: counts are not personal, but which other offices
 * asked for what is theirs (the consultation list hides it too).
 */
export async function consultationStatistics(
  em: SqlEntityManager,
  caller: Caller,
  filter: ConsultationStatisticsFilter,
): Promise<ConsultationDayCountLine[]> {
  const { year, districtKeys, kind, status } = parseInput(filterInput, filter, "filter");
  const where: string[] = [];
  const params: unknown[] = [];
  if (year != null) {
    // A range on the stored date (not the computed year) keeps the (status, planned_date) index usable.
    where.push("planned_date >= ? and planned_date <= ?");
    params.push(`${year}-01-01`, `${year}-12-31`);
  }
  let districts = districtKeys == null ? null : [...new Set(districtKeys)];
  if (caller.role === "YOUTH_OFFICE")
    districts = (districts ?? [caller.districtKey]).filter((key) => key === caller.districtKey);
  if (districts) {
    if (districts.length === 0) return [];
    where.push(`requesting_district_key in (${districts.map(() => "?").join(", ")})`);
    params.push(...districts);
  }
  if (kind) {
    where.push("kind = ?");
    params.push(kind);
  }
  if (status) {
    where.push("status = ?");
    params.push(status);
  }
  const counted = status === ConsultationStatus.CANCELLED ? "1 = 1" : `status <> '${ConsultationStatus.CANCELLED}'`;
  const yearColumn = yearOf(em, "planned_date");
  const rows = (await em.execute(
    `select ${yearColumn} as year, kind, requesting_district_key as district_key, requesting_office_id as youth_office_id, charged_to,
       sum(case when ${counted} then 1 else 0 end) as consultations,
       sum(case when status = '${ConsultationStatus.CANCELLED}' then 1 else 0 end) as cancelled,
       sum(case when ${counted} then requested_half_days else 0 end) as requested,
       sum(case when ${counted} then coalesce(booked_half_days, 0) else 0 end) as booked,
       sum(case when ${counted} then coalesce(delivered_half_days, 0) else 0 end) as delivered
     from consultation
     ${where.length ? `where ${where.join(" and ")}` : ""}
     group by ${yearColumn}, kind, requesting_district_key, requesting_office_id, charged_to
     order by 1, 3, 2, 5`,
    params,
  )) as Row[];
  // Sums stay whole half days in the database (PostgreSQL hands bigints back as text); days are exact halves.
  return rows.map((row) => ({
    year: Number(row.year),
    kind: row.kind,
    districtKey: row.district_key,
    youthOfficeId: row.youth_office_id,
    chargedTo: row.charged_to,
    consultations: Number(row.consultations ?? 0),
    cancelledConsultations: Number(row.cancelled ?? 0),
    requestedDays: toDays(Number(row.requested ?? 0)),
    bookedDays: toDays(Number(row.booked ?? 0)),
    deliveredDays: toDays(Number(row.delivered ?? 0)),
  }));
}
