import { analyst, createTestSubgraph, youthOffice, type TestSubgraph } from "@kinderschutz/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetsSubgraph } from "../schema.js";

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await createTestSubgraph(budgetsSubgraph, { demoData: true });
});

afterAll(async () => {
  await subgraph.close();
});

const CONTINGENTS = /* GraphQL */ `
  query ($year: Int!, $regionKey: String) {
    consultationBudgets(year: $year, regionKey: $regionKey) { districtKey }
  }
`;

const districtsOf = async (caller: Parameters<TestSubgraph["execute"]>[0], regionKey?: string) => {
  const result = await subgraph.execute<{ consultationBudgets: { districtKey: string }[] }>(caller, CONTINGENTS, { year: 2025, regionKey });
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
