import { fields, parseInput, readRows, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
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
  /** The offices' lines summed. */
  totals: Omit<OfficeLine, "youthOfficeId" | "districtKey">;
}

/** One group of the year's consultations, as the database sums them. */
export interface ConsultationGroup {
  budget_id: string | null;
  pool_id: string | null;
  kind: ConsultationKind;
  status: ConsultationStatus;
  consultations: number | string;
  requested: number | string | null;
  booked: number | string | null;
}

/** What the report needs of a budget or the pool: its days (allocated, remaining) as the entities compute them. */
export interface BudgetFigures {
  id: string;
  youthOfficeId: string;
  districtKey: string;
  allocatedDays: number;
  remainingDays: number;
}
export type PoolFigures = Omit<BudgetFigures, "youthOfficeId" | "districtKey">;

/** A year's consultations (first and last day) grouped in the database; consultation_report_index covers it. */
export const YEAR_GROUPS_SQL = `select budget_id, pool_id, kind, status, count(*) as consultations, sum(requested_half_days) as requested, sum(booked_half_days) as booked
  from consultation where planned_date >= ? and planned_date <= ? group by budget_id, pool_id, kind, status`;

/**
 * The yearly overview the state office publishes ("Leistungen im Projekt"): one aggregate query over the
 * consultations of the year, grouped in the database, plus the year's budgets and pool.
 */
export async function serviceReport(em: SqlEntityManager, requestedYear: number): Promise<ServiceReport> {
  const year = parseInput(fields.year(), requestedYear, "year");
  const [groups, budgets, pool] = await Promise.all([
    em.execute(YEAR_GROUPS_SQL, [`${year}-01-01`, `${year}-12-31`]) as Promise<ConsultationGroup[]>,
    readRows(em, ConsultationBudget, { year }, { orderBy: { districtKey: "asc" } }),
    // At most one pool per year (unique).
    readRows(em, CooperationPool, { year }),
  ]);
  return reportFrom(year, groups, budgets, pool[0] ?? null);
}

interface Sums {
  consultations: number;
  /** Half days. */
  requested: number;
  /** Half days. */
  booked: number;
}

/**
 * The report's arithmetic: each group is added once to its budget's, its kind's and the pool's sums (a report
 * of Germany's 560 youth offices would otherwise filter every group once per office).
 */
export function reportFrom(
  year: number,
  groups: readonly ConsultationGroup[],
  budgets: readonly BudgetFigures[],
  pool: PoolFigures | null,
): ServiceReport {
  const sums = new Map<string, Sums>();
  const add = (key: string, group: ConsultationGroup) => {
    const sum = sums.get(key) ?? { consultations: 0, requested: 0, booked: 0 };
    sum.consultations += Number(group.consultations);
    sum.requested += Number(group.requested ?? 0);
    sum.booked += Number(group.booked ?? 0);
    sums.set(key, sum);
  };
  for (const group of groups) {
    if (group.budget_id !== null) add(`budget ${group.budget_id} ${group.status}`, group);
    if (group.pool_id !== null) add(`pool ${group.pool_id} ${group.status}`, group);
    add(`kind ${group.kind} ${group.status}`, group);
  }
  const of = (key: string): Sums => sums.get(key) ?? { consultations: 0, requested: 0, booked: 0 };

  const offices = budgets.map((budget): OfficeLine => {
    const mine = (status: ConsultationStatus) => of(`budget ${budget.id} ${status}`);
    return {
      youthOfficeId: budget.youthOfficeId,
      districtKey: budget.districtKey,
      allocatedDays: budget.allocatedDays,
      requestedDays: toDays(mine(ConsultationStatus.REQUESTED).requested),
      approvedDays: toDays(mine(ConsultationStatus.APPROVED).booked),
      deliveredDays: toDays(mine(ConsultationStatus.DELIVERED).booked),
      remainingDays: budget.remainingDays,
      deliveredConsultations: mine(ConsultationStatus.DELIVERED).consultations,
    };
  });
  const byKind = Object.values(ConsultationKind).map((kind): KindLine => {
    const ofKind = (status: ConsultationStatus) => of(`kind ${kind} ${status}`);
    return {
      kind,
      requested: ofKind(ConsultationStatus.REQUESTED).consultations,
      approved: ofKind(ConsultationStatus.APPROVED).consultations,
      delivered: ofKind(ConsultationStatus.DELIVERED).consultations,
      cancelled: ofKind(ConsultationStatus.CANCELLED).consultations,
      deliveredDays: toDays(ofKind(ConsultationStatus.DELIVERED).booked),
    };
  });
  const poolLine: PoolLine | null = pool && {
    allocatedDays: pool.allocatedDays,
    approvedDays: toDays(of(`pool ${pool.id} ${ConsultationStatus.APPROVED}`).booked),
    deliveredDays: toDays(of(`pool ${pool.id} ${ConsultationStatus.DELIVERED}`).booked),
    remainingDays: pool.remainingDays,
  };
  const total = (field: keyof Omit<OfficeLine, "youthOfficeId" | "districtKey">) =>
    offices.reduce((t, o) => t + o[field], 0);
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
    [
      "Kreisschlüssel",
      "Jugendamt (ID)",
      "Kontingent (Tage)",
      "angefragt",
      "bewilligt",
      "durchgeführt",
      "verbleibend",
      "Einsätze durchgeführt",
    ],
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
    [
      "Summe",
      "",
      number(report.totals.allocatedDays),
      number(report.totals.requestedDays),
      number(report.totals.approvedDays),
      number(report.totals.deliveredDays),
      number(report.totals.remainingDays),
      report.totals.deliveredConsultations,
    ],
    [],
    ["Art der Praxisbegleitung", "angefragt", "bewilligt", "durchgeführt", "storniert", "Tage durchgeführt"],
    ...report.byKind.map((k) => [
      KIND_LABELS[k.kind],
      k.requested,
      k.approved,
      k.delivered,
      k.cancelled,
      number(k.deliveredDays),
    ]),
    [],
    ["Zusatzkontingent überregionale Kooperation", "Kontingent (Tage)", "bewilligt", "durchgeführt", "verbleibend"],
    report.pool
      ? [
          "",
          number(report.pool.allocatedDays),
          number(report.pool.approvedDays),
          number(report.pool.deliveredDays),
          number(report.pool.remainingDays),
        ]
      : ["kein Zusatzkontingent"],
  ];
  return `\ufeff${stringify(rows, { delimiter: ";", record_delimiter: "\r\n" })}`;
}
