// `generate germany` on PostgreSQL, as an operator fills a fresh deployment for a trial: every service's part of a
// generated state lands in its own database, the graph serves it across services, and a second run is refused
// rather than doubling the data.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, subgraphDatabases, SUBGRAPH_NAMES, token, type RunningGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARGS = ["germany", "--states", "04", "--density", "0.2"];

let postgres: PostgresHandle;
let graph: RunningGraph;

beforeAll(async () => {
  postgres = await startPostgres({ databases: [...SUBGRAPH_NAMES] });
  graph = await startGraph({
    databaseUrls: subgraphDatabases(postgres),
    demoData: false,
    generate: ARGS,
  });
}, 240_000);

afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
});

describe("generated data on PostgreSQL", () => {
  it("holds the generated state beside the demo state, across all three services", async () => {
    const stateOffice = await token("state-office");
    const { data, errors } = await graph.gql(
      stateOffice,
      `query {
        regions(parentKey: "04") { key name kind networks { name memberships { organisation { name } } } }
        offices: organisations(first: 50, filter: { kind: YOUTH_OFFICE, regionKey: "04" }) { nodes { name districtKey } }
        demo: regions(parentKey: "13", kind: DISTRICT) { key }
        consultationBudgets(year: 2026) { districtKey bookedDays youthOffice { name } }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data.regions.map((r: { key: string }) => r.key).sort()).toEqual(["04001", "04002"]);
    // Bremen's two cities, each with its youth office.
    expect(data.offices.nodes.map((o: { districtKey: string }) => o.districtKey).sort()).toEqual(["04001", "04002"]);
    for (const region of data.regions) {
      expect(region.networks.length).toBeGreaterThan(0);
      for (const network of region.networks)
        expect(network.memberships.every((m: { organisation: { name: string } | null }) => m.organisation?.name)).toBe(
          true,
        );
    }
    expect(data.demo.length).toBeGreaterThan(0);
    const bremen = data.consultationBudgets.filter((b: { districtKey: string }) => b.districtKey.startsWith("04"));
    expect(bremen).toHaveLength(2);
    for (const budget of bremen) {
      expect(budget.youthOffice.name).toMatch(/^Jugendamt /);
      expect(budget.bookedDays).toBeGreaterThan(0);
    }
  });

  it("shows a generated district's youth office its own consultations, meetings and their history", async () => {
    const office = await token("youth-office", "04001");
    const { data, errors } = await graph.gql(
      office,
      `query {
        consultations(first: 5, filter: { districtKey: "04001" }) { totalCount nodes { id requestingDistrictKey } }
        meetings(first: 5, filter: { districtKey: "04001" }) { totalCount nodes { id network { id } } }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data.consultations.totalCount).toBeGreaterThan(100);
    expect(data.meetings.totalCount).toBeGreaterThan(10);
    const networkId = data.meetings.nodes[0].network.id;
    const history = await graph.gql(
      office,
      `query ($id: ID!) { networksAuditTrail(entityType: "Network", entityId: $id, first: 5) { totalCount nodes { action callerDistrictKey } } }`,
      { id: networkId },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data.networksAuditTrail.nodes[0]).toEqual({ action: "CREATE", callerDistrictKey: "04001" });
  });

  it("refuses to generate into a database that holds data", async () => {
    const child = spawn(process.execPath, ["dist/main.js", "generate", ...ARGS], {
      cwd: path.join(ROOT, "services", "budgets"),
      env: { ...process.env, DATABASE_URL: postgres.urlFor("budgets") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr.on("data", (d) => (output += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain(
      "budgets: the database holds data already; generate into an empty one (--fresh empties it first)",
    );
  });
});
