/**
 * Upgrading a database that an older version filled: each service's fixture (test/postgres/fixtures) holds the
 * demo data as the schema of an earlier migration stored it. The test migrates a fresh database to exactly that
 * migration, loads the fixture, and starts the real subgraphs on it: they apply the later migrations at start,
 * and everything must still be there and usable through the gateway.
 */
import { readFileSync } from "node:fs";
import { openDatabase, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetsSubgraph } from "../../services/budgets/src/schema.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { startGraph, subgraphDatabases, token, type RunningGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { gqlWithRequestId } from "../support/request-id.js";
import { fixtureMigration, queryRows, rowCounts, runSql } from "../support/sql-fixture.js";

const SUBGRAPHS: SubgraphDefinition[] = [organisationsSubgraph, networksSubgraph, budgetsSubgraph];
const SEENPLATTE_OFFICE = "Jugendamt Landkreis Mecklenburgische Seenplatte";

interface Loaded {
  migration: string;
  /** Rows per table right after loading the fixture, before the upgrade. */
  rows: Record<string, number>;
}

let postgres: PostgresHandle;
let graph: RunningGraph;
let stateOffice: string;
let seenplatte: string;
const loaded: Record<string, Loaded> = {};

beforeAll(async () => {
  postgres = await startPostgres({ databases: SUBGRAPHS.map((s) => s.name) });
  for (const subgraph of SUBGRAPHS) {
    const sql = readFileSync(new URL(`fixtures/${subgraph.name}.sql`, import.meta.url), "utf8");
    const migration = fixtureMigration(sql);
    const upTo = subgraph.migrations.findIndex((m) => m.name === migration);
    if (upTo < 0)
      throw new Error(
        `fixtures/${subgraph.name}.sql is of ${migration}, which services/${subgraph.name}/src/migrations no longer lists`,
      );
    const url = postgres.urlFor(subgraph.name);
    // The code of that version knew the migrations up to this one only.
    const old = await openDatabase({
      ...subgraph,
      service: subgraph.name,
      dataDir: ":memory:",
      databaseUrl: url,
      migrations: subgraph.migrations.slice(0, upTo + 1),
    });
    await old.close();
    await runSql(url, sql);
    loaded[subgraph.name] = { migration, rows: await rowCounts(url) };
  }
  graph = await startGraph({
    databaseUrls: subgraphDatabases(postgres),
    demoData: false,
  });
  [stateOffice, seenplatte] = await Promise.all([token("state-office"), token("youth-office", "13071")]);
});
afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
});

async function read(bearer: string, query: string, variables?: Record<string, unknown>) {
  const r = await graph.gql(bearer, query, variables);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
  return r.data;
}

describe("upgrading databases an earlier version filled", () => {
  it.each(SUBGRAPHS.map((s) => s.name))("applied every later migration to %s at start", async (name) => {
    const subgraph = SUBGRAPHS.find((s) => s.name === name)!;
    const applied = await queryRows<{ name: string }>(
      postgres.urlFor(name),
      "select name from mikro_orm_migrations order by id",
    );
    expect(applied.map((m) => m.name)).toEqual(subgraph.migrations.map((m) => m.name));
    // Else the fixture would prove nothing: it must be older than the schema the code has now.
    expect(subgraph.migrations.findIndex((m) => m.name === loaded[name]!.migration)).toBeLessThan(
      subgraph.migrations.length - 1,
    );
    expect(await rowCounts(postgres.urlFor(name))).toMatchObject(loaded[name]!.rows);
  });

  it("reads as many organisations, networks and consultations as the fixtures hold", async () => {
    const organisations = await read(
      stateOffice,
      `{ active: organisations(first: 1) { totalCount } archived: organisations(first: 1, filter: { status: ARCHIVED }) { totalCount } }`,
    );
    const networks = await read(stateOffice, `{ networks(first: 1) { totalCount } }`);
    const consultations = await read(stateOffice, `{ consultations(first: 1) { totalCount } }`);

    expect(loaded.organisations!.rows.organisation).toBeGreaterThan(100);
    expect(organisations.active.totalCount + organisations.archived.totalCount).toBe(
      loaded.organisations!.rows.organisation,
    );
    expect(networks.networks.totalCount).toBe(loaded.networks!.rows.network);
    expect(consultations.consultations.totalCount).toBe(loaded.budgets!.rows.consultation);
  });

  it("reads known records with the changes made before the upgrade, joined across subgraphs", async () => {
    const data = await read(
      stateOffice,
      `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id name street region { key name } networks { name }
           consultationBudget(year: 2027) { allocatedDays } } }
         networks(filter: { search: "präventiver Kinderschutz" }) { nodes { name plenaryMeetingsPerYear responsibleOffice { name } } } }`,
    );
    const [office] = data.organisations.nodes;
    expect(office).toMatchObject({
      name: SEENPLATTE_OFFICE,
      street: "Platanenstraße 43",
      region: { key: "13071" },
      consultationBudget: { allocatedDays: 12 },
    });
    expect(office.networks.length).toBeGreaterThan(0);
    expect(data.networks.nodes[0]).toMatchObject({
      plenaryMeetingsPerYear: 5,
      responsibleOffice: { name: SEENPLATTE_OFFICE },
    });

    const trail = await read(
      seenplatte,
      `query($id: ID!) { organisationsAuditTrail(entityId: $id) { nodes { action subject requestId changes { field before after } } } }`,
      { id: office.id },
    );
    expect(trail.organisationsAuditTrail.nodes).toEqual([
      {
        action: "UPDATE",
        subject: "demo-youth-office-13071",
        requestId: null,
        changes: [{ field: "street", before: null, after: '"Platanenstraße 43"' }],
      },
    ]);
  });

  it("changes records in every subgraph afterwards, each change recorded with its request id", async () => {
    const { organisations, networks } = await read(
      stateOffice,
      `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id version } } networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
    );
    const office = organisations.nodes[0];
    const network = networks.nodes[0];
    const changes = [
      gqlWithRequestId(
        graph.gatewayUrl,
        seenplatte,
        "upgrade-organisation-1",
        `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { city: "Neustrelitz" }) { version city } }`,
        { id: office.id, v: office.version },
      ),
      gqlWithRequestId(
        graph.gatewayUrl,
        seenplatte,
        "upgrade-network-1",
        `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: 6 }) { version plenaryMeetingsPerYear } }`,
        { id: network.id, v: network.version },
      ),
      gqlWithRequestId(
        graph.gatewayUrl,
        stateOffice,
        "upgrade-budget-1",
        `mutation($id: ID!) { setConsultationBudget(input: { youthOfficeId: $id, districtKey: "13071", year: 2028, allocatedDays: 8, reason: "Nach dem Update" }) { id allocatedDays } }`,
        { id: office.id },
      ),
    ];
    const [org, net, budget] = await Promise.all(changes);
    expect([org!.errors, net!.errors, budget!.errors]).toEqual([undefined, undefined, undefined]);
    expect(org!.data.updateOrganisation).toEqual({ version: office.version + 1, city: "Neustrelitz" });
    expect(net!.data.updateNetwork).toEqual({ version: network.version + 1, plenaryMeetingsPerYear: 6 });

    const trails = await read(
      stateOffice,
      `query($o: ID!, $n: ID!, $b: ID!) {
         organisationsAuditTrail(entityId: $o) { nodes { requestId changes { field } } }
         networksAuditTrail(entityId: $n) { nodes { requestId changes { field } } }
         budgetsAuditTrail(entityId: $b) { nodes { requestId reason } } }`,
      { o: office.id, n: network.id, b: budget!.data.setConsultationBudget.id },
    );
    expect(trails.organisationsAuditTrail.nodes.map((n: any) => n.requestId)).toEqual([null, "upgrade-organisation-1"]);
    expect(trails.organisationsAuditTrail.nodes[1].changes).toEqual([{ field: "city" }]);
    expect(trails.networksAuditTrail.nodes.map((n: any) => n.requestId)).toEqual([null, "upgrade-network-1"]);
    expect(trails.budgetsAuditTrail.nodes).toEqual([{ requestId: "upgrade-budget-1", reason: "Nach dem Update" }]);
  });
});
