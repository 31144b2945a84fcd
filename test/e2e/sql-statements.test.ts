// The benchmarked operations send as many SQL statements with five times the data as without: no query per row
// (N+1) hides behind a list, in any subgraph. Counted, not timed: each subgraph reports the statements it sent at
// /metrics. Two graphs with the same generated state at two densities; the operations work on records that exist at
// both (test/support/workload.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, SUBGRAPH_NAMES, token, type RunningGraph, type SubgraphName } from "../support/graph.js";
import { findWorkloadTarget, WORKLOAD, type WorkloadRole, type WorkloadTarget } from "../support/workload.js";

const STATE = "01";
const SIZES = [0.1, 0.5] as const;

type Counts = Record<string, Record<SubgraphName, number>>;

async function countStatements(graph: RunningGraph): Promise<Counts> {
  const sender =
    (bearer: string, name: string) => async (request: { query: string; variables?: Record<string, unknown> }) => {
      const answer = await graph.gql(bearer, request.query, request.variables);
      expect(answer.errors, `${name}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
      return answer.data;
    };
  const stateOffice = await token("state-office");
  const target: WorkloadTarget = await findWorkloadTarget(sender(stateOffice, "target"), STATE);
  const tokens: Record<WorkloadRole, string> = {
    "state-office": stateOffice,
    "youth-office": await token("youth-office", target.districtKey),
    analyst: await token("analyst"),
  };
  const counts: Counts = {};
  for (const operation of WORKLOAD) {
    const send = sender(tokens[operation.role], operation.name);
    // Once to warm up (nothing a first request does once per process counts), then counted.
    await operation.run(send, target);
    const before = await Promise.all(SUBGRAPH_NAMES.map((name) => graph.sqlStatements(name)));
    await operation.run(send, target);
    const after = await Promise.all(SUBGRAPH_NAMES.map((name) => graph.sqlStatements(name)));
    counts[operation.name] = Object.fromEntries(
      SUBGRAPH_NAMES.map((name, i) => [name, after[i]! - before[i]!]),
    ) as Record<SubgraphName, number>;
  }
  return counts;
}

const graphs: RunningGraph[] = [];

beforeAll(async () => {
  graphs.push(
    ...(await Promise.all(
      SIZES.map((density) => startGraph({ generate: ["germany", "--states", STATE, "--density", String(density)] })),
    )),
  );
}, 240_000);

afterAll(async () => {
  await Promise.all(graphs.map((g) => g.stop()));
});

describe("SQL statements per benchmarked operation", () => {
  it("are the same with five times the data", async () => {
    const [small, large] = [await countStatements(graphs[0]!), await countStatements(graphs[1]!)];
    console.table(
      Object.fromEntries(Object.entries(large).map(([operation, bySubgraph]) => [operation, { ...bySubgraph }])),
    );

    // The larger graph does hold several times the data the operations go through.
    const stateOffice = await token("state-office");
    const organisations = await Promise.all(
      graphs.map(
        async (g) =>
          (
            await g.gql(
              stateOffice,
              "query ($key: String!) { organisations(first: 1, filter: { regionKey: $key }) { totalCount } }",
              { key: STATE },
            )
          ).data.organisations.totalCount as number,
      ),
    );
    expect(organisations[1]!).toBeGreaterThan(organisations[0]! * 3);

    expect(large).toEqual(small);
    // And no operation needs more than a handful per subgraph: equal counts could still both be large.
    for (const [operation, bySubgraph] of Object.entries(large)) {
      for (const [subgraph, statements] of Object.entries(bySubgraph))
        expect(statements, `${operation} in ${subgraph}`).toBeLessThanOrEqual(25);
    }
  });
});
