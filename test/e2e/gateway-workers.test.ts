// GATEWAY_WORKERS=2: two gateway processes share the port, a crashed one is replaced, and SIGTERM stops them all
// cleanly.
import { request } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";

let graph: RunningGraph;
let stateOffice: string;

beforeAll(async () => {
  graph = await startGraph({ gatewayEnv: { GATEWAY_WORKERS: "2", LOG_LEVEL: "info" } });
  stateOffice = await token("state-office");
});

afterAll(async () => {
  await graph?.stop();
});

/** A query on a connection of its own (the workers take connections in turn), answered with its status. */
function queryOnNewConnection(): Promise<number> {
  const body = JSON.stringify({ query: "{ organisations(first: 1) { totalCount } }" });
  return new Promise((resolve, reject) => {
    const req = request(graph.gatewayUrl, {
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        authorization: `Bearer ${stateOffice}`,
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The pids of the gateway processes that logged a line with `msg` matching, once per line. */
function pidsLoggingEach(msg: RegExp): number[] {
  return graph
    .service("gateway")
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { pid: number; msg: string })
    .filter((entry) => msg.test(entry.msg))
    .map((entry) => entry.pid);
}

const pidsLogging = (msg: RegExp) => [...new Set(pidsLoggingEach(msg))];

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it("serves from two processes, replaces one that crashes, and stops all of them on SIGTERM", async () => {
  await until("two workers ready", () => pidsLogging(/^gateway ready at/).length === 2);
  const workers = pidsLogging(/^gateway ready at/);
  expect(workers).not.toContain(graph.service("gateway").pid);

  const statuses = await Promise.all(Array.from({ length: 20 }, queryOnNewConnection));
  expect(statuses.every((s) => s === 200)).toBe(true);
  // Log lines arrive a moment after the answers.
  await until("20 requests logged", () => pidsLoggingEach(/^request completed/).length >= 20);
  expect(pidsLogging(/^request completed/).sort()).toEqual([...workers].sort());

  process.kill(workers[0]!, "SIGKILL");
  await until("a third worker ready", () => pidsLogging(/^gateway ready at/).length === 3);
  const afterCrash = await Promise.all(Array.from({ length: 10 }, queryOnNewConnection));
  expect(afterCrash.every((s) => s === 200)).toBe(true);

  const exit = await graph.service("gateway").stop();
  expect(exit).toMatchObject({ code: 0, killed: false });
  const current = pidsLogging(/^gateway ready at/).filter((pid) => pid !== workers[0]);
  expect(current.filter(alive)).toEqual([]);
  expect(graph.service("gateway").output()).toContain("all 2 workers stopped");
});
