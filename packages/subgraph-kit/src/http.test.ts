import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { nodeStartFlags } from "./config.js";
import { healthRoutes, heapGrowthFlag, securityHeaders, shutDownGracefully, type Lifecycle } from "./http.js";

const servers: import("node:http").Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(app: express.Express): Promise<string> {
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("healthRoutes", () => {
  it("keeps liveness up while readiness follows the check and turns 503 when stopping", async () => {
    const lifecycle: Lifecycle = { stopping: false };
    let problem: string | undefined;
    const app = express();
    healthRoutes(app, { service: "widgets", lifecycle, readyCheck: async () => problem });
    const origin = await serve(app);
    const get = async (path: string) => {
      const res = await fetch(origin + path);
      return { status: res.status, body: await res.json() };
    };
    expect(await get("/health/ready")).toEqual({ status: 200, body: { status: "ok", service: "widgets" } });
    problem = "database unreachable";
    expect(await get("/health/ready")).toEqual({
      status: 503,
      body: { status: "down", service: "widgets", reason: "database unreachable" },
    });
    expect((await get("/health/live")).status).toBe(200);
    problem = undefined;
    lifecycle.stopping = true;
    expect(await get("/health/ready")).toEqual({ status: 503, body: { status: "stopping", service: "widgets" } });
    expect((await get("/health/live")).status).toBe(200);
  });
});

describe("shutDownGracefully", () => {
  it("reports stopping first, drains after the delay, then closes", async () => {
    const lifecycle: Lifecycle = { stopping: false };
    const steps: string[] = [];
    const stopped = shutDownGracefully(
      lifecycle,
      { SHUTDOWN_DELAY_MS: 50, SHUTDOWN_TIMEOUT_MS: 1_000 },
      {
        drain: async () => void steps.push(`drain (stopping: ${lifecycle.stopping})`),
        close: async () => void steps.push("close"),
      },
    );
    expect(lifecycle.stopping).toBe(true);
    expect(steps).toEqual([]);
    await stopped;
    expect(steps).toEqual(["drain (stopping: true)", "close"]);
  });
});

describe("securityHeaders", () => {
  it("sends helmet's headers with the given policy", async () => {
    const app = express();
    app.use(securityHeaders());
    app.get("/", (_req, res) => void res.json({}));
    const res = await fetch(await serve(app));
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age/);
  });
});

describe("heapGrowthFlag", () => {
  // A fresh process per measurement: builds answers of 50,000 small objects, keeps the last four (the requests in
  // flight) and drops the rest, as a gateway under load does; prints the heap's peak size in MB.
  const peakHeapMb = async (flag: string | undefined): Promise<number> => {
    const script = `
      const { setFlagsFromString, getHeapStatistics } = require("node:v8");
      if (process.argv[1]) setFlagsFromString(process.argv[1]);
      let peak = 0; const inFlight = [];
      for (let round = 0; round < 60; round++) {
        inFlight.push(Array.from({ length: 50000 }, (_, i) => ({ id: "id-" + round + "-" + i, sector: "HEALTH", n: i })));
        if (inFlight.length > 4) inFlight.shift();
        peak = Math.max(peak, getHeapStatistics().total_heap_size);
      }
      console.log(peak / 2 ** 20);`;
    // As the graph's processes run: started with the gateway's start flags, the growth bound set at run time.
    const start = flag ? nodeStartFlags("gateway") : [];
    const { stdout } = await promisify(execFile)(process.execPath, [...start, "-e", script, ...(flag ? [flag] : [])]);
    return Number(stdout);
  };

  it(`keeps a busy heap well below what V8 lets it grow to on its own (Node ${process.versions.node})`, async () => {
    expect(heapGrowthFlag(0)).toBeUndefined();
    const [ownChoice, limited] = await Promise.all([peakHeapMb(undefined), peakHeapMb(heapGrowthFlag(50))]);
    expect(limited).toBeLessThan(ownChoice * 0.75);
    // Two processes building 3 million objects each: seconds on a loaded machine.
  }, 30_000);
});
