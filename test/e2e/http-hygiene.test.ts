// What every HTTP answer of the graph carries and refuses: security headers, a Content-Security-Policy that lets
// the interface's own start script run and nothing else, CORS only for configured origins, CSRF prevention.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
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
