/**
 * Unexpected errors in development mode (NODE_ENV=development, the default): the caller gets a JSON error without
 * stack trace or file paths, the log gets the stack with the request id. The gateway's organisations subgraph is a
 * stand-in that answers entity fetches with nonsense, which makes Apollo's gateway fail inside (as a subgraph of
 * another version could).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startProcess, token, type ExtraProcess } from "../support/graph.js";

/** What a stack trace or an installation's files look like in a response. */
const LEAKS = /\n\s+at |\bat .*\.(?:js|ts):\d+|node_modules|file:\/\/|(?:\/[\w.@+-]+){2,}\.(?:js|ts|mjs)\b/;

let dataDir: string;
let stub: Server;
let networks: ExtraProcess;
let gateway: ExtraProcess;
let gatewayOrigin: string;
let stateOffice: string;

async function startStandIn(): Promise<string> {
  stub = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      // `_entities` must be a list: this breaks the gateway's merge of the answers.
      res.end(req.url?.startsWith("/health") ? '{"status":"ok"}' : '{"data":{"_entities":"nonsense"}}');
    });
  });
  const port = await freePort();
  await new Promise<void>((done) => stub.listen(port, "127.0.0.1", done));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  stateOffice = await token("state-office");
  dataDir = mkdtempSync(path.join(tmpdir(), "kinderschutz-internal-errors-"));
  const standIn = await startStandIn();
  const networksPort = await freePort();
  const development = { NODE_ENV: "development", LOG_LEVEL: "info" };
  networks = await startProcess(
    "networks",
    "services/networks",
    ["dist/main.js"],
    { ...development, PORT: String(networksPort), DATA_DIR: dataDir, DEMO_DATA: "true" },
    `http://127.0.0.1:${networksPort}/health`,
  );
  const gatewayPort = await freePort();
  gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;
  gateway = await startProcess(
    "gateway",
    "gateway",
    ["dist/main.js"],
    {
      ...development,
      PORT: String(gatewayPort),
      ORGANISATIONS_URL: `${standIn}/graphql`,
      NETWORKS_URL: `http://127.0.0.1:${networksPort}/graphql`,
      BUDGETS_URL: `${standIn}/graphql`,
    },
    `${gatewayOrigin}/health/ready`,
  );
});
afterAll(async () => {
  await gateway?.stop();
  await networks?.stop();
  await new Promise((done) => stub?.close(done));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The gateway's JSON log lines with this request id, waited for: a line is written once the answer has gone out. */
async function loggedFor(
  requestId: string,
  matches: (line: Record<string, any>) => boolean,
): Promise<Record<string, any>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const lines = gateway
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, any>);
    const line = lines.find((l) => l.requestId === requestId && matches(l));
    if (line) return line;
    if (Date.now() > deadline)
      throw new Error(`the gateway logged no such line for ${requestId}:\n${gateway.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("in development mode", () => {
  it("an unexpected error is answered as INTERNAL_SERVER_ERROR without stack trace or file paths, and logged with its stack and the request id", async () => {
    const res = await fetch(`${gatewayOrigin}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${stateOffice}`,
        "x-request-id": "internal-error-1",
      },
      body: JSON.stringify({ query: "{ networks(first: 1) { nodes { name region { name } } } }" }),
    });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(500);
    const body = JSON.parse(text) as { data?: any; errors: { message: string; extensions: Record<string, unknown> }[] };
    // The part that worked stands.
    expect(body.data.networks.nodes[0].name).toEqual(expect.any(String));
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    for (const error of body.errors) {
      expect(error.extensions).not.toHaveProperty("stacktrace");
      expect(error.message).toMatch(/^Internal error: /);
    }
    expect(text).not.toMatch(LEAKS);

    const logged = await loggedFor("internal-error-1", (l) => l.level === "error");
    expect(logged.err.stack).toMatch(/_entities[\s\S]*\n\s+at /);
  });

  it("a request that fails outside GraphQL is answered with JSON, not with Express's page and its stack trace", async () => {
    const res = await fetch(`${gatewayOrigin}/auth/dev-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"role": ',
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(text).not.toMatch(LEAKS);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});
