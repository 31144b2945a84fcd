import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { nameTheSubgraph, subgraphFailure } from "./forwarding.js";

/** What make-fetch-happen rejects with, and what Apollo's data source makes of an HTTP error answer. */
const fetchError = (props: Record<string, unknown>) => Object.assign(new Error("fetch failed"), props);
const httpError = (status: number, body: unknown) => new GraphQLError(`${status}: x`, { extensions: { response: { status, body } } });

describe("subgraphFailure", () => {
  it("names a subgraph that did not answer in time, with the limit", () => {
    const error = subgraphFailure("budgets", fetchError({ type: "request-timeout" }), 2_500);
    expect(error.extensions).toEqual({ code: "SUBGRAPH_TIMEOUT", subgraph: "budgets", timeoutMs: 2_500 });
    expect(error.message).toMatch(/budgets service did not answer within 2.5 seconds.*null.*Try again/);
    expect(subgraphFailure("budgets", fetchError({ type: "body-timeout" }), 1_000).extensions.code).toBe("SUBGRAPH_TIMEOUT");
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
      httpError(400, { errors: [{ message: "The query nests fields too deeply", extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth" } }] }),
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
    expect(nameTheSubgraph({ message: "slow", extensions: { code: "TIMEOUT", serviceName: "budgets" } }).extensions).toEqual({ code: "TIMEOUT", serviceName: "budgets", subgraph: "budgets" });
    expect(nameTheSubgraph({ message: "x", extensions: { code: "FORBIDDEN" } })).toEqual({ message: "x", extensions: { code: "FORBIDDEN" } });
  });
});
