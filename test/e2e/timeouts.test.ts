// Timeouts at the gateway with a subgraph that accepts connections and never answers (a paused process, as a
// hung one looks from outside): its part of the answer fails after SUBGRAPH_TIMEOUT_MS with a clear error while
// the rest is answered; a whole request longer than REQUEST_TIMEOUT_MS is answered with 504 TIMEOUT.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";

const MIXED = `{ organisations(first: 2) { nodes { name } } networks(first: 2) { nodes { name } } }`;

let graph: RunningGraph;
let stateOffice: string;
beforeAll(async () => {
  stateOffice = await token("state-office");
  graph = await startGraph({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: "1500", REQUEST_TIMEOUT_MS: "20000" } });
});
afterAll(async () => {
  graph.service("networks").signal("SIGCONT");
  await graph?.stop();
});

describe("timeouts", () => {
  it("answers a hung subgraph's fields with SUBGRAPH_TIMEOUT and the others' fields in full", async () => {
    graph.service("networks").signal("SIGSTOP");
    try {
      const answer = await graph.gql(stateOffice, MIXED);
      expect(answer.status).toBe(200);
      expect(answer.data?.organisations.nodes).toHaveLength(2);
      expect(answer.data?.networks).toBeNull();
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/networks service did not answer within 1\.5 seconds.*Try again/),
          extensions: expect.objectContaining({ code: "SUBGRAPH_TIMEOUT", subgraph: "networks", timeoutMs: 1500 }),
        }),
      ]);
    } finally {
      graph.service("networks").signal("SIGCONT");
    }
    const again = await graph.gql(stateOffice, MIXED);
    expect(again.errors).toBeUndefined();
    expect(again.data?.networks.nodes).toHaveLength(2);
  });

  it("stops a whole request at REQUEST_TIMEOUT_MS with HTTP 504 and TIMEOUT, and serves the next one", async () => {
    const gateway = graph.service("gateway");
    await gateway.stop();
    await gateway.restart({ SUBGRAPH_TIMEOUT_MS: "20000", REQUEST_TIMEOUT_MS: "1000" });
    graph.service("networks").signal("SIGSTOP");
    try {
      const answer = await graph.gql(stateOffice, MIXED);
      expect(answer.status).toBe(504);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "TIMEOUT", timeoutMs: 1000 });
      expect(answer.errors?.[0]?.message).toMatch(/longer than 1 seconds/);
    } finally {
      graph.service("networks").signal("SIGCONT");
    }
    const again = await graph.gql(stateOffice, MIXED);
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
  });
});
