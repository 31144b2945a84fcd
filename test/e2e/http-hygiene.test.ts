// What every HTTP answer of the graph carries and refuses: security headers, a Content-Security-Policy that lets
// the interface's own start script run and nothing else, CORS only for configured origins, CSRF prevention, and
// answers and files compressed for clients that take it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUiBuild, startGraph, token, type RunningGraph } from "../support/graph.js";

const ALLOWED = "https://kinderschutz.example";
const STRANGER = "https://elsewhere.example";
const QUERY = JSON.stringify({ query: "{ organisations(first: 1) { totalCount } }" });

let graph: RunningGraph;
let bearer: string;
beforeAll(async () => {
  bearer = await token("analyst");
  graph = await startGraph({ adminUi: true, explorer: true, gatewayEnv: { CORS_ORIGINS: `${ALLOWED}/` } });
});
afterAll(() => graph?.stop());

const post = (url: string, headers: Record<string, string> = {}, body = QUERY) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, ...headers },
    body,
  });

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
  expect(headers.get("referrer-policy")).toBe("no-referrer");
  expect(headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  expect(headers.get("x-powered-by")).toBeNull();
}

describe("security headers", () => {
  it("come with the interface's pages, whose policy allows exactly the interface's inline start script", async () => {
    const page = await fetch(`${graph.origin}/organisationen`);
    expect(page.status).toBe(200);
    expectSecurityHeaders(page.headers);
    const policy = page.headers.get("content-security-policy")!;
    const html = readFileSync(path.join(adminUiBuild(), "index.html"), "utf8");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1]!.split(" ");
    expect(scriptSrc.sort()).toEqual(["'self'", ...inline].sort());
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  it("come with the API's answers at the gateway and at every subgraph, which load nothing", async () => {
    expectSecurityHeaders((await post(graph.gatewayUrl)).headers);
    for (const url of Object.values(graph.subgraphUrls)) {
      const answer = await post(url, {}, JSON.stringify({ query: "{ __typename }" }));
      expect(answer.status).toBe(200);
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    }
  });
});

describe("CORS", () => {
  it("lets a configured origin's page call the API, with the headers it needs", async () => {
    const preflight = await fetch(graph.gatewayUrl, {
      method: "OPTIONS",
      headers: {
        origin: ALLOWED,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const answer = await post(graph.gatewayUrl, { origin: ALLOWED });
    expect(answer.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(answer.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);
  });

  it("gives any other origin nothing a browser would let its page read", async () => {
    const preflight = await fetch(graph.gatewayUrl, {
      method: "OPTIONS",
      headers: {
        origin: STRANGER,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const answer = await post(graph.gatewayUrl, { origin: STRANGER });
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    // Subgraphs are never called from browsers: no CORS at all.
    const direct = await post(graph.subgraphUrls.organisations, { origin: ALLOWED });
    expect(direct.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("CSRF prevention", () => {
  it("refuses a request a foreign page could send without a preflight, at the gateway and at the subgraphs", async () => {
    for (const url of [graph.gatewayUrl, ...Object.values(graph.subgraphUrls)]) {
      const simplePost = await post(url, { "content-type": "text/plain" });
      expect(simplePost.status).toBe(400);
      const simpleGet = await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(simpleGet.status).toBe(400);
      const body = (await simpleGet.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
      // With the header a preflight would have checked, the same GET runs.
      const preflighted = await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { authorization: `Bearer ${bearer}`, "apollo-require-preflight": "1" },
      });
      expect(preflighted.status).toBe(200);
    }
  });
});

/** One GET or POST with exactly the given Accept-Encoding, the body as it came over the wire. */
function raw(
  url: string,
  encoding: string | undefined,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: init.method ?? "GET",
      headers: { ...(encoding ? { "accept-encoding": encoding } : {}), ...init.headers },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

const DECODE: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  identity: (body) => body,
};

describe("transfer", () => {
  it("sends the interface's and the explorer's files compressed at build time, each as the browser takes it", async () => {
    const html = readFileSync(path.join(adminUiBuild(), "index.html"), "utf8");
    const script = /"(\/_app\/immutable\/[^"]+\.js)"/.exec(html)![1]!;
    const explorerHtml = (await fetch(`${graph.origin}/explorer/`)).ok;
    expect(explorerHtml).toBe(true);
    for (const [url, file] of [
      [`${graph.origin}${script}`, path.join(adminUiBuild(), script)],
      [`${graph.origin}/netzwerke`, path.join(adminUiBuild(), "index.html")],
    ] as const) {
      const original = readFileSync(file);
      for (const [accepts, sent] of [
        ["br, gzip", "br"],
        ["gzip", "gzip"],
        [undefined, "identity"],
      ] as const) {
        const answer = await raw(url, accepts);
        expect(answer.status, url).toBe(200);
        expect(answer.headers["content-encoding"] ?? "identity", `${url} for ${accepts}`).toBe(sent);
        expect(answer.headers.vary, url).toMatch(/accept-encoding/i);
        expect(DECODE[sent]!(answer.body).equals(original), `${url} for ${accepts}`).toBe(true);
        if (sent !== "identity") expect(answer.body.length).toBeLessThan(original.length);
      }
    }
    const explorer = await raw(`${graph.origin}/explorer/`, "br");
    expect(explorer.headers["content-encoding"]).toBe("br");
  });

  it("compresses GraphQL answers and CSV files for clients that take it", async () => {
    const query = JSON.stringify({ query: "{ organisations(first: 100) { nodes { id name kind city } } }" });
    const headers = { "content-type": "application/json", authorization: `Bearer ${bearer}` };
    const plain = await raw(graph.gatewayUrl, undefined, { method: "POST", headers, body: query });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const encoding of ["br", "gzip"] as const) {
      const packed = await raw(graph.gatewayUrl, encoding, { method: "POST", headers, body: query });
      expect(packed.headers["content-encoding"]).toBe(encoding);
      expect(JSON.parse(DECODE[encoding]!(packed.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString()));
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
    }
    const csv = await raw(`${graph.origin}/export.csv`, "gzip", { method: "POST", headers, body: query });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(csv.body).toString("utf8")).toMatch(/^\uFEFFid;name;kind;city\r?\n/);
  });
});
