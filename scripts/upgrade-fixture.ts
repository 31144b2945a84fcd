// `pnpm upgrade:fixture [service...]`: writes test/postgres/fixtures/<service>.sql, the demo data as the schema of
// the service's FIRST PostgreSQL migration stored it, for the upgrade test (test/postgres/upgrade.test.ts).
//
// How: the seeders and services only know the current entities, so the demo data cannot be written by the old code.
// Instead the whole graph (built `dist/`: run `pnpm build` first) starts on a throw-away PostgreSQL with the demo
// data at the current schema, and a few changes go through the gateway so the history holds entries too. A second
// database per service is migrated to the first migration only (the migrations list cut after it, which is what
// the code of that version knew). The rows of the current database are then written as plain INSERT statements
// for exactly the tables and columns that the old schema has (test/support/sql-fixture.ts), loaded into the old
// database to prove they fit, and saved with the migration's name in the header.
//
// Columns that a later migration added (audit_entry.request_id) are left out, as the old schema never had them. A
// later migration that renames or drops a column makes this script stop with a message: by then the fixture of
// the first migration already exists and must stay as it is.
//
// Run it once per schema you want to keep a fixture of. Do NOT rerun it to "refresh" the fixtures when a new
// migration is added: the committed files are the data of the old version, and the upgrade test's point is that
// every later migration still upgrades them (test/postgres/fixtures/README.md).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { SUBGRAPHS } from "../gateway/src/subgraphs.ts";
import { startGraph, subgraphDatabases, token, type RunningGraph } from "../test/support/graph.ts";
import { startPostgres } from "../test/support/postgres.ts";
import { dataAsInserts, rowCounts, runSql } from "../test/support/sql-fixture.ts";

const all = SUBGRAPHS.map((s) => s.name);
const chosen = process.argv.slice(2);
const unknown = chosen.filter((s) => !all.includes(s as (typeof all)[number]));
if (unknown.length) {
  console.error(`unknown service ${unknown.join(", ")}; usage: pnpm upgrade:fixture [${all.join(" | ")} ...]`);
  process.exit(2);
}
const services = chosen.length ? all.filter((s) => chosen.includes(s)) : all;

async function definitionOf(service: string): Promise<SubgraphDefinition> {
  const module = (await import(`../services/${service}/src/schema.ts`)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (v): v is SubgraphDefinition => !!v && typeof v === "object" && "entities" in v,
  );
  if (!definition) throw new Error(`services/${service}/src/schema.ts exports no subgraph definition`);
  return definition;
}

async function must(graph: RunningGraph, bearer: string, query: string, variables?: Record<string, unknown>) {
  const r = await graph.gql(bearer, query, variables);
  if (r.errors) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** Changes made by people, so that the fixture's history holds entries of the old schema, too. */
async function makeChanges(graph: RunningGraph): Promise<void> {
  const [stateOffice, seenplatte] = await Promise.all([token("state-office"), token("youth-office", "13071")]);
  const office = (
    await must(
      graph,
      stateOffice,
      `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id version } } }`,
    )
  ).organisations.nodes[0];
  await must(
    graph,
    seenplatte,
    `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Platanenstraße 43" }) { id } }`,
    { id: office.id, v: office.version },
  );
  const network = (
    await must(
      graph,
      stateOffice,
      `{ networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
    )
  ).networks.nodes[0];
  await must(
    graph,
    seenplatte,
    `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: 5 }) { id } }`,
    { id: network.id, v: network.version },
  );
  await must(
    graph,
    stateOffice,
    `mutation($id: ID!) { setConsultationBudget(input: { youthOfficeId: $id, districtKey: "13071", year: 2027, allocatedDays: 12, reason: "Zuweisung 2027" }) { id } }`,
    { id: office.id },
  );
}

const postgres = await startPostgres({ databases: all.flatMap((s) => [s, `${s}_old`]) });
try {
  const graph = await startGraph({
    databaseUrls: subgraphDatabases(postgres),
    demoData: true,
  });
  try {
    await makeChanges(graph);
  } finally {
    await graph.stop();
  }
  for (const service of services) {
    const definition = await definitionOf(service);
    const first = definition.migrations[0]!.name;
    const old = postgres.urlFor(`${service}_old`);
    const orm = await openDatabase({
      ...definition,
      service,
      dataDir: ":memory:",
      databaseUrl: old,
      migrations: definition.migrations.slice(0, 1),
    });
    await orm.close();

    const inserts = await dataAsInserts(postgres.urlFor(service), old);
    const sql = [
      `-- The ${service} subgraph's demo data (and a few audited changes) as its PostgreSQL schema stored them at`,
      `-- migration ${first}. Written by scripts/upgrade-fixture.ts, read by test/postgres/upgrade.test.ts.`,
      "-- Keep it as it is when migrations are added: see README.md in this folder.",
      `-- migration: ${first}`,
      "begin;",
      inserts.trimEnd(),
      "commit;",
      "",
    ].join("\n");
    await runSql(old, sql);
    const [current, loaded] = await Promise.all([rowCounts(postgres.urlFor(service)), rowCounts(old)]);
    for (const [table, rows] of Object.entries(loaded)) {
      if (current[table] !== rows)
        throw new Error(
          `${service}.${table}: ${rows} rows loaded into the old schema, ${current[table]} in the current one`,
        );
    }
    const file = fileURLToPath(new URL(`../test/postgres/fixtures/${service}.sql`, import.meta.url));
    writeFileSync(file, sql);
    console.error(`${service}: wrote ${file} (${first}; ${Object.values(loaded).reduce((a, b) => a + b, 0)} rows)`);
  }
} finally {
  await postgres.stop();
}
