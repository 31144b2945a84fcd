/**
 * A bounded load test on loopback: the real graph on PostgreSQL with the demo data, and LOAD_USERS virtual users
 * (youth offices of the eight districts of Mecklenburg-Vorpommern, the state office, analysts), each with a token
 * of its own, working through the gateway for LOAD_DURATION_S seconds with short think times. It prints a table
 * of counts, refusals, errors and latencies per operation (a report: no latency is asserted), then asserts that
 * no request failed (no HTTP 5xx, no INTERNAL_SERVER_ERROR, nothing but the refusals the domain expects under
 * concurrency), that every acknowledged write is stored and nothing refused is, and that every process is
 * still up and healthy.
 *
 *   pnpm test:load                                  (60 s, 40 users; `pnpm test` runs it after the other suites)
 *   LOAD_DURATION_S=15 LOAD_USERS=20 pnpm test:load  (a shorter run while developing)
 */
import { Random } from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startGraph, subgraphDatabases, token, type RunningGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { Client } from "./client.js";
import { Ledger, POOL, type Account } from "./ledger.js";
import { exampleQueries, interfaceOperations, trustedDocumentsFile } from "./operations.js";
import { FLOWS, runUser, type Role, type VirtualUser } from "./personas.js";
import { formatReport, Recorder } from "./recorder.js";
import { verify } from "./verify.js";
import { MV_DISTRICTS, readWorld } from "./world.js";

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

const DURATION_S = setting("LOAD_DURATION_S", 60, 1);
const USERS = setting("LOAD_USERS", 40, 3);
const MAX_THINK_MS = 50;
const SUBGRAPHS = ["organisations", "networks", "budgets"] as const;

let postgres: PostgresHandle;
let graph: RunningGraph;
beforeAll(async () => {
  postgres = await startPostgres({ databases: [...SUBGRAPHS] });
  graph = await startGraph({
    databaseUrls: subgraphDatabases(postgres),
    // On PostgreSQL the subgraphs load no demo data unless told to (DEMO_DATA defaults to false there).
    demoData: true,
    gatewayEnv: {
      // The interface's users may send only what its build registered, as in a hardened deployment: the load
      // then is exactly what the interface sends.
      TRUSTED_DOCUMENTS_FILE: trustedDocumentsFile(),
      // Each virtual user has a token subject of its own, but thinks for at most 50 ms instead of seconds, so it
      // sends far more than a person would (several hundred requests a minute). The limit stays on, above that.
      RATE_LIMIT_MAX: "100000",
    },
  });
}, 240_000);
afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
});

/** The mix: about 60 % youth offices (spread over the eight districts), 20 % state office, 20 % analysts. */
function roles(users: number): Role[] {
  const stateOffice = Math.max(1, Math.round(users * 0.2));
  const analysts = Math.max(1, Math.round(users * 0.2));
  const youthOffices = users - stateOffice - analysts;
  return [
    ...Array<Role>(youthOffices).fill("youth-office"),
    ...Array<Role>(stateOffice).fill("state-office"),
    ...Array<Role>(analysts).fill("analyst"),
  ];
}

it(`serves ${USERS} users for ${DURATION_S} s on PostgreSQL without a failed request or a lost write`, async () => {
  const ops = interfaceOperations();
  const setupClient = new Client(new Recorder(), graph.origin, await token("state-office"), "setup");
  const world = await readWorld(setupClient, ops);
  const ledger = new Ledger();
  const recorder = new Recorder();
  const scene = { ops, world, ledger, examples: exampleQueries(), maxThinkMs: MAX_THINK_MS };

  // Each contingent and the pool has exactly one keeper among the state-office users, so that "the last
  // acknowledged allocation" is well defined (there is no version to order two keepers' saves).
  const mix = roles(USERS);
  const keepers = mix.filter((r) => r === "state-office").length;
  const accounts: Account[] = [...MV_DISTRICTS, POOL];
  const counters: Record<Role, number> = { "youth-office": 0, "state-office": 0, analyst: 0 };
  const users: VirtualUser[] = await Promise.all(
    mix.map(async (role, index) => {
      const n = counters[role]++;
      const district = role === "youth-office" ? world.districts[n % world.districts.length]! : undefined;
      const name = district
        ? `load-youth-office-${district.key}-${Math.floor(n / world.districts.length) + 1}`
        : `load-${role}-${n + 1}`;
      const bearer = await token(role, district?.key, name);
      return {
        name,
        role,
        client: new Client(recorder, graph.origin, bearer, role),
        random: new Random(20270101, `${name}#${index}`),
        district,
        accounts: role === "state-office" ? accounts.filter((_, i) => i % keepers === n) : [],
      };
    }),
  );

  const started = performance.now();
  const deadline = started + DURATION_S * 1000;
  const flows = await Promise.all(users.map((user) => runUser(user, scene, deadline)));
  const seconds = (performance.now() - started) / 1000;

  console.log(
    `\nLoad test: ${USERS} users (${mix.filter((r) => r === "youth-office").length} youth offices, ${keepers} state office, ` +
      `${mix.filter((r) => r === "analyst").length} analysts) on PostgreSQL for ${DURATION_S} s, think time 0–${MAX_THINK_MS} ms\n\n` +
      `${formatReport(recorder, seconds)}\nwrites: ${JSON.stringify(ledger.counts())}\n`,
  );

  // No failed request at all: no 5xx, no INTERNAL_SERVER_ERROR, nothing but the refusals the domain expects.
  const totals = recorder.totals();
  const samples = [...recorder.operations.values()].flatMap((s) => s.samples.map((m) => `${s.operation}: ${m}`));
  expect(totals.serverErrors, samples.join("\n")).toBe(0);
  expect(Object.fromEntries(totals.failed), samples.join("\n")).toEqual({});

  // The load was what it claims to be: every user worked, and every kind of request and write happened.
  expect(flows.every((n) => n > 0)).toBe(true);
  for (const role of Object.keys(FLOWS) as Role[]) expect(mix).toContain(role);
  const accepted = (operation: string) => recorder.operations.get(operation)?.accepted ?? 0;
  for (const operation of [
    "YouthOfficeOverview",
    "OrganisationList",
    "NetworkDetail",
    "StatewideOverview",
    "ServiceReport",
    "export.csv organisations",
  ]) {
    expect(accepted(operation), operation).toBeGreaterThan(0);
  }
  expect([...recorder.operations.keys()].filter((op) => op.startsWith("docs/queries")).length).toBeGreaterThan(0);
  const counts = ledger.counts();
  expect(counts.organisationUpdates).toBeGreaterThan(0);
  expect(counts.meetings).toBeGreaterThan(0);
  expect(counts.requests).toBeGreaterThan(0);
  expect(counts.approvals).toBeGreaterThan(0);
  expect(counts.allocations).toBeGreaterThan(0);

  // Every acknowledged write is stored, nothing refused is, and no contingent is overdrawn.
  expect(await verify(setupClient, ops, world, ledger)).toEqual([]);

  // Every process is still up and healthy: the gateway checks each subgraph, each subgraph its database.
  const gatewayHealth = await fetch(`${graph.origin}/health`);
  expect(gatewayHealth.status).toBe(200);
  expect(await gatewayHealth.json()).toMatchObject({
    status: "ok",
    subgraphs: Object.fromEntries(SUBGRAPHS.map((name) => [name, "ok"])),
  });
  for (const name of SUBGRAPHS) {
    const health = await fetch(graph.subgraphUrls[name].replace(/\/graphql$/, "/health"));
    expect(health.status, name).toBe(200);
  }
});
