import { AuditEntry, type Caller } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Expert } from "../experts/expert.entity.js";
import { budgetsSubgraph } from "../schema.js";
import { ConsultationBudget } from "./budget.entities.js";

const subgraph = useTestSubgraph(budgetsSubgraph, { demoData: true });

const CONTINGENTS = /* GraphQL */ `
  query ($year: Int!, $regionKey: String) {
    consultationBudgets(year: $year, regionKey: $regionKey) {
      districtKey
    }
  }
`;

const districtsOf = async (caller: Caller, regionKey?: string) => {
  const result = await subgraph.execute<{ consultationBudgets: { districtKey: string }[] }>(caller, CONTINGENTS, {
    year: 2025,
    regionKey,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.consultationBudgets.map((b) => b.districtKey);
};

describe("consultationBudgets(year, regionKey)", () => {
  it("lists the districts inside a state or a district only, and all without a region", async () => {
    const all = await districtsOf(analyst);
    expect(all).toHaveLength(8);
    expect(await districtsOf(analyst, "13")).toEqual(all);
    expect(await districtsOf(analyst, "13003")).toEqual(["13003"]);
    expect(await districtsOf(analyst, "01")).toEqual([]);
  });

  it("keeps a youth office to its own contingent whatever region it names", async () => {
    expect(await districtsOf(youthOffice("13003"), "13")).toEqual(["13003"]);
    expect(await districtsOf(youthOffice("13003"), "13004")).toEqual([]);
  });

  it("refuses a region key that is not one, naming the argument", async () => {
    const result = await subgraph.execute(analyst, CONTINGENTS, { year: 2025, regionKey: "13%" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("regionKey");
  });
});

describe("setting a contingent", () => {
  const offices = { "13003": randomUUID() };

  const subgraph = useTestSubgraph(budgetsSubgraph);
  beforeAll(async () => {
    const expertId = await subgraph.arrange(async (em) => {
      em.create(ConsultationBudget, {
        youthOfficeId: offices["13003"],
        districtKey: "13003",
        year: 2030,
        allocatedHalfDays: 10,
      });
      return em.create(Expert, { name: "Dr. Erika Beispiel", professions: ["Psychologie"] }).id;
    });
    // Five of its five days booked, by two approved requests.
    for (const days of [3, 2]) {
      const requested = await subgraph.execute(
        youthOffice("13003"),
        `mutation($d: Float!) { requestConsultation(input: { kind: WORKSHOP, plannedDate: "2030-05-04", days: $d }) { id version } }`,
        { d: days },
      );
      const { id, version } = requested.data!.requestConsultation;
      const approved = await subgraph.execute(
        stateOffice,
        `mutation($id: ID!, $v: Int!, $e: [ID!]!) { approveConsultation(id: $id, version: $v, input: { expertIds: $e }) { id } }`,
        { id, v: version, e: [expertId] },
      );
      expect(approved.errors).toBeUndefined();
    }
  });

  it("records why a contingent changed, and never lowers it below what is booked", async () => {
    const SET = `mutation($input: SetConsultationBudgetInput!) { setConsultationBudget(input: $input) { id allocatedDays bookedDays remainingDays } }`;
    const input = {
      youthOfficeId: offices["13003"],
      districtKey: "13003",
      year: 2030,
      allocatedDays: 4,
      reason: "Umverteilung",
    };
    expect(codes(await subgraph.execute(stateOffice, SET, { input }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await subgraph.execute(youthOffice("13003"), SET, { input: { ...input, allocatedDays: 8 } }))).toEqual(
      ["FORBIDDEN"],
    );
    const raised = await subgraph.execute(stateOffice, SET, { input: { ...input, allocatedDays: 8 } });
    expect(raised.data!.setConsultationBudget).toMatchObject({ allocatedDays: 8, bookedDays: 5, remainingDays: 3 });
    const entries = await subgraph.em().find(AuditEntry, { entityId: raised.data!.setConsultationBudget.id });
    expect(entries.at(-1)).toMatchObject({ reason: "Umverteilung", action: "UPDATE" });
  });
});
