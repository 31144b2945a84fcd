import { analyst, stateOffice, useTestSubgraph, youthOffice } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";
import { Expert } from "../experts/expert.entity.js";
import { budgetsSubgraph } from "../schema.js";
import { reportFrom, YEAR_GROUPS_SQL, type BudgetFigures, type ConsultationGroup } from "./service-report.js";

const budget = (id: string, districtKey: string, allocatedDays: number, remainingDays: number): BudgetFigures => ({
  id,
  youthOfficeId: `office-${id}`,
  districtKey,
  allocatedDays,
  remainingDays,
});

const group = (
  budget_id: string | null,
  pool_id: string | null,
  kind: ConsultationKind,
  status: ConsultationStatus,
  consultations: number | string,
  requested: number | string | null,
  booked: number | string | null,
): ConsultationGroup => ({ budget_id, pool_id, kind, status, consultations, requested, booked });

describe("the service report's arithmetic", () => {
  // SQLite sums to numbers, PostgreSQL's count and sum arrive as strings: both must add up the same.
  const groups: ConsultationGroup[] = [
    group("a", null, ConsultationKind.WORKSHOP, ConsultationStatus.DELIVERED, 2, 4, 3),
    group("a", null, ConsultationKind.CRISIS_CONSULTATION, ConsultationStatus.DELIVERED, "1", "2", "2"),
    group("a", null, ConsultationKind.WORKSHOP, ConsultationStatus.REQUESTED, 1, 5, null),
    group("a", null, ConsultationKind.WORKSHOP, ConsultationStatus.APPROVED, 1, 2, 2),
    group("b", null, ConsultationKind.WORKSHOP, ConsultationStatus.CANCELLED, 3, 6, 0),
    group(null, "pool", ConsultationKind.CONFERENCE, ConsultationStatus.APPROVED, 1, 4, 4),
    group(null, "pool", ConsultationKind.CONFERENCE, ConsultationStatus.DELIVERED, 1, 2, 1),
  ];
  const report = reportFrom(2026, groups, [budget("a", "13003", 10, 6), budget("b", "13004", 8, 8)], {
    id: "pool",
    allocatedDays: 20,
    remainingDays: 17.5,
  });

  it("gives each office its own requested, approved and delivered days (half days summed, then halved)", () => {
    expect(report.offices).toEqual([
      {
        youthOfficeId: "office-a",
        districtKey: "13003",
        allocatedDays: 10,
        requestedDays: 2.5,
        approvedDays: 1,
        deliveredDays: 2.5,
        remainingDays: 6,
        deliveredConsultations: 3,
      },
      {
        youthOfficeId: "office-b",
        districtKey: "13004",
        allocatedDays: 8,
        requestedDays: 0,
        approvedDays: 0,
        deliveredDays: 0,
        remainingDays: 8,
        deliveredConsultations: 0,
      },
    ]);
  });

  it("counts consultations per kind over offices and pool, every kind listed", () => {
    expect(report.byKind).toHaveLength(Object.values(ConsultationKind).length);
    expect(report.byKind.find((k) => k.kind === ConsultationKind.WORKSHOP)).toEqual({
      kind: ConsultationKind.WORKSHOP,
      requested: 1,
      approved: 1,
      delivered: 2,
      cancelled: 3,
      deliveredDays: 1.5,
    });
    expect(report.byKind.find((k) => k.kind === ConsultationKind.CONFERENCE)).toEqual({
      kind: ConsultationKind.CONFERENCE,
      requested: 0,
      approved: 1,
      delivered: 1,
      cancelled: 0,
      deliveredDays: 0.5,
    });
    expect(report.byKind.find((k) => k.kind === ConsultationKind.EVALUATING_STANDARDS)).toEqual({
      kind: ConsultationKind.EVALUATING_STANDARDS,
      requested: 0,
      approved: 0,
      delivered: 0,
      cancelled: 0,
      deliveredDays: 0,
    });
  });

  it("books the pool's consultations to the pool only, and totals the offices", () => {
    expect(report.pool).toEqual({ allocatedDays: 20, approvedDays: 2, deliveredDays: 0.5, remainingDays: 17.5 });
    expect(report.totals).toEqual({
      allocatedDays: 18,
      requestedDays: 2.5,
      approvedDays: 1,
      deliveredDays: 2.5,
      remainingDays: 14,
      deliveredConsultations: 3,
    });
  });

  it("has no pool line in a year without a pool", () => {
    expect(reportFrom(2026, groups, [], null)).toMatchObject({ offices: [], pool: null, totals: { allocatedDays: 0 } });
  });
});

describe("the service report's query", () => {
  const subgraph = useTestSubgraph(budgetsSubgraph);

  it("reads a year's consultations from the report's index alone, not from the table", async () => {
    const plan = (await subgraph
      .em()
      .getConnection()
      .execute(`explain query plan ${YEAR_GROUPS_SQL}`, ["2026-01-01", "2026-12-31"])) as { detail: string }[];

    expect(plan.map((step) => step.detail).join("\n")).toMatch(
      /USING COVERING INDEX consultation_report_index \(planned_date>\? AND planned_date<\?\)/,
    );
  });
});

describe("the service report through the subgraph", () => {
  const offices = { "13071": randomUUID(), "13075": randomUUID(), "13003": randomUUID() };

  const subgraph = useTestSubgraph(budgetsSubgraph);
  beforeAll(async () => {
    const expertId = await subgraph.arrange(async (em) => {
      for (const [districtKey, youthOfficeId] of Object.entries(offices))
        em.create(ConsultationBudget, { youthOfficeId, districtKey, year: 2025, allocatedHalfDays: 10 });
      em.create(CooperationPool, { year: 2025, allocatedHalfDays: 6 });
      return em.create(Expert, { name: "Dr. Erika Beispiel", professions: ["Psychologie"] }).id;
    });
    // One workshop of 13075's, approved for two days and delivered in one and a half.
    const requested = await subgraph.execute(
      youthOffice("13075"),
      `mutation { requestConsultation(input: { kind: WORKSHOP, plannedDate: "2025-05-04", days: 2 }) { id version } }`,
    );
    const { id, version } = requested.data!.requestConsultation;
    const approved = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!, $e: [ID!]!) { approveConsultation(id: $id, version: $v, input: { expertIds: $e }) { version } }`,
      { id, v: version, e: [expertId] },
    );
    const delivered = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!) { recordDelivery(id: $id, version: $v, input: { days: 1.5 }) { status } }`,
      { id, v: approved.data!.approveConsultation.version },
    );
    expect(delivered.data!.recordDelivery).toEqual({ status: "DELIVERED" });
  });

  it("sums the year per office and kind in the service report, also as CSV", async () => {
    const r = await subgraph.execute(
      analyst,
      `{ serviceReport(year: 2025) { offices { districtKey allocatedDays approvedDays deliveredDays remainingDays } byKind { kind approved delivered } pool { allocatedDays approvedDays remainingDays } totals { allocatedDays } } serviceReportCsv(year: 2025) }`,
    );
    expect(r.errors).toBeUndefined();
    const report = r.data!.serviceReport;
    const line = report.offices.find((o: { districtKey: string }) => o.districtKey === "13075");
    expect(line).toMatchObject({ deliveredDays: 1.5 });
    expect(report.byKind.find((k: { kind: string }) => k.kind === "WORKSHOP").delivered).toBe(1);
    expect(report.totals.allocatedDays).toBe(
      report.offices.reduce((t: number, o: { allocatedDays: number }) => t + o.allocatedDays, 0),
    );
    const csv: string = r.data!.serviceReportCsv;
    expect(csv.startsWith("\ufeffLeistungen im Projekt 2025")).toBe(true);
    expect(csv).toContain("Kreisschlüssel;");
    expect(csv).toMatch(/13075;[^;]+;5;/);
  });
});
