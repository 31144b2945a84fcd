// Logs, request ids, metrics and traces of the real graph: what operators read, read the way they read it.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startGraph, token, type RunningGraph, type SubgraphName } from "../support/graph.js";

/** Reaches the networks subgraph (networks) and the organisations subgraph (members' names, the search). */
const QUERY = `query ObservedNetworks($region: String, $search: String) {
  networks(filter: { regionKey: $region }, first: 2) { nodes { name memberships { role organisation { name } } } }
  organisations(filter: { search: $search }) { totalCount }
}`;
/** A variable's value that must never reach a log. */
const SECRET_SEARCH = "Vertraulich-Suchwort-7Q3";

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string; arrayValue?: { values: { stringValue?: string }[] } } }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

/** A stand-in for an OpenTelemetry collector on loopback: records what arrives at /v1/traces (OTLP/HTTP JSON). */
async function startCollector(): Promise<{
  url: string;
  posts: { path: string; body: string }[];
  spans(): ReceivedSpan[];
  close(): Promise<void>;
}> {
  const posts: { path: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += String(chunk)));
    req.on("end", () => {
      posts.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    spans: () =>
      posts
        .filter((p) => p.path === "/v1/traces")
        .flatMap(
          (p) =>
            JSON.parse(p.body).resourceSpans as {
              resource: { attributes: OtlpSpan["attributes"] };
              scopeSpans: { spans: OtlpSpan[] }[];
            }[],
        )
        .flatMap((r) => {
          const service = r.resource.attributes?.find((a) => a.key === "service.name")?.value.stringValue ?? "";
          return r.scopeSpans.flatMap((s) => s.spans.map((span) => ({ ...span, service })));
        }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The JSON lines a process wrote (anything else it printed is skipped). */
function logLines(graph: RunningGraph, name: SubgraphName | "gateway"): Record<string, any>[] {
  return graph
    .service(name)
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/**
 * The first line of a process's log that `matches`. A process writes a request's line when the response has
 * gone out, so it may reach us a moment after the response: waited for (up to 10 s), not assumed.
 */
async function logLine(
  graph: RunningGraph,
  name: SubgraphName | "gateway",
  matches: (line: Record<string, any>) => boolean,
): Promise<Record<string, any>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const line = logLines(graph, name).find(matches);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`${name} logged no such line:\n${graph.service(name).output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Parses Prometheus' text format into samples with their labels. */
async function metrics(origin: string): Promise<{ name: string; labels: Record<string, string>; value: number }[]> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

function sample(
  samples: Awaited<ReturnType<typeof metrics>>,
  name: string,
  labels: Record<string, string>,
): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function observedQuery(graph: RunningGraph, bearer: string, requestId: string): Promise<Response> {
  return fetch(graph.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, "x-request-id": requestId },
    body: JSON.stringify({ query: QUERY, variables: { region: "13071", search: SECRET_SEARCH } }),
  });
}

describe("without a trace collector configured", () => {
  let graph: RunningGraph;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let youthOffice: string;
  let stopped = false;

  beforeAll(async () => {
    collector = await startCollector();
    youthOffice = await token("youth-office", "13071");
    // The standard variable an OTLP exporter would fall back to: if anything exported, it would land here.
    graph = await startGraph({ env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces` } });
  });
  afterAll(async () => {
    if (!stopped) await graph?.stop();
    await collector?.close();
  });

  it("answers the caller's request id and logs one line with it in the gateway and in each subgraph the query reached", async () => {
    const requestId = "obs-e2e-logs-1";
    const res = await observedQuery(graph, youthOffice, requestId);
    const body = (await res.json()) as { data?: any; errors?: unknown };

    expect(res.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(res.headers.get("x-request-id")).toBe(requestId);

    await logLine(graph, "gateway", (l) => l.requestId === requestId);
    const gatewayLines = logLines(graph, "gateway").filter((l) => l.requestId === requestId);
    expect(gatewayLines).toEqual([
      expect.objectContaining({
        service: "gateway",
        level: "info",
        msg: "request completed",
        method: "POST",
        path: "/graphql",
        status: 200,
        durationMs: expect.any(Number),
        operation: "ObservedNetworks",
        role: "YOUTH_OFFICE",
        district: "13071",
        errors: 0,
      }),
    ]);
    // No tracing without a collector: no span, so no trace id.
    expect(gatewayLines[0]).not.toHaveProperty("traceId");
    for (const name of ["networks", "organisations"] as const) {
      await logLine(graph, name, (l) => l.requestId === requestId);
      const lines = logLines(graph, name).filter((l) => l.requestId === requestId && l.msg === "request completed");
      expect(lines.length, `${name}: one line per subgraph fetch`).toBeGreaterThanOrEqual(1);
      for (const line of lines) {
        expect(line).toMatchObject({
          service: name,
          method: "POST",
          path: "/graphql",
          status: 200,
          role: "YOUTH_OFFICE",
          district: "13071",
          errors: 0,
        });
        expect(line.operation).toMatch(/^ObservedNetworks__/);
      }
    }
    // The query never asked budgets for anything.
    expect(logLines(graph, "budgets").filter((l) => l.requestId === requestId)).toEqual([]);
  });

  it("logs neither the token nor the variables' values nor the query text", async () => {
    const requestId = "obs-e2e-secrets-1";
    await (await observedQuery(graph, youthOffice, requestId)).json();
    for (const name of ["gateway", "networks", "organisations"] as const)
      await logLine(graph, name, (l) => l.requestId === requestId);

    for (const name of ["gateway", "networks", "organisations", "budgets"] as const) {
      const output = graph.service(name).output();
      expect(output, name).not.toContain(youthOffice);
      expect(output, name).not.toContain(youthOffice.split(".")[1]);
      expect(output, name).not.toContain(SECRET_SEARCH);
      expect(output, name).not.toContain("memberships");
      expect(output.toLowerCase(), name).not.toContain("bearer");
    }
  });

  it("logs one line for a CSV export, without the query and variables its URL carries", async () => {
    const url = new URL(`${graph.origin}/export.csv`);
    url.searchParams.set(
      "query",
      `query ExportedOrganisations($search: String) { organisations(filter: { search: $search }) { nodes { name } } }`,
    );
    url.searchParams.set("variables", JSON.stringify({ search: SECRET_SEARCH }));
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${youthOffice}`, "x-request-id": "obs-e2e-export-1" },
    });
    await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("obs-e2e-export-1");
    expect(await logLine(graph, "gateway", (l) => l.requestId === "obs-e2e-export-1")).toMatchObject({
      method: "GET",
      path: "/export.csv",
      status: 200,
      operation: "ExportedOrganisations",
      role: "YOUTH_OFFICE",
      errors: 0,
    });
    expect(logLines(graph, "gateway").filter((l) => l.requestId === "obs-e2e-export-1")).toHaveLength(1);
    expect(await logLine(graph, "organisations", (l) => l.requestId === "obs-e2e-export-1")).toMatchObject({
      status: 200,
    });
    for (const name of ["gateway", "organisations"] as const)
      expect(graph.service(name).output(), name).not.toContain(SECRET_SEARCH);
  });

  it("replaces a request id that is not a plain short id by a UUID of its own, passed on to the subgraphs", async () => {
    const unsafe = `forged" level="error ${"x".repeat(120)}`;
    const res = await observedQuery(graph, youthOffice, unsafe);
    await res.json();
    const given = res.headers.get("x-request-id")!;

    expect(given).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await logLine(graph, "gateway", (l) => l.requestId === given)).toMatchObject({
      status: 200,
      operation: "ObservedNetworks",
    });
    expect(await logLine(graph, "networks", (l) => l.requestId === given)).toMatchObject({ status: 200 });
    expect(graph.service("gateway").output()).not.toContain("forged");
  });

  it("logs refusals too: a request without a token with its status and code", async () => {
    const res = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "obs-e2e-anonymous-1" },
      body: JSON.stringify({ query: "{ organisations { totalCount } }" }),
    });
    await res.json();

    expect(res.status).toBe(401);
    expect(await logLine(graph, "gateway", (l) => l.requestId === "obs-e2e-anonymous-1")).toMatchObject({
      status: 401,
      errors: 1,
      errorCodes: ["UNAUTHENTICATED"],
    });
  });

  it("counts requests, latency and errors per operation, and per subgraph at the gateway, in /metrics", async () => {
    const analyst = await token("analyst");
    await (await observedQuery(graph, youthOffice, "obs-e2e-metrics-1")).json();
    // Contacts' names are personal data: an analyst gets them as null with FORBIDDEN.
    const forbidden = await graph.gql(
      analyst,
      `query ObservedContacts { organisations(first: 1, filter: { kind: YOUTH_OFFICE }) { nodes { contacts { name } } } }`,
    );
    expect(forbidden.errors?.some((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);

    const gateway = await metrics(graph.origin);
    expect(
      sample(gateway, "graphql_requests_total", {
        service: "gateway",
        operation: "ObservedNetworks",
        outcome: "success",
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, "graphql_request_duration_seconds_count", { operation: "ObservedNetworks" }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, "graphql_request_duration_seconds_bucket", { operation: "ObservedNetworks", le: "+Inf" }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(gateway, "graphql_requests_total", { operation: "ObservedContacts", outcome: "error" })).toBe(1);
    expect(
      sample(gateway, "graphql_errors_total", { operation: "ObservedContacts", code: "FORBIDDEN" }),
    ).toBeGreaterThanOrEqual(1);
    for (const subgraph of ["networks", "organisations"]) {
      expect(
        sample(gateway, "subgraph_requests_total", { subgraph, outcome: "success" }),
        subgraph,
      ).toBeGreaterThanOrEqual(1);
      expect(sample(gateway, "subgraph_request_duration_seconds_count", { subgraph }), subgraph).toBeGreaterThanOrEqual(
        1,
      );
    }
    expect(
      sample(gateway, "subgraph_requests_total", { subgraph: "organisations", outcome: "error" }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, "subgraph_errors_total", { subgraph: "organisations", code: "FORBIDDEN" }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(gateway, "subgraph_requests_total", { subgraph: "budgets" })).toBeUndefined();
    expect(sample(gateway, "http_requests_total", { path: "/graphql", status: "401" })).toBeGreaterThanOrEqual(1);

    const networksOrigin = graph.service("networks").origin;
    const networks = await metrics(networksOrigin);
    const networksOperation = networks.find(
      (s) => s.name === "graphql_requests_total" && s.labels.operation?.startsWith("ObservedNetworks__"),
    );
    expect(networksOperation).toMatchObject({ labels: { service: "networks", outcome: "success" } });
    expect(networksOperation!.value).toBeGreaterThanOrEqual(1);
    expect(
      sample(networks, "graphql_request_duration_seconds_count", { operation: networksOperation!.labels.operation! }),
    ).toBeGreaterThanOrEqual(1);
    expect(await graph.sqlStatements("networks")).toBeGreaterThan(0);
  });

  it("keeps operation names from callers to a bounded set of labels", async () => {
    const analyst = await token("analyst");
    await Promise.all(
      ["Operation-With-Dashes", "x".repeat(80)].map((name) =>
        fetch(graph.gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${analyst}` },
          body: JSON.stringify({ query: "{ __typename }", operationName: name }),
        }).then((r) => r.json()),
      ),
    );
    await graph.gql(analyst, "{ __typename }");

    const gateway = await metrics(graph.origin);
    const operations = new Set(
      gateway.filter((s) => s.name === "graphql_requests_total").map((s) => s.labels.operation),
    );
    expect(operations.has("anonymous")).toBe(true);
    expect(operations.has("other")).toBe(true);
    expect([...operations].some((o) => o?.includes("Dashes") || o?.startsWith("xxx"))).toBe(false);
  });

  it("sends no trace anywhere", async () => {
    await (await observedQuery(graph, youthOffice, "obs-e2e-no-traces-1")).json();
    // Stopping flushes whatever an exporter would hold.
    const exits = await graph.stop();
    stopped = true;

    expect(exits.every((e) => e.code === 0)).toBe(true);
    expect(collector.posts).toEqual([]);
  });
});

describe("with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
  });
  afterAll(() => collector?.close());

  it("exports one trace per query: the gateway's spans and each subgraph's server span as a child of the gateway's fetch", async () => {
    const graph = await startGraph({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url } });
    let exits;
    try {
      const requestId = "obs-e2e-traces-1";
      const res = await observedQuery(graph, await token("state-office"), requestId);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      const { traceId } = await logLine(graph, "gateway", (l) => l.requestId === requestId);
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      for (const name of ["networks", "organisations"] as const) {
        expect((await logLine(graph, name, (l) => l.requestId === requestId)).traceId, name).toBe(traceId);
      }
    } finally {
      // Stopping flushes the spans still buffered.
      exits = await graph.stop();
    }
    expect(exits.every((e) => e.code === 0)).toBe(true);

    const spans = collector.spans();
    const gatewayServer = spans.find(
      (s) =>
        s.service === "gateway" &&
        s.kind === 2 &&
        s.attributes?.some(
          (a) =>
            a.key === "http.request.header.x-request-id" &&
            a.value.arrayValue?.values[0]?.stringValue === "obs-e2e-traces-1",
        ),
    );
    expect(gatewayServer).toBeDefined();
    const trace = spans.filter((s) => s.traceId === gatewayServer!.traceId);
    const gatewaySpans = trace.filter((s) => s.service === "gateway");
    expect(gatewaySpans.map((s) => s.name)).toEqual(
      expect.arrayContaining(["POST /graphql", "gateway.request", "gateway.plan", "gateway.execute", "gateway.fetch"]),
    );
    for (const name of ["networks", "organisations"]) {
      const servers = trace.filter((s) => s.service === name && s.kind === 2);
      expect(servers.length, name).toBeGreaterThanOrEqual(1);
      for (const server of servers) {
        const parent = gatewaySpans.find((s) => s.spanId === server.parentSpanId);
        expect(parent?.name, name).toBe("gateway.fetch");
      }
      // The SQL statements the subgraph sent for this request, as children of its server span.
      const sql = trace.filter((s) => s.service === name && s.name.startsWith("sql "));
      expect(sql.length, name).toBeGreaterThan(0);
      expect(
        sql.every((s) => servers.some((server) => server.spanId === s.parentSpanId)),
        name,
      ).toBe(true);
    }
    expect(trace.some((s) => s.service === "budgets")).toBe(false);
    expect(JSON.stringify(collector.posts)).not.toContain(SECRET_SEARCH);
  });
});
