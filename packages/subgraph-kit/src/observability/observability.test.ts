// The request log line, the request id and the metrics of a real Apollo Server behind Express, over HTTP.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseSettings, ConfigError, parseConfig } from "../config.js";
import { bodyErrorHandler } from "../limits.js";
import {
  createLogger,
  observabilityPlugin,
  observeRequests,
  ServerMetrics,
  SubgraphFetchMetrics,
  tracesUrl,
} from "./index.js";

interface TestContext {
  caller: { role: string; districtKey?: string };
}

const TOKEN = "Bearer header.eyJzdWIiOiJzZWNyZXQtc3ViamVjdCJ9.signature";
const logged: Record<string, any>[] = [];
const logger = createLogger({
  service: "probe",
  level: "info",
  destination: { write: (line: string) => void logged.push(JSON.parse(line)) },
});
const registry = new Registry();
const metrics = new ServerMetrics(registry);
let httpServer: Server;
let apollo: ApolloServer<TestContext>;
let url: string;

beforeAll(async () => {
  apollo = new ApolloServer<TestContext>({
    typeDefs: "type Query { hello(name: String): String, refused: String, crash: String }",
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name: string }) => `Hallo ${name}`,
        refused: () => {
          throw new GraphQLError("Not for you.", { extensions: { code: "FORBIDDEN" } });
        },
        crash: () => {
          throw new Error("disk on fire");
        },
      },
    },
    // As at the gateway; a subgraph's formatError logs what it hides instead.
    plugins: [observabilityPlugin<TestContext>(metrics, { logUnexpectedErrors: true })],
    logger,
  });
  await apollo.start();
  const app = express();
  app.use("/graphql", observeRequests({ logger, metrics }));
  app.use(
    "/graphql",
    express.json({ limit: 2_000 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        if (req.headers.authorization !== TOKEN)
          throw new GraphQLError("Sign in first.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        return { caller: { role: "YOUTH_OFFICE", districtKey: "13071" } };
      },
    }),
  );
  app.use("/graphql", bodyErrorHandler(2_000));
  httpServer = createServer(app);
  await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await apollo?.stop();
  await new Promise((done) => httpServer?.close(done));
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: TOKEN, ...headers },
    body: JSON.stringify(body),
  });
}

/** The request's log line: written when the response has gone out, so it may follow a moment later. */
async function lineOf(requestId: string): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const line = logged.find((l) => l.requestId === requestId && l.msg === "request completed");
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line for ${requestId}`);
}

async function sample(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const found = (metric?.values as { labels: Record<string, string | number>; value: number }[] | undefined)?.find(
    (v) => Object.entries(labels).every(([k, value]) => String(v.labels[k]) === value),
  );
  return found?.value;
}

describe("a request's log line", () => {
  it("says who asked what and how it ended, under the caller's request id, which is answered too", async () => {
    const res = await post(
      { query: "query Greeting($name: String) { hello(name: $name) }", variables: { name: "Geheimname" } },
      { "x-request-id": "probe-1" },
    );

    expect(await res.json()).toEqual({ data: { hello: "Hallo Geheimname" } });
    expect(res.headers.get("x-request-id")).toBe("probe-1");
    expect(await lineOf("probe-1")).toEqual({
      level: "info",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: "probe",
      pid: process.pid,
      requestId: "probe-1",
      method: "POST",
      path: "/graphql",
      status: 200,
      durationMs: expect.any(Number),
      operation: "Greeting",
      role: "YOUTH_OFFICE",
      district: "13071",
      errors: 0,
      msg: "request completed",
    });
  });

  it("holds neither the token nor variables nor the query text", async () => {
    await (
      await post(
        { query: "query Greeting($name: String) { hello(name: $name) }", variables: { name: "Geheimname" } },
        { "x-request-id": "probe-2" },
      )
    ).json();
    const text = JSON.stringify(await lineOf("probe-2"));

    expect(text).not.toContain("Geheimname");
    expect(text).not.toContain("eyJzdWIiOiJzZWNyZXQtc3ViamVjdCJ9");
    expect(text).not.toContain("hello");
  });

  it("counts the errors answered and names their codes", async () => {
    await (await post({ query: "query Both { refused crash }" }, { "x-request-id": "probe-3" })).json();

    expect(await lineOf("probe-3")).toMatchObject({
      status: 200,
      operation: "Both",
      errors: 2,
      errorCodes: ["FORBIDDEN", "INTERNAL_SERVER_ERROR"],
    });
    // Only the error without a code is unexpected: logged with its stack and the request id.
    expect(logged.filter((l) => l.requestId === "probe-3" && l.level === "error")).toEqual([
      expect.objectContaining({
        msg: "unexpected error",
        path: "crash",
        err: expect.objectContaining({
          message: "disk on fire",
          stack: expect.stringContaining("Error: disk on fire"),
        }),
      }),
    ]);
  });

  it("is written for a request refused before GraphQL runs: no token, a body too large", async () => {
    const anonymous = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "probe-4" },
      body: JSON.stringify({ query: "{ hello }" }),
    });
    const tooLarge = await post({ query: `{ hello(name: "${"x".repeat(3_000)}") }` }, { "x-request-id": "probe-5" });

    expect([anonymous.status, tooLarge.status]).toEqual([401, 413]);
    expect(await lineOf("probe-4")).toMatchObject({ status: 401, errors: 1, errorCodes: ["UNAUTHENTICATED"] });
    expect(await lineOf("probe-4")).not.toHaveProperty("role");
    expect(await lineOf("probe-5")).toMatchObject({ status: 413, errors: 1, errorCodes: ["PAYLOAD_TOO_LARGE"] });
  });

  it("gets a fresh id when the caller's is not a plain short id", async () => {
    const res = await post({ query: "{ hello }" }, { "x-request-id": "two words" });
    const given = res.headers.get("x-request-id")!;
    await res.json();

    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    expect(await lineOf(given)).toMatchObject({ status: 200, operation: "anonymous" });
  });

  it("leaves the query string out of the path (a GET carries the query and its variables there)", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ hello(name: "Geheimname") }')}`, {
      headers: { authorization: TOKEN, "x-request-id": "probe-6", "apollo-require-preflight": "1" },
    });
    await res.json();

    expect(await lineOf("probe-6")).toMatchObject({ method: "GET", path: "/graphql" });
    expect(JSON.stringify(await lineOf("probe-6"))).not.toContain("Geheimname");
  });
});

describe("the metrics of GraphQL operations", () => {
  it("count requests by operation and outcome, their duration and their errors by code", async () => {
    await (await post({ query: "query Counted { hello }" })).json();
    await (await post({ query: "query Counted { hello }" })).json();
    await (await post({ query: "query CountedRefusal { refused }" })).json();

    expect(await sample("graphql_requests_total", { operation: "Counted", outcome: "success" })).toBe(2);
    expect(await sample("graphql_requests_total", { operation: "CountedRefusal", outcome: "error" })).toBe(1);
    expect(await sample("graphql_errors_total", { operation: "CountedRefusal", code: "FORBIDDEN" })).toBe(1);
    const text = await registry.metrics();
    expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation="Counted"\} 2$/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_bucket\{le="\+Inf",operation="Counted"\} 2$/m);
    expect(text).toMatch(/^http_requests_total\{path="\/graphql",status="413"\} 1$/m);
  });

  it("file operation names of another form under other", async () => {
    await (await post({ query: "{ hello }", operationName: "not-a-name" })).json();

    expect(await registry.metrics()).not.toContain("not-a-name");
  });
});

describe("the gateway's subgraph fetch metrics", () => {
  const fetches = () => {
    const own = new Registry();
    return { own, metrics: new SubgraphFetchMetrics(own) };
  };
  const codes = async (own: Registry) =>
    (await own.metrics())
      .split("\n")
      .filter((l) => l.startsWith("subgraph_errors_total{"))
      .sort();

  it("count answers with and without errors, by subgraph", async () => {
    const { own, metrics } = fetches();
    metrics.start("networks").answered(undefined);
    metrics.start("networks").answered([{ extensions: { code: "FORBIDDEN" } }, { extensions: {} }]);

    const text = await own.metrics();
    expect(text).toMatch(/^subgraph_requests_total\{subgraph="networks",outcome="success"\} 1$/m);
    expect(text).toMatch(/^subgraph_requests_total\{subgraph="networks",outcome="error"\} 1$/m);
    expect(text).toMatch(/^subgraph_request_duration_seconds_count\{subgraph="networks"\} 2$/m);
    expect(await codes(own)).toEqual([
      'subgraph_errors_total{subgraph="networks",code="FORBIDDEN"} 1',
      'subgraph_errors_total{subgraph="networks",code="UNKNOWN"} 1',
    ]);
  });

  it("name failures by the error's code, an HTTP answer's GraphQL codes or status, a timeout, else FETCH_FAILED", async () => {
    const { own, metrics } = fetches();
    metrics
      .start("budgets")
      .failed(new GraphQLError("The budgets service did not answer", { extensions: { code: "SUBGRAPH_TIMEOUT" } }));
    metrics.start("budgets").failed(
      new GraphQLError("400: Bad Request", {
        extensions: {
          response: { status: 400, body: { errors: [{ extensions: { code: "QUERY_LIMIT_EXCEEDED" } }] } },
        },
      }),
    );
    metrics
      .start("budgets")
      .failed(new GraphQLError("502: Bad Gateway", { extensions: { response: { status: 502, body: "<html>" } } }));
    metrics
      .start("budgets")
      .failed(Object.assign(new Error("network timeout at: http://…"), { type: "request-timeout" }));
    metrics.start("budgets").failed(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));

    expect(await own.metrics()).toMatch(/^subgraph_requests_total\{subgraph="budgets",outcome="failure"\} 5$/m);
    expect(await codes(own)).toEqual(
      ["FETCH_FAILED", "HTTP_502", "QUERY_LIMIT_EXCEEDED", "SUBGRAPH_TIMEOUT", "TIMEOUT"].map(
        (code) => `subgraph_errors_total{subgraph="budgets",code="${code}"} 1`,
      ),
    );
  });
});

describe("trace settings", () => {
  it("send spans to <endpoint>/v1/traces", () => {
    expect(tracesUrl("http://collector:4318")).toBe("http://collector:4318/v1/traces");
    expect(tracesUrl("http://collector:4318/")).toBe("http://collector:4318/v1/traces");
    expect(tracesUrl("https://otel.example/base")).toBe("https://otel.example/base/v1/traces");
  });

  it("are off by default and refuse an endpoint that is no http(s) URL, naming the setting", () => {
    expect(parseConfig(baseSettings, {}).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(
      parseConfig(baseSettings, {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
        OTEL_SERVICE_NAME: "gateway-eu-1",
      }),
    ).toMatchObject({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
      OTEL_SERVICE_NAME: "gateway-eu-1",
    });
    for (const [setting, value] of [
      ["OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318"],
      ["OTEL_EXPORTER_OTLP_ENDPOINT", "ftp://collector"],
      ["OTEL_SERVICE_NAME", "two words"],
    ] as const) {
      expect(() => parseConfig(baseSettings, { [setting]: value }), `${setting}=${value}`).toThrow(ConfigError);
      try {
        parseConfig(baseSettings, { [setting]: value });
      } catch (error) {
        expect((error as ConfigError).problems.join("\n")).toMatch(new RegExp(`^${setting}: `, "m"));
      }
    }
  });
});
