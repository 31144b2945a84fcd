/**
 * The budgets subgraph through the real gateway, joined with organisations and networks: the state office's
 * overview in one query, the service report, and who may request and approve what.
 * Run on SQLite (test/e2e) and on PostgreSQL (test/postgres) with the same steps.
 */
import { codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import type { RunningGraph } from "../../support/graph.js";
import { graphUnderTest } from "./graph-under-test.js";

const MV_DISTRICTS = ["13003", "13004", "13071", "13072", "13073", "13074", "13075", "13076"];
const YEAR = 2026;

export function budgetsScenario(label: string, start: () => Promise<RunningGraph>) {
  describe(`budgets through the gateway (${label})`, () => {
    const run = graphUnderTest(start);

    it("shows the state office each MV youth office with its networks and remaining days in one query", async () => {
      const r = await run.graph.gql(
        run.stateOffice,
        `{ organisations(filter: { kind: YOUTH_OFFICE }, first: 100) { nodes { name region { key } networks { id } consultationBudget(year: ${YEAR}) { allocatedDays bookedDays remainingDays } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const mv = r.data.organisations.nodes.filter((o: any) => MV_DISTRICTS.includes(o.region.key));
      expect(mv).toHaveLength(8);
      for (const office of mv) {
        expect(office.networks.length, office.name).toBeGreaterThan(0);
        expect(office.consultationBudget.remainingDays).toBe(
          office.consultationBudget.allocatedDays - office.consultationBudget.bookedDays,
        );
      }
    });

    it("answers the service report and the contingents of the year, with youth offices by name", async () => {
      const r = await run.graph.gql(
        run.analyst,
        `{ serviceReport(year: ${YEAR}) { offices { districtKey youthOffice { name } allocatedDays deliveredDays remainingDays } totals { allocatedDays } pool { allocatedDays } }
        consultationBudgets(year: ${YEAR}) { year allocatedDays bookedDays remainingDays youthOffice { id name } } cooperationPool(year: ${YEAR}) { allocatedDays remainingDays } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.serviceReport.offices.map((o: any) => o.districtKey).sort()).toEqual(MV_DISTRICTS);
      expect(r.data.serviceReport.offices.every((o: any) => o.youthOffice.name.startsWith("Jugendamt"))).toBe(true);
      expect(r.data.consultationBudgets).toHaveLength(8);
      expect(r.data.cooperationPool.allocatedDays).toBeGreaterThan(0);
    });

    it("lets a youth office request against its own contingent only and approve nothing", async () => {
      const request = `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id version status requestingOffice { name } } }`;
      const foreign = await run.graph.gql(run.seenplatte, request, {
        input: { kind: "WORKSHOP", plannedDate: `${YEAR}-12-10`, days: 1, requestingDistrictKey: "13003" },
      });
      expect(codes(foreign)).toEqual(["FORBIDDEN"]);
      const own = await run.graph.gql(run.seenplatte, request, {
        input: { kind: "WORKSHOP", plannedDate: `${YEAR}-12-10`, days: 0.5, title: "Workshop Kinderschutzstandards" },
      });
      expect(own.errors).toBeUndefined();
      expect(own.data.requestConsultation).toMatchObject({
        status: "REQUESTED",
        requestingOffice: { name: "Jugendamt Landkreis Mecklenburgische Seenplatte" },
      });
      const { id, version } = own.data.requestConsultation;
      const experts = (await run.graph.gql(run.stateOffice, `{ experts { id } }`)).data.experts;
      const approve = `mutation($id: ID!, $v: Int!, $e: [ID!]!) { approveConsultation(id: $id, version: $v, input: { expertIds: $e }) { status } }`;
      expect(codes(await run.graph.gql(run.seenplatte, approve, { id, v: version, e: [experts[0].id] }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(
        codes(
          await run.graph.gql(
            run.seenplatte,
            approve,
            { id, v: version, e: [experts[0].id] },
            run.graph.subgraphUrls.budgets,
          ),
        ),
      ).toEqual(["FORBIDDEN"]);
      expect(
        (await run.graph.gql(run.stateOffice, approve, { id, v: version, e: [experts[0].id] })).data.approveConsultation
          .status,
      ).toBe("APPROVED");
    });

    it("keeps other districts' contingents and the statewide report from a youth office, also on the subgraph itself", async () => {
      expect(codes(await run.graph.gql(run.seenplatte, `{ serviceReport(year: ${YEAR}) { year } }`))).toEqual([
        "FORBIDDEN",
      ]);
      const budgets = (
        await run.graph.gql(run.stateOffice, `{ consultationBudgets(year: ${YEAR}) { id districtKey } }`)
      ).data.consultationBudgets;
      const rostock = budgets.find((b: any) => b.districtKey === "13003");
      const direct = await run.graph.gql(
        run.seenplatte,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ConsultationBudget { remainingDays } } }`,
        {
          r: [{ __typename: "ConsultationBudget", id: rostock.id }],
        },
        run.graph.subgraphUrls.budgets,
      );
      expect(direct.data._entities).toEqual([null]);
      const own = (await run.graph.gql(run.seenplatte, `{ consultationBudgets(year: ${YEAR}) { districtKey } }`)).data
        .consultationBudgets;
      expect(own).toEqual([{ districtKey: "13071" }]);
    });

    it("lists a network's consultations and keeps experts' names from analysts", async () => {
      const r = await run.graph.gql(
        run.analyst,
        `{ consultations(filter: { year: ${YEAR - 1}, status: DELIVERED }, first: 20) { totalCount nodes { kind deliveredDays experts { name professions } network { name } } } }`,
      );
      expect(r.data.consultations.totalCount).toBeGreaterThan(0);
      const experts = r.data.consultations.nodes.flatMap((c: any) => c.experts);
      expect(experts.length).toBeGreaterThan(0);
      expect(experts.every((e: any) => e.name === null && e.professions.length > 0)).toBe(true);
      expect(new Set(codes(r))).toEqual(new Set(["FORBIDDEN"]));
    });

    // Statistics: counted in the database, checked here against the raw consultations counted in the test.
    const STATISTICS = `query($year: Int) { consultationStatistics(year: $year) { year kind districtKey chargedTo youthOffice { id name } consultations cancelledConsultations requestedDays bookedDays deliveredDays } }`;
    const lineKey = (kind: string, districtKey: string, chargedTo: string) => `${kind}/${districtKey}/${chargedTo}`;

    async function countedInTest(year: number) {
      const r = await run.graph.gql(
        run.analyst,
        `query($year: Int) { consultations(first: 500, filter: { year: $year }) { totalCount nodes { kind status chargedTo requestingDistrictKey requestingOffice { id } requestedDays bookedDays deliveredDays } } }`,
        { year },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.consultations.nodes).toHaveLength(r.data.consultations.totalCount);
      const lines = new Map<string, any>();
      for (const c of r.data.consultations.nodes) {
        const key = lineKey(c.kind, c.requestingDistrictKey, c.chargedTo);
        const line = lines.get(key) ?? {
          year,
          youthOfficeId: c.requestingOffice.id,
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
        lines.set(key, line);
      }
      return lines;
    }

    it("counts consultation days by year, kind, office and charge in the database, as the listed consultations add up, in one statement", async () => {
      const statements: number[] = [];
      for (const year of [YEAR - 1, YEAR]) {
        const expected = await countedInTest(year);
        const before = await run.graph.sqlStatements("budgets");
        const r = await run.graph.gql(run.analyst, STATISTICS, { year });
        statements.push((await run.graph.sqlStatements("budgets")) - before);
        expect(r.errors).toBeUndefined();
        const lines = r.data.consultationStatistics;
        expect(lines.length).toBe(expected.size);
        expect(
          lines.some((l: any) => l.chargedTo === "POOL"),
          "overregional consultations charged to the pool",
        ).toBe(true);
        for (const l of lines) {
          expect(l.youthOffice.name).toMatch(/^Jugendamt/);
          const { youthOffice, kind, districtKey, chargedTo, ...counts } = l;
          expect({ ...counts, youthOfficeId: youthOffice.id }, lineKey(kind, districtKey, chargedTo)).toEqual(
            expected.get(lineKey(kind, districtKey, chargedTo)),
          );
        }
      }
      expect(statements).toEqual([1, 1]);
    });

    it("shows a youth office only its own district's consultation statistics, also on the subgraph itself", async () => {
      const all = (await run.graph.gql(run.analyst, STATISTICS, { year: YEAR })).data.consultationStatistics;
      expect(new Set(all.map((l: any) => l.districtKey)).size).toBeGreaterThan(1);
      const own = all.filter((l: any) => l.districtKey === "13071");
      expect(own.length).toBeGreaterThan(0);
      const seen = await run.graph.gql(run.seenplatte, STATISTICS, { year: YEAR });
      expect(seen.errors).toBeUndefined();
      expect(seen.data.consultationStatistics).toEqual(own);
      const direct = await run.graph.gql(
        run.seenplatte,
        `{ consultationStatistics(year: ${YEAR}, districtKeys: ["13003", "13071"]) { districtKey } }`,
        undefined,
        run.graph.subgraphUrls.budgets,
      );
      expect(new Set(direct.data.consultationStatistics.map((l: any) => l.districtKey))).toEqual(new Set(["13071"]));
    });
  });
}
