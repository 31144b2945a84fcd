import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ForwardingDataSource, mergeKey, nameTheSubgraph, subgraphFailure } from "./forwarding.js";

/** What make-fetch-happen rejects with, and what Apollo's data source makes of an HTTP error answer. */
const fetchError = (props: Record<string, unknown>) => Object.assign(new Error("fetch failed"), props);
const httpError = (status: number, body: unknown) =>
  new GraphQLError(`${status}: x`, { extensions: { response: { status, body } } });

describe("subgraphFailure", () => {
  it("names a subgraph that did not answer in time, with the limit", () => {
    const error = subgraphFailure("budgets", fetchError({ type: "request-timeout" }), 2_500);
    expect(error.extensions).toEqual({ code: "SUBGRAPH_TIMEOUT", subgraph: "budgets", timeoutMs: 2_500 });
    expect(error.message).toMatch(/budgets service did not answer within 2.5 seconds.*null.*Try again/);
    expect(subgraphFailure("budgets", fetchError({ type: "body-timeout" }), 1_000).extensions.code).toBe(
      "SUBGRAPH_TIMEOUT",
    );
  });

  it("tells an unreachable subgraph from one that answered with a server error", () => {
    const refused = subgraphFailure("networks", fetchError({ code: "ECONNREFUSED", type: "system" }), 1_000);
    expect(refused.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "networks" });
    expect(refused.message).toMatch(/networks service cannot be reached/);
    const stopping = subgraphFailure("networks", httpError(503, "Service Unavailable"), 1_000);
    expect(stopping.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "networks" });
    expect(stopping.message).toMatch(/answered HTTP 503/);
  });

  it("passes on what the subgraph itself refused, with its code, never its raw response", () => {
    const refused = subgraphFailure(
      "organisations",
      httpError(400, {
        errors: [
          {
            message: "The query nests fields too deeply",
            extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth" },
          },
        ],
      }),
      1_000,
    );
    expect(refused.message).toBe("The query nests fields too deeply");
    expect(refused.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth", subgraph: "organisations" });
    expect(JSON.stringify(refused.extensions)).not.toMatch(/response/);
  });

  it("reports anything else as unavailable without details", () => {
    const odd = subgraphFailure("budgets", new Error("Expected JSON response body, but received: <html>"), 1_000);
    expect(odd.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "budgets" });
    expect(odd.message).not.toMatch(/html/);
  });
});

describe("nameTheSubgraph", () => {
  it("names the subgraph of an error it answered itself, and leaves other errors alone", () => {
    expect(
      nameTheSubgraph({ message: "slow", extensions: { code: "TIMEOUT", serviceName: "budgets" } }).extensions,
    ).toEqual({ code: "TIMEOUT", serviceName: "budgets", subgraph: "budgets" });
    expect(nameTheSubgraph({ message: "x", extensions: { code: "FORBIDDEN" } })).toEqual({
      message: "x",
      extensions: { code: "FORBIDDEN" },
    });
  });
});

describe("identical fetches in flight", () => {
  /** A subgraph that answers each request after 100 ms with how many it has received. */
  async function countingSubgraph() {
    let received = 0;
    const server = createServer((req, res) => {
      received++;
      const answer = JSON.stringify({ data: { seen: received } });
      req
        .resume()
        .on("end", () => setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(answer), 100));
    });
    let connections = 0;
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      received: () => received,
      connections: () => connections,
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    };
  }

  const fetchFor = (token: string, operation: "query" | "mutation", query = "{ seen }") =>
    ({
      kind: "incoming operation",
      request: { query, variables: { year: 2026 }, http: { method: "POST", url: "", headers: new Headers() } },
      context: { authorization: `Bearer ${token}`, requestId: "r", caller: { subject: token, role: "STATE_OFFICE" } },
      incomingRequestContext: { operation: { operation } },
    }) as unknown as Parameters<ForwardingDataSource["process"]>[0];

  it("sends one fetch for the same query of the same caller at the same moment, each getting its own copy", async () => {
    const subgraph = await countingSubgraph();
    try {
      const source = new ForwardingDataSource("budgets", subgraph.url, 5_000);
      const answers = await Promise.all([1, 2, 3].map(() => source.process(fetchFor("a", "query"))));
      expect(subgraph.received()).toBe(1);
      expect(answers.map((a) => a.data)).toEqual([{ seen: 1 }, { seen: 1 }, { seen: 1 }]);
      expect(answers[0]).not.toBe(answers[1]);
      // Once answered, the next one goes out again: nothing is cached.
      await source.process(fetchFor("a", "query"));
      expect(subgraph.received()).toBe(2);
    } finally {
      subgraph.close();
    }
  });

  it("keeps the connection to the subgraph open from one fetch to the next", async () => {
    const subgraph = await countingSubgraph();
    try {
      const source = new ForwardingDataSource("budgets", subgraph.url, 5_000);
      for (let i = 0; i < 5; i++) await source.process(fetchFor("a", "query"));
      expect(subgraph.received()).toBe(5);
      expect(subgraph.connections()).toBe(1);
    } finally {
      subgraph.close();
    }
  });

  it("never merges fetches of different callers, of mutations, or of different queries", async () => {
    const subgraph = await countingSubgraph();
    try {
      const source = new ForwardingDataSource("budgets", subgraph.url, 5_000);
      await Promise.all(
        [fetchFor("a", "query"), fetchFor("b", "query"), fetchFor("a", "query", "{ seen other: seen }")].map((f) =>
          source.process(f),
        ),
      );
      expect(subgraph.received()).toBe(3);
      await Promise.all([source.process(fetchFor("a", "mutation")), source.process(fetchFor("a", "mutation"))]);
      expect(subgraph.received()).toBe(5);
      expect(mergeKey(fetchFor("a", "mutation"))).toBeUndefined();
    } finally {
      subgraph.close();
    }
  });
});
