// Graceful shutdown of every process with requests in flight: on SIGTERM readiness turns 503 at once, the process
// keeps serving for SHUTDOWN_DELAY_MS, then refuses new connections, finishes what it had begun and exits 0.
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph, type SubgraphName } from "../support/graph.js";

const QUERIES: Record<SubgraphName | "gateway", string> = {
  gateway: `{ networks(first: 3) { nodes { name responsibleOffice { name } } } organisations(first: 3) { totalCount } }`,
  organisations: `{ organisations(first: 5) { totalCount nodes { name } } }`,
  networks: `{ networks(first: 5) { totalCount nodes { name } } }`,
  budgets: `{ experts { professions active } }`,
};

/** A POST whose body is only half sent: the server has begun it and must wait for the rest. */
function halfSentRequest(origin: string, bearer: string, query: string) {
  const body = JSON.stringify({ query });
  const url = new URL("/graphql", origin);
  const req = request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      authorization: `Bearer ${bearer}`,
    },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += String(chunk)));
      res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { answer, finish: () => req.end(body.slice(half)) };
}

/** Whether a new TCP connection to the process is accepted right now. */
function accepts(origin: string): Promise<boolean> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const status = async (url: string) => (await fetch(url)).status;

let graph: RunningGraph;
let stateOffice: string;
beforeAll(async () => {
  stateOffice = await token("state-office");
  // A delay long enough to watch readiness report the stop while the process still serves.
  graph = await startGraph({ env: { SHUTDOWN_DELAY_MS: "1500", SHUTDOWN_TIMEOUT_MS: "20000" } });
});
afterAll(async () => {
  await graph?.stop();
});

describe("graceful shutdown on SIGTERM", () => {
  for (const name of ["gateway", "organisations", "networks", "budgets"] as const) {
    it(`lets the ${name} finish every request in flight, refuses new connections meanwhile and exits cleanly`, async () => {
      const service = graph.service(name);
      const inFlight = Array.from({ length: 12 }, () => halfSentRequest(service.origin, stateOffice, QUERIES[name]));
      // Wait until the server holds every connection (a request it has not yet seen is not in flight).
      await new Promise((r) => setTimeout(r, 300));
      const exited = service.exited;

      service.signal("SIGTERM");
      await until("readiness answers 503", async () => (await status(`${service.origin}/health/ready`)) === 503);
      // Still serving during the delay: a request sent now is answered.
      const duringDelay = await graph.gql(stateOffice, QUERIES[name], undefined, `${service.origin}/graphql`);
      expect(duringDelay.status).toBe(200);
      expect(duringDelay.errors).toBeUndefined();
      expect(await status(`${service.origin}/health/live`)).toBe(200);

      await until("the listener is closed", async () => !(await accepts(service.origin)));
      for (const r of inFlight) r.finish();
      const answers = await Promise.all(inFlight.map((r) => r.answer));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      expect(answers.filter((a) => a.body.errors)).toEqual([]);

      const exit = await exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      const log = service.output();
      expect(log).toContain("SIGTERM");
      if (name !== "gateway") expect(log).toMatch(/database closed/);

      await service.restart();
      expect(await status(`${service.origin}/health/ready`)).toBe(200);
    });
  }
});
