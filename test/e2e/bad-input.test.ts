/**
 * Bad requests of every kind (test/e2e/bad-input/cases.ts), sent to the gateway and directly to each subgraph
 * they apply to: each gets a clear error as GraphQL over HTTP prescribes (a 4xx, or 200 with errors for a field's
 * error), as JSON shaped like a GraphQL response with a documented `extensions.code` and a message that says what
 * to do, without stack trace or SQL. Script- and SQL-like text that is valid is stored verbatim. Afterwards every
 * process still answers and its memory stayed bounded.
 */
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET } from "@kinderschutz/subgraph-kit/auth";
import { ANSWER_CODES, FIELD_REASONS, REFUSAL_REASONS } from "@kinderschutz/subgraph-kit/errors";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";
import {
  CASES as BASE_CASES,
  createWithName,
  TARGETS,
  type CaseContext,
  type Sent,
  type Target,
} from "./bad-input/cases.js";
import { createWithBytes, ENCODING_AND_OPERATION_CASES } from "./bad-input/encoding-and-operation-cases.js";

const CASES = [...BASE_CASES, ...ENCODING_AND_OPERATION_CASES];

/** Every code the graph documents (README: "Errors"), but never an internal error for what a caller sends. */
const DOCUMENTED_CODES = new Set<string>(ANSWER_CODES.filter((code) => code !== "INTERNAL_SERVER_ERROR"));
/** A client says each field problem in its own words from its reason: every one names a reason it knows. */
const KNOWN_REASONS = new Set<string>([...FIELD_REASONS, ...REFUSAL_REASONS]);
const STACK_TRACE = /\n\s+at |\bat .*\.(?:js|ts):\d+|node_modules|file:\/\//;
// What a database error would leak: statements, driver names, constraint wording.
const SQL =
  /\b(?:select .* from|insert into|update \w+ set|delete from|sqlite|libsql|postgres|relation "|violates|syntax error at or near)\b/i;
/** Memory each process may use after all cases, whatever they sent. */
const MEMORY_BOUND_BYTES = 400 * 1024 * 1024;

let graph: RunningGraph;
let context: CaseContext;
const memoryBefore = new Map<Target, number>();

const baseUrl = (target: Target) => (target === "gateway" ? graph.gatewayUrl : graph.subgraphUrls[target]);
const origin = (target: Target) => new URL(baseUrl(target)).origin;

async function residentMemory(target: Target): Promise<number> {
  const text = await (await fetch(`${origin(target)}/metrics`)).text();
  const value = /^process_resident_memory_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
  if (!value) throw new Error(`no process_resident_memory_bytes in the /metrics of ${target}`);
  return Number(value);
}

async function send(target: Target, sent: Sent) {
  const url = new URL(baseUrl(target));
  if (sent.path) url.pathname = sent.path;
  for (const [name, value] of Object.entries(sent.search ?? {})) url.searchParams.set(name, value);
  if (sent.rawSearch !== undefined) url.search = sent.rawSearch;
  // A request without a body (GET) carries no content-type, as a browser sends it.
  const headers: Record<string, string> = {
    ...(sent.body === undefined ? {} : { "content-type": "application/json" }),
    ...sent.headers,
  };
  if (headers["content-type"] === "") delete headers["content-type"];
  const authorization = sent.authorization === undefined ? `Bearer ${context.tokens.stateOffice}` : sent.authorization;
  if (authorization !== null) headers.authorization = authorization;
  // Bytes, so that fetch adds no content-type of its own.
  const body =
    sent.body === undefined
      ? undefined
      : (Buffer.from(
          typeof sent.body === "string" ? new TextEncoder().encode(sent.body) : sent.body,
        ) as unknown as BodyInit);
  const res = await fetch(url, { method: sent.method ?? "POST", headers, body, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

const signed = (claims: Record<string, unknown>, secret: string, expires: number | string = "1h") =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("bad-input")
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));

beforeAll(async () => {
  graph = await startGraph();
  const stateOffice = await token("state-office");
  const contacts = await graph.gql(stateOffice, "{ organisations(first: 50) { nodes { contacts { id } } } }");
  const contactId = contacts.data?.organisations.nodes.flatMap((o: { contacts: { id: string }[] }) => o.contacts)[0]
    ?.id;
  if (!contactId) throw new Error(`no contact in the demo data: ${JSON.stringify(contacts.errors)}`);
  context = {
    contactId,
    tokens: {
      stateOffice,
      analyst: await token("analyst"),
      expired: await signed({ role: "STATE_OFFICE" }, DEV_SECRET, Math.floor(Date.now() / 1000) - 60),
      wrongSignature: await signed({ role: "STATE_OFFICE" }, `${DEV_SECRET}-but-not-quite`),
      unknownRole: await signed({ role: "ADMIN" }, DEV_SECRET),
    },
  };
  for (const target of TARGETS) memoryBefore.set(target, await residentMemory(target));
});
afterAll(async () => {
  await graph?.stop();
});

describe("bad requests", () => {
  it(`are at least 50 distinct kinds (${CASES.length}), each sent to the gateway`, () => {
    expect(new Set(CASES.map((c) => c.kind)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(CASES.every((c) => c.targets.includes("gateway"))).toBe(true);
  });

  for (const c of CASES) {
    it(`${c.kind}: ${c.targets.join(", ")}`, async () => {
      for (const target of c.targets) {
        const where = `${c.kind} @ ${target}`;
        const res = await send(target, c.request(target, context));
        expect(res.status, `${where}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
        expect(c.status, `${where}: status ${res.status}: ${res.text.slice(0, 300)}`).toContain(res.status);
        expect(res.contentType, where).toMatch(/^application\/(?:graphql-response\+)?json/);
        const body = JSON.parse(res.text) as {
          data?: unknown;
          errors?: { message: string; extensions?: Record<string, any> }[];
        };
        expect(Array.isArray(body.errors) && body.errors.length > 0, `${where}: ${res.text.slice(0, 300)}`).toBe(true);
        // 200 only for a field's error: execution ran, so `data` is there (null where the field failed).
        if (res.status === 200) expect(body, where).toHaveProperty("data");
        for (const error of body.errors!) {
          expect(typeof error.message, where).toBe("string");
          expect(
            DOCUMENTED_CODES.has(error.extensions?.code),
            `${where}: undocumented code ${error.extensions?.code}: ${error.message}`,
          ).toBe(true);
          expect(error.extensions, where).not.toHaveProperty("stacktrace");
          for (const problem of (error.extensions?.fields ?? []) as { field: string; reason?: string }[])
            expect(KNOWN_REASONS.has(problem.reason ?? ""), `${where}: ${problem.field} without a known reason`).toBe(
              true,
            );
          expect(error.message, where).not.toMatch(STACK_TRACE);
          expect(error.message, where).not.toMatch(SQL);
        }
        expect(body.errors![0]!.extensions!.code, `${where}: ${body.errors![0]!.message}`).toBe(c.code);
        expect(
          body.errors!.map((e) => e.message),
          where,
        ).toContainEqual(expect.stringMatching(c.message));
        if (c.field)
          expect(
            body.errors!.flatMap((e) => e.extensions?.fields ?? []).map((f: { field: string }) => f.field),
            where,
          ).toContain(c.field);
      }
    });
  }
});

describe("script- and SQL-like text that is valid as a name", () => {
  const NAMES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'); DROP TABLE organisation; --",
    "' OR '1'='1",
    '=HYPERLINK("http://127.0.0.1/";"Klick")',
    "Müller & Söhne – „Frühe Hilfen“ 🌈",
  ];
  const READ: Record<Exclude<Target, "gateway">, string> = {
    organisations: "query($id: ID!) { organisation(id: $id) { name } }",
    networks: "query($id: ID!) { network(id: $id) { name } }",
    budgets: "{ experts(activeOnly: false) { id name } }",
  };
  const nameIn = (owner: Exclude<Target, "gateway">, data: any, id: string): unknown =>
    owner === "organisations"
      ? data.organisation?.name
      : owner === "networks"
        ? data.network?.name
        : data.experts.find((e: { id: string }) => e.id === id)?.name;

  it("is stored exactly as sent and read back byte for byte, through the gateway and from the subgraph", async () => {
    for (const target of TARGETS) {
      const owner = target === "gateway" ? "organisations" : target;
      for (const name of NAMES) {
        const where = `${name} @ ${target}`;
        const created = await send(target, createWithName(target, name));
        expect(created.status, `${where}: ${created.text}`).toBe(200);
        const body = JSON.parse(created.text);
        expect(body.errors, where).toBeUndefined();
        const record = Object.values(body.data)[0] as { id: string; name: string };
        expect(record.name, where).toBe(name);
        for (const url of [graph.gatewayUrl, graph.subgraphUrls[owner]]) {
          const read = await graph.gql(
            context.tokens.stateOffice,
            READ[owner],
            owner === "budgets" ? undefined : { id: record.id },
            url,
          );
          expect(read.errors, where).toBeUndefined();
          expect(
            Buffer.from(String(nameIn(owner, read.data, record.id))).equals(Buffer.from(name)),
            `${where} read from ${url}`,
          ).toBe(true);
        }
      }
    }
  });

  it("is searched for as text: SQL in a search finds only names that contain it", async () => {
    for (const url of [graph.gatewayUrl, graph.subgraphUrls.organisations]) {
      const found = await graph.gql(
        context.tokens.stateOffice,
        "query($s: String) { organisations(first: 100, filter: { search: $s }) { totalCount nodes { name } } }",
        { s: "' OR '1'='1" },
        url,
      );
      expect(found.errors).toBeUndefined();
      expect(found.data.organisations.totalCount).toBeGreaterThanOrEqual(1);
      expect(found.data.organisations.nodes.every((o: { name: string }) => o.name.includes("' OR '1'='1"))).toBe(true);
    }
  });
});

describe("a name with bytes that are no UTF-8", () => {
  const WORDS: [string, string] = ["Kaputt", "Kodiert"];
  const LISTS = [
    ["organisations", `{ organisations(first: 500, filter: { search: "${WORDS[0]}" }) { nodes { name } } }`],
    ["networks", `{ networks(first: 500, filter: { search: "${WORDS[0]}" }) { nodes { name } } }`],
    ["experts", "{ experts(activeOnly: false) { name } }"],
  ] as const;

  it("is refused with BAD_REQUEST at the gateway and at every subgraph, and nothing is stored", async () => {
    for (const target of TARGETS) {
      const res = await send(target, createWithBytes(target, [0xc3, 0x28], WORDS));
      expect(res.status, `${target}: ${res.text}`).toBe(400);
      expect(JSON.parse(res.text).errors[0].extensions.code, target).toBe("BAD_REQUEST");
    }
    for (const [list, query] of LISTS) {
      const read = await graph.gql(context.tokens.stateOffice, query);
      expect(read.errors, list).toBeUndefined();
      const names: string[] = (list === "experts" ? read.data.experts : read.data[list].nodes).map(
        (r: { name: string }) => r.name,
      );
      // U+FFFD: what a lenient decoder makes of such bytes. No case of this file stores one.
      expect(
        names.filter((name) => name.includes(WORDS[1]) || name.includes("\ufffd")),
        list,
      ).toEqual([]);
    }
  });
});

describe("subscriptions", () => {
  it("are not declared: the gateway and every subgraph introspect to no subscription root", async () => {
    for (const target of TARGETS) {
      const read = await graph.gql(
        context.tokens.analyst,
        "{ __schema { subscriptionType { name } } }",
        undefined,
        baseUrl(target),
      );
      expect(read.errors, target).toBeUndefined();
      expect(read.data.__schema.subscriptionType, target).toBeNull();
    }
  });
});

describe("afterwards", () => {
  it("every process still answers /health", async () => {
    for (const target of TARGETS) {
      const res = await fetch(`${origin(target)}/health`);
      expect(res.status, target).toBe(200);
      expect((await res.json()).status, target).toBe("ok");
    }
    const r = await graph.gql(context.tokens.analyst, "{ organisations(first: 1) { totalCount } }");
    expect(r.data.organisations.totalCount).toBeGreaterThan(0);
  });

  it(`every process's resident memory stayed under ${MEMORY_BOUND_BYTES / 1024 / 1024} MB`, async () => {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    for (const target of TARGETS) {
      const after = await residentMemory(target);
      console.log(
        `resident memory of ${target}: ${mb(memoryBefore.get(target)!)} before the bad requests, ${mb(after)} after`,
      );
      expect(after, target).toBeLessThan(MEMORY_BOUND_BYTES);
    }
  });
});
