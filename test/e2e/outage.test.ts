// One subgraph down while people keep working: the gateway answers what the others hold, names what is missing,
// reports itself degraded, and is whole again within seconds of the subgraph's return. Real processes: the
// subgraph is stopped (SIGTERM, as an orchestrator does) and started again on its port while requests run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type GraphQLResponse, type RunningGraph } from "../support/graph.js";

/** What the state office's overview asks of all three subgraphs at once. */
const OVERVIEW = `query Overview($year: Int!) {
  organisations(filter: { kind: YOUTH_OFFICE }, first: 20) { totalCount nodes { name } }
  networks(first: 5) { nodes { name responsibleOffice { name } consultations { id } memberships { organisation { name } } } }
  consultationBudgets(year: $year) { districtKey remainingDays youthOffice { name } }
}`;
const YEAR = new Date().getFullYear();

let graph: RunningGraph;
let stateOffice: string;
beforeAll(async () => {
  stateOffice = await token("state-office");
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const overview = () => graph.gql(stateOffice, OVERVIEW, { year: YEAR });
const health = async () => {
  const res = await fetch(`${graph.origin}/health`);
  return { status: res.status, body: (await res.json()) as { status: string; subgraphs: Record<string, string> } };
};
const complete = (answer: GraphQLResponse) =>
  answer.status === 200 && !answer.errors && answer.data?.consultationBudgets?.length > 0;

/** Sends the overview again and again until stopped; keeps every answer and every failure to get one. */
function keepAsking() {
  const answers: GraphQLResponse[] = [];
  const failures: unknown[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        answers.push(await overview());
      } catch (error) {
        failures.push(error);
      }
    }
  })();
  return {
    answers,
    failures,
    async stop() {
      running = false;
      await loop;
    },
  };
}

describe("a subgraph outage", () => {
  it("answers the other subgraphs' fields in full while budgets is down, with its fields null and named", async () => {
    const before = await overview();
    expect(complete(before)).toBe(true);
    const offices = before.data.organisations.totalCount;
    const traffic = keepAsking();
    const budgets = graph.service("budgets");
    await budgets.stop();
    try {
      const answer = await overview();
      expect(answer.status).toBe(200);
      expect(answer.data.organisations.totalCount).toBe(offices);
      expect(answer.data.networks.nodes).toHaveLength(5);
      for (const network of answer.data.networks.nodes) {
        expect(network.name).toEqual(expect.any(String));
        expect(network.consultations).toBeNull();
        expect(
          network.memberships.every(
            (m: { organisation: { name: string } | null }) => typeof m.organisation?.name === "string",
          ),
        ).toBe(true);
      }
      expect(answer.data.consultationBudgets).toBeNull();
      expect(answer.errors!.length).toBeGreaterThan(0);
      for (const error of answer.errors!) {
        expect(error.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "budgets" });
        expect(error.message).toMatch(/budgets service cannot be reached.*Try again/);
      }

      expect(await health()).toEqual({
        status: 503,
        body: { status: "degraded", subgraphs: { organisations: "ok", networks: "ok", budgets: "down" } },
      });
      // Still ready: a load balancer must keep sending it requests, it answers most of them.
      expect((await fetch(`${graph.origin}/health/ready`)).status).toBe(200);
    } finally {
      await budgets.restart();
    }

    const back = Date.now();
    let recovered: GraphQLResponse | undefined;
    while (Date.now() - back < 10_000 && !recovered) {
      const answer = await overview();
      if (complete(answer)) recovered = answer;
    }
    const recoveryMs = Date.now() - back;
    await traffic.stop();
    console.log(
      `outage: complete answers again ${recoveryMs} ms after budgets was back; ${traffic.answers.length} requests during the test`,
    );
    expect(recovered).toBeDefined();
    expect(recoveryMs).toBeLessThan(5_000);
    expect((await health()).body.status).toBe("ok");

    // Throughout: no request failed, none got a 5xx, every answer held the other subgraphs' data.
    expect(traffic.failures).toEqual([]);
    expect(traffic.answers.every((a) => a.status === 200)).toBe(true);
    expect(
      traffic.answers.every(
        (a) => a.data?.organisations?.totalCount === offices && a.data?.networks?.nodes.length === 5,
      ),
    ).toBe(true);
    const codes = new Set(traffic.answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code));
    expect([...codes].every((code) => code === "SUBGRAPH_UNAVAILABLE")).toBe(true);
    expect(traffic.answers.some((a) => a.data?.consultationBudgets === null)).toBe(true);
  });

  it("keeps a network's own data when the organisations subgraph is down, its references null and named", async () => {
    const organisations = graph.service("organisations");
    await organisations.stop();
    try {
      const answer = await graph.gql(
        stateOffice,
        `{ networks(first: 3) { nodes { name region { name } responsibleOffice { name } memberships { role organisation { name } } } } }`,
      );
      expect(answer.status).toBe(200);
      expect(answer.data.networks.nodes).toHaveLength(3);
      for (const network of answer.data.networks.nodes) {
        expect(network.region).toBeNull();
        expect(network.responsibleOffice).toBeNull();
        expect(network.memberships.length).toBeGreaterThan(0);
        expect(
          network.memberships.every((m: { role: string; organisation: unknown }) => m.role && m.organisation === null),
        ).toBe(true);
      }
      expect(new Set(answer.errors!.map((e) => e.extensions?.subgraph))).toEqual(new Set(["organisations"]));
    } finally {
      await organisations.restart();
    }
    const again = await graph.gql(stateOffice, `{ networks(first: 3) { nodes { region { name } } } }`);
    expect(again.errors).toBeUndefined();
  });
});
