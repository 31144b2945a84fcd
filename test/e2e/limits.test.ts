/**
 * One careless query must not knock the graph over: too deep, too many aliases or too large a body get a clear
 * error at the gateway and at a subgraph called directly, and the graph keeps answering. The rate limit holds
 * per caller.
 */
import { readFileSync } from "node:fs";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, issueDevToken } from "@kinderschutz/subgraph-kit/auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGraph, type RunningGraph } from "../support/graph.js";

/** `levels` nested levels below `open`, closed by a scalar field. */
function nested(open: string, step: string, leaf: string, levels: number): string {
  let query = leaf;
  for (let i = 0; i < levels; i++) query = `${step} { ${query} }`;
  return `{ ${open} { ${query} } }`;
}

// organisations { nodes { networks { memberships { organisation { networks { … } } } } } }, 50 levels.
const deepGatewayQuery = (() => {
  let inner = "name";
  for (let i = 0; i < 16; i++) inner = `networks { memberships { organisation { ${inner} } } }`;
  return `{ organisations(first: 1) { nodes { ${inner} } } }`;
})();
// Within the organisations subgraph alone: regions { children { children { … } } }, 50 levels.
const deepSubgraphQuery = nested("regions", "children", "name", 49);
const aliasBomb = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;

/** An operation of the admin interface, with its fragments, as graphql-codegen wrote it. */
function adminOperation(name: string): string {
  const generated = readFileSync(
    new URL("../../admin-ui/src/lib/graphql/generated/graphql.ts", import.meta.url),
    "utf8",
  );
  const text = new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([\\s\\S]*?)\``).exec(
    generated,
  )?.[1];
  if (!text) throw new Error(`no operation ${name} in the admin interface`);
  return text;
}

async function postBody(url: string, bearer: string, body: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    retryAfter: res.headers.get("retry-after"),
    text,
  };
}

const devAuth = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE } as const;
let graph: RunningGraph;

beforeAll(async () => {
  // A small rate limit, in a window far longer than the tests: every request below falls into the first one.
  graph = await startGraph({ gatewayEnv: { RATE_LIMIT_MAX: "5", RATE_LIMIT_WINDOW_MS: "3600000" } });
});
afterAll(async () => {
  await graph?.stop();
});

describe("query limits", () => {
  // A caller of its own for each test, so the small rate limit above never counts one test's requests in another.
  let analyst: string;
  let callers = 0;
  beforeEach(async () => {
    analyst = await issueDevToken(devAuth, { role: "ANALYST", subject: `limits-analyst-${++callers}` });
  });
  const targets = () =>
    [
      ["gateway", graph.gatewayUrl, deepGatewayQuery],
      ["organisations subgraph", graph.subgraphUrls.organisations, deepSubgraphQuery],
    ] as const;

  it("nests the deep queries 50 levels deep", () => {
    // The operation's own braces plus one pair per level.
    expect(deepGatewayQuery.match(/\{/g)).toHaveLength(51);
    expect(deepSubgraphQuery.match(/\{/g)).toHaveLength(51);
  });

  it("refuses a query 50 levels deep, naming the depth limit", async () => {
    for (const [where, url, query] of targets()) {
      const r = await graph.gql(analyst, query, undefined, url);
      expect(r.status, where).toBe(400);
      expect(r.data, where).toBeUndefined();
      // Its estimated cost may be refused as well; the depth is named in any case.
      expect(r.errors, where).toContainEqual({
        message:
          "The query nests fields too deeply (51): at most 15 levels are allowed. Ask for fewer nested levels or split the query.",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth", max: 15, found: 51 },
      });
      expect(
        r.errors!.every((e) => e.extensions?.code === "QUERY_LIMIT_EXCEEDED"),
        where,
      ).toBe(true);
    }
  });

  it("refuses a query of 1,000 aliases, naming the limit it exceeds", async () => {
    for (const [where, url] of targets()) {
      const r = await graph.gql(analyst, aliasBomb, undefined, url);
      expect(r.status, where).toBe(400);
      expect(r.errors, where).toHaveLength(1);
      // 1,000 aliases are also more than 4,000 tokens: whichever limit the parser meets first names itself.
      const { extensions, message } = r.errors![0]!;
      expect(extensions, where).toMatchObject({
        code: "QUERY_LIMIT_EXCEEDED",
        limit: expect.stringMatching(/^(aliases|tokens)$/),
      });
      expect(message, where).toMatch(/too many aliases.*at most 30|too long: at most 4000 tokens/);
    }
  });

  it("refuses 31 aliases, under the token limit, by the alias limit", async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    for (const [where, url] of targets()) {
      const r = await graph.gql(analyst, aliases, undefined, url);
      expect(r.errors?.[0], where).toMatchObject({
        message:
          "The query uses too many aliases (31): at most 30 are allowed. Send fewer aliased fields or split the query.",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "aliases", max: 30, found: 31 },
      });
    }
  });

  it("answers a 5 MB body with a GraphQL-shaped 413 instead of an HTML page", async () => {
    const body = JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(5 * 1024 * 1024) } });
    for (const [where, url] of targets()) {
      const r = await postBody(url, analyst, body);
      expect(r.status, where).toBe(413);
      expect(r.contentType, where).toMatch(/^application\/json/);
      expect(JSON.parse(r.text), where).toEqual({
        errors: [
          {
            message: expect.stringMatching(/larger than the 1048576 bytes allowed/),
            extensions: { code: "PAYLOAD_TOO_LARGE", maxBytes: 1048576 },
          },
        ],
      });
    }
  });

  it("answers a body that is no JSON with a GraphQL-shaped 400", async () => {
    for (const [where, url] of targets()) {
      const r = await postBody(url, analyst, "{ this is not json");
      expect(r.status, where).toBe(400);
      expect(JSON.parse(r.text).errors[0].extensions.code, where).toBe("BAD_REQUEST");
    }
  });

  it("keeps answering normal queries afterwards, the admin interface's heaviest among them", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const overview = await graph.gql(analyst, adminOperation("StatewideOverview"), {
      year: Number(today.slice(0, 4)),
      stateKey: "13",
      today,
    });
    expect(overview.errors).toBeUndefined();
    expect(overview.data.regions.length).toBeGreaterThan(0);

    const list = await graph.gql(analyst, "{ networks(first: 1) { nodes { id } } }");
    const detail = await graph.gql(analyst, adminOperation("NetworkDetail"), { id: list.data.networks.nodes[0].id });
    expect(detail.errors).toBeUndefined();
    expect(detail.data.network.id).toBe(list.data.networks.nodes[0].id);

    const direct = await graph.gql(
      analyst,
      "{ organisations(first: 1) { totalCount } }",
      undefined,
      graph.subgraphUrls.organisations,
    );
    expect(direct.data.organisations.totalCount).toBeGreaterThan(0);
  });
});

describe("the rate limit at the gateway", () => {
  it("answers 429 with Retry-After after the configured number of requests, for that caller only", async () => {
    const busy = await issueDevToken(devAuth, { role: "ANALYST", subject: "busy-analyst" });
    const other = await issueDevToken(devAuth, { role: "ANALYST", subject: "other-analyst" });
    const query = JSON.stringify({ query: "{ organisations(first: 1) { totalCount } }" });

    for (let i = 0; i < 5; i++) expect((await postBody(graph.gatewayUrl, busy, query)).status).toBe(200);
    const refused = await postBody(graph.gatewayUrl, busy, query);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many requests: at most 5 every 3600 seconds for each caller\. Try again in \d+ seconds\.$/,
          ),
          extensions: {
            code: "RATE_LIMITED",
            limit: 5,
            windowSeconds: 3600,
            retryAfterSeconds: Number(refused.retryAfter),
          },
        },
      ],
    });

    const r = await graph.gql(other, "{ organisations(first: 1) { totalCount } }");
    expect(r.status).toBe(200);
    expect(r.data.organisations.totalCount).toBeGreaterThan(0);
  });
});
