import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Consultation } from "../consultations/consultation.entity.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";
import { budgetsSubgraph } from "../schema.js";

const STATISTICS = `query($year: Int, $districtKeys: [String!], $kind: ConsultationKind, $status: ConsultationStatus) {
  consultationStatistics(year: $year, districtKeys: $districtKeys, kind: $kind, status: $status) {
    year kind districtKey youthOffice { id } chargedTo consultations cancelledConsultations requestedDays bookedDays deliveredDays
  }
}`;

describe("consultation statistics on arranged consultations", () => {
  const statements: string[] = [];
  const offices = { "13071": randomUUID(), "13003": randomUUID() };

  const subgraph = useTestSubgraph(budgetsSubgraph, { onQuery: (sql) => statements.push(sql) });
  beforeAll(async () => {
    await subgraph.arrange(async (em) => {
      const budgets = Object.fromEntries(
        Object.entries(offices).map(([districtKey, youthOfficeId]) => [
          districtKey,
          em.create(ConsultationBudget, { youthOfficeId, districtKey, year: 2030, allocatedHalfDays: 40 }),
        ]),
      );
      const pool = em.create(CooperationPool, { year: 2030, allocatedHalfDays: 20 });
      const add = (
        districtKey: "13071" | "13003",
        plannedDate: string,
        kind: ConsultationKind,
        status: ConsultationStatus,
        requested: number,
        booked?: number,
        delivered?: number,
        chargedTo: ChargedTo = ChargedTo.BUDGET,
      ) =>
        em.create(Consultation, {
          kind,
          requestingOfficeId: offices[districtKey],
          requestingDistrictKey: districtKey,
          plannedDate,
          status,
          chargedTo,
          budget: chargedTo === ChargedTo.BUDGET ? budgets[districtKey] : undefined,
          pool: chargedTo === ChargedTo.POOL ? pool : undefined,
          requestedHalfDays: requested,
          bookedHalfDays: booked,
          deliveredHalfDays: delivered,
        });
      add("13071", "2030-02-01", ConsultationKind.WORKSHOP, ConsultationStatus.REQUESTED, 3);
      add("13071", "2030-03-01", ConsultationKind.WORKSHOP, ConsultationStatus.APPROVED, 2, 2);
      add("13071", "2030-04-01", ConsultationKind.WORKSHOP, ConsultationStatus.DELIVERED, 4, 3, 3);
      add("13071", "2030-05-01", ConsultationKind.WORKSHOP, ConsultationStatus.CANCELLED, 5);
      add("13071", "2030-06-01", ConsultationKind.WORKSHOP, ConsultationStatus.DELIVERED, 2, 1, 1, ChargedTo.POOL);
      add("13071", "2031-01-15", ConsultationKind.WORKSHOP, ConsultationStatus.REQUESTED, 1);
      add("13003", "2030-12-31", ConsultationKind.CRISIS_CONSULTATION, ConsultationStatus.APPROVED, 1, 1);
    });
  });

  it("groups by year, kind, district and charge, in half days converted exactly, cancelled ones counted apart, in one statement", async () => {
    statements.length = 0;
    const r = await subgraph.execute(analyst, STATISTICS, { year: 2030 });
    expect(r.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/group by/);
    expect(r.data!.consultationStatistics).toEqual([
      {
        year: 2030,
        kind: "CRISIS_CONSULTATION",
        districtKey: "13003",
        youthOffice: { id: offices["13003"] },
        chargedTo: "BUDGET",
        consultations: 1,
        cancelledConsultations: 0,
        requestedDays: 0.5,
        bookedDays: 0.5,
        deliveredDays: 0,
      },
      {
        year: 2030,
        kind: "WORKSHOP",
        districtKey: "13071",
        youthOffice: { id: offices["13071"] },
        chargedTo: "BUDGET",
        consultations: 3,
        cancelledConsultations: 1,
        requestedDays: 4.5,
        bookedDays: 2.5,
        deliveredDays: 1.5,
      },
      {
        year: 2030,
        kind: "WORKSHOP",
        districtKey: "13071",
        youthOffice: { id: offices["13071"] },
        chargedTo: "POOL",
        consultations: 1,
        cancelledConsultations: 0,
        requestedDays: 1,
        bookedDays: 0.5,
        deliveredDays: 0.5,
      },
    ]);
  });

  it("spans all years without a year and filters by kind, district and status (CANCELLED counts the cancelled ones)", async () => {
    const all = (await subgraph.execute(stateOffice, STATISTICS, { districtKeys: ["13071"], kind: "WORKSHOP" })).data!
      .consultationStatistics;
    expect(all.map((l: any) => [l.year, l.chargedTo, l.consultations])).toEqual([
      [2030, "BUDGET", 3],
      [2030, "POOL", 1],
      [2031, "BUDGET", 1],
    ]);
    const cancelled = (await subgraph.execute(stateOffice, STATISTICS, { year: 2030, status: "CANCELLED" })).data!
      .consultationStatistics;
    expect(cancelled).toEqual([
      expect.objectContaining({
        districtKey: "13071",
        consultations: 1,
        cancelledConsultations: 1,
        requestedDays: 2.5,
        bookedDays: 0,
      }),
    ]);
    const delivered = (await subgraph.execute(stateOffice, STATISTICS, { year: 2030, status: "DELIVERED" })).data!
      .consultationStatistics;
    expect(delivered.map((l: any) => [l.chargedTo, l.consultations, l.deliveredDays])).toEqual([
      ["BUDGET", 1, 1.5],
      ["POOL", 1, 0.5],
    ]);
    expect(
      (await subgraph.execute(stateOffice, STATISTICS, { districtKeys: [] })).data!.consultationStatistics,
    ).toEqual([]);
  });

  it("shows a youth office its own district's lines only, whatever districts it names", async () => {
    const own = (await subgraph.execute(youthOffice("13003"), STATISTICS, { year: 2030 })).data!.consultationStatistics;
    expect(own.map((l: any) => l.districtKey)).toEqual(["13003"]);
    const foreign = await subgraph.execute(youthOffice("13003"), STATISTICS, { year: 2030, districtKeys: ["13071"] });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data!.consultationStatistics).toEqual([]);
  });

  it("refuses a year or district key that is none, naming the argument", async () => {
    const r = await subgraph.execute(analyst, STATISTICS, { year: 12, districtKeys: ["Rostock"] });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.fields.map((f: any) => f.field).sort()).toEqual([
      "filter.districtKeys.0",
      "filter.year",
    ]);
  });
});

describe("consultation statistics on the demo data", () => {
  const subgraph = useTestSubgraph(budgetsSubgraph, { demoData: true });

  it("agrees with the consultations listed for every year", async () => {
    for (const year of [2024, 2025, 2026]) {
      const listed = await subgraph.execute(
        stateOffice,
        `query($year: Int) { consultations(first: 500, filter: { year: $year }) { totalCount nodes { kind status chargedTo requestingDistrictKey requestedDays bookedDays deliveredDays } } }`,
        { year },
      );
      const { totalCount, nodes } = listed.data!.consultations;
      expect(nodes).toHaveLength(totalCount);
      const expected = new Map<
        string,
        {
          consultations: number;
          cancelledConsultations: number;
          requestedDays: number;
          bookedDays: number;
          deliveredDays: number;
        }
      >();
      for (const c of nodes) {
        const key = `${c.kind}/${c.requestingDistrictKey}/${c.chargedTo}`;
        const line = expected.get(key) ?? {
          consultations: 0,
          cancelledConsultations: 0,
          requestedDays: 0,
          bookedDays: 0,
          deliveredDays: 0,
        };
        if (c.status === "CANCELLED") line.cancelledConsultations += 1;
        else {
          line.consultations += 1;
          line.requestedDays += c.requestedDays;
          line.bookedDays += c.bookedDays ?? 0;
          line.deliveredDays += c.deliveredDays ?? 0;
        }
        expected.set(key, line);
      }
      const lines = (await subgraph.execute(analyst, STATISTICS, { year })).data!.consultationStatistics;
      expect(lines.length, String(year)).toBeGreaterThan(0);
      expect(
        new Map(
          lines.map((l: any) => [
            `${l.kind}/${l.districtKey}/${l.chargedTo}`,
            {
              consultations: l.consultations,
              cancelledConsultations: l.cancelledConsultations,
              requestedDays: l.requestedDays,
              bookedDays: l.bookedDays,
              deliveredDays: l.deliveredDays,
            },
          ]),
        ),
      ).toEqual(expected);
    }
  });
});
