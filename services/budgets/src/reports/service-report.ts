import { fields, parseInput, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { stringify } from "csv-stringify/sync";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { toDays } from "../budgets/days.js";
import { ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";

export interface OfficeLine {
  youthOfficeId: string;
  districtKey: string;
  allocatedDays: number;
  /** Days of requests not yet decided. */
  requestedDays: number;
  /** Days booked by approved, not yet delivered consultations. */
  approvedDays: number;
  deliveredDays: number;
  remainingDays: number;
  deliveredConsultations: number;
}

export interface KindLine {
  kind: ConsultationKind;
  requested: number;
  approved: number;
  delivered: number;
  cancelled: number;
  deliveredDays: number;
}

export interface PoolLine {
  allocatedDays: number;
  approvedDays: number;
  deliveredDays: number;
  remainingDays: number;
}

export interface ServiceReport {
  year: number;
  offices: OfficeLine[];
  byKind: KindLine[];
  pool: PoolLine | null;
  totals: { allocatedDays: number; requestedDays: number; approvedDays: number; deliveredDays: number; remainingDays: number; deliveredConsultations: number };
}

interface Row {
  budget_id: string | null;
  pool_id: string | null;
  kind: ConsultationKind;
  status: ConsultationStatus;
  consultations: number | string;
  requested: number | string | null;
  booked: number | string | null;
}

/**
 * The yearly overview the state office publishes ("Leistungen im Projekt"): one aggregate query over the
 * consultations of the year, grouped in the database, plus the year's budgets and pool.
 */
export async function serviceReport(em: SqlEntityManager, requestedYear: number): Promise<ServiceReport> {
  const year = parseInput(fields.year(), requestedYear, "year");
  const [rows, budgets, pool] = await Promise.all([
    em.execute(
      `select budget_id, pool_id, kind, status, count(*) as consultations, sum(requested_half_days) as requested, sum(booked_half_days) as booked
       from consultation where planned_date >= ? and planned_date <= ? group by budget_id, pool_id, kind, status`,
      [`${year}-01-01`, `${year}-12-31`],
    ) as Promise<Row[]>,
    em.find(ConsultationBudget, { year }, { orderBy: { districtKey: "asc" } }),
    em.findOne(CooperationPool, { year }),
  ]);
  const sum = (filter: (r: Row) => boolean, field: "requested" | "booked" | "consultations") =>
    rows.filter(filter).reduce((total, r) => total + Number(r[field] ?? 0), 0);

  const offices = budgets.map((budget): OfficeLine => {
    const mine = (status: ConsultationStatus) => (r: Row) => r.budget_id === budget.id && r.status === status;
    return {
      youthOfficeId: budget.youthOfficeId,
      districtKey: budget.districtKey,
      allocatedDays: budget.allocatedDays,
      requestedDays: toDays(sum(mine(ConsultationStatus.REQUESTED), "requested")),
      approvedDays: toDays(sum(mine(ConsultationStatus.APPROVED), "booked")),
      deliveredDays: toDays(sum(mine(ConsultationStatus.DELIVERED), "booked")),
      remainingDays: budget.remainingDays,
      deliveredConsultations: sum(mine(ConsultationStatus.DELIVERED), "consultations"),
    };
  });
  const byKind = Object.values(ConsultationKind).map((kind): KindLine => {
    const count = (status: ConsultationStatus) => sum((r) => r.kind === kind && r.status === status, "consultations");
    return {
      kind,
      requested: count(ConsultationStatus.REQUESTED),
      approved: count(ConsultationStatus.APPROVED),
      delivered: count(ConsultationStatus.DELIVERED),
      cancelled: count(ConsultationStatus.CANCELLED),
      deliveredDays: toDays(sum((r) => r.kind === kind && r.status === ConsultationStatus.DELIVERED, "booked")),
    };
  });
  const inPool = (status: ConsultationStatus) => (r: Row) => r.pool_id !== null && r.pool_id === pool?.id && r.status === status;
  const poolLine: PoolLine | null = pool && {
    allocatedDays: pool.allocatedDays,
    approvedDays: toDays(sum(inPool(ConsultationStatus.APPROVED), "booked")),
    deliveredDays: toDays(sum(inPool(ConsultationStatus.DELIVERED), "booked")),
    remainingDays: pool.remainingDays,
  };
  const total = (field: keyof Omit<OfficeLine, "youthOfficeId" | "districtKey">) => offices.reduce((t, o) => t + o[field], 0);
  return {
    year,
    offices,
    byKind,
    pool: poolLine,
    totals: {
      allocatedDays: total("allocatedDays"),
      requestedDays: total("requestedDays"),
      approvedDays: total("approvedDays"),
      deliveredDays: total("deliveredDays"),
      remainingDays: total("remainingDays"),
      deliveredConsultations: total("deliveredConsultations"),
    },
  };
}

const KIND_LABELS: Record<ConsultationKind, string> = {
  NETWORK_DEVELOPMENT: "Kooperations- und Netzwerkarbeit",
  REFLECTIVE_CASE_CONSULTATION: "Reflektierende Fallberatung",
  CRISIS_CONSULTATION: "Krisenberatung",
  QUALIFYING_STANDARDS: "Qualifizierung von Kinderschutzstandards",
  EVALUATING_STANDARDS: "Evaluation von Standards",
  WORKSHOP: "Workshop",
  CONFERENCE: "Fachtag",
};

/**
 * The report as CSV for spreadsheet software used in German offices: semicolons, decimal commas, UTF-8 with a
 * byte-order mark so that umlauts survive. Offices appear by district key (their names live in the
 * organisations subgraph).
 */
export function serviceReportCsv(report: ServiceReport): string {
  const number = (n: number) => String(n).replace(".", ",");
  const rows: (string | number)[][] = [
    [`Leistungen im Projekt ${report.year}`],
    ["Kreisschlüssel", "Jugendamt (ID)", "Kontingent (Tage)", "angefragt", "bewilligt", "durchgeführt", "verbleibend", "Einsätze durchgeführt"],
    ...report.offices.map((o) => [
      o.districtKey,
      o.youthOfficeId,
      number(o.allocatedDays),
      number(o.requestedDays),
      number(o.approvedDays),
      number(o.deliveredDays),
      number(o.remainingDays),
      o.deliveredConsultations,
    ]),
    ["Summe", "", number(report.totals.allocatedDays), number(report.totals.requestedDays), number(report.totals.approvedDays), number(report.totals.deliveredDays), number(report.totals.remainingDays), report.totals.deliveredConsultations],
    [],
    ["Art der Praxisbegleitung", "angefragt", "bewilligt", "durchgeführt", "storniert", "Tage durchgeführt"],
    ...report.byKind.map((k) => [KIND_LABELS[k.kind], k.requested, k.approved, k.delivered, k.cancelled, number(k.deliveredDays)]),
    [],
    ["Zusatzkontingent überregionale Kooperation", "Kontingent (Tage)", "bewilligt", "durchgeführt", "verbleibend"],
    report.pool
      ? ["", number(report.pool.allocatedDays), number(report.pool.approvedDays), number(report.pool.deliveredDays), number(report.pool.remainingDays)]
      : ["kein Zusatzkontingent"],
  ];
  return `\ufeff${stringify(rows, { delimiter: ";", record_delimiter: "\r\n" })}`;
}
