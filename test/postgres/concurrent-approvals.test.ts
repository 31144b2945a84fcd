/**
 * 100 approvals at the same moment against one contingent on PostgreSQL: the contingent is never overdrawn, and
 * every approval that was answered as accepted is stored.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startGraph, subgraphDatabases, token, type RunningGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";

let postgres: PostgresHandle;
let graph: RunningGraph;
beforeAll(async () => {
  postgres = await startPostgres({ databases: ["organisations", "networks", "budgets"] });
  graph = await startGraph({
    databaseUrls: subgraphDatabases(postgres),
  });
});
afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
});

it("never takes a contingent below zero and stores every accepted approval", async () => {
  const stateOffice = await token("state-office");
  const year = 2031;
  const office = (
    await graph.gql(
      stateOffice,
      `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13074" }) { nodes { id } } }`,
    )
  ).data.organisations.nodes[0];
  const set = await graph.gql(
    stateOffice,
    `mutation($id: ID!) { setConsultationBudget(input: { youthOfficeId: $id, districtKey: "13074", year: ${year}, allocatedDays: 20, reason: "Lasttest" }) { id } }`,
    { id: office.id },
  );
  expect(set.errors).toBeUndefined();
  const expert = (await graph.gql(stateOffice, `{ experts { id } }`)).data.experts[0].id;

  const requests = [];
  for (let i = 0; i < 100; i++) {
    const r = await graph.gql(
      stateOffice,
      `mutation { requestConsultation(input: { kind: WORKSHOP, plannedDate: "${year}-03-01", days: 0.5, requestingDistrictKey: "13074" }) { id version } }`,
    );
    requests.push(r.data.requestConsultation as { id: string; version: number });
  }
  const approve = `mutation($id: ID!, $v: Int!, $e: ID!) { approveConsultation(id: $id, version: $v, input: { expertIds: [$e] }) { id status } }`;
  const results = await Promise.all(
    requests.map((c) =>
      graph.gql(stateOffice, approve, { id: c.id, v: c.version, e: expert }, graph.subgraphUrls.budgets),
    ),
  );

  const accepted = results
    .filter((r) => r.data?.approveConsultation?.status === "APPROVED")
    .map((r) => r.data.approveConsultation.id);
  const refused = results.filter((r) => r.errors);
  expect(accepted.length + refused.length).toBe(100);
  expect(new Set(refused.map((r) => r.errors![0]!.extensions!.code))).toEqual(new Set(["CONFLICT"]));
  expect(accepted).toHaveLength(40);

  const after = await graph.gql(
    stateOffice,
    `{ consultationBudgets(year: ${year}) { districtKey bookedDays remainingDays } consultations(filter: { year: ${year}, status: APPROVED }, first: 500) { totalCount nodes { id } } }`,
  );
  const budget = after.data.consultationBudgets.find((b: any) => b.districtKey === "13074");
  expect(budget).toEqual({ districtKey: "13074", bookedDays: 20, remainingDays: 0 });
  expect(after.data.consultations.nodes.map((n: any) => n.id).sort()).toEqual([...accepted].sort());
});
