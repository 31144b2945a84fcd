/**
 * Backup and restore on PostgreSQL, as an operator would do it: `pg_dump -Fc` of each service's database while
 * the graph runs, the databases lost, `pg_restore` into fresh ones, the graph started again on them. Runs on
 * Debian's PostgreSQL (server and pg_dump of one major version; see test/support/debian-postgres.ts).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SUBGRAPH_NAMES, startGraph, subgraphDatabases, token, type RunningGraph } from "../support/graph.js";
import { startDebianPostgres, type DebianPostgres } from "../support/debian-postgres.js";
import { gqlWithRequestId } from "../support/request-id.js";
import { tableDigests } from "../support/sql-fixture.js";

const onPostgres = (demoData: boolean) => startGraph({ databaseUrls: subgraphDatabases(postgres), demoData });

async function read(bearer: string, query: string, variables?: Record<string, unknown>) {
  const r = await graph!.gql(bearer, query, variables);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
  return r.data;
}

/** Every page of a connection. */
async function all(field: string, selection: string, filter = ""): Promise<unknown[]> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  do {
    const data = await read(
      stateOffice,
      `query($after: String) { ${field}(first: 500, after: $after${filter}) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
      { after },
    );
    nodes.push(...data[field].nodes);
    after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const TRAIL =
  "id at subject role callerDistrictKey entityType entityId action reason requestId changes { field before after }";

/** What the state office reads of the graph: the records that were changed and the whole history. */
async function everything() {
  return {
    organisations: await all("organisations", "id name street city status version", ", filter: { status: ACTIVE }"),
    archived: await all("organisations", "id name status version", ", filter: { status: ARCHIVED }"),
    networks: await all("networks", "id name status plenaryMeetingsPerYear version"),
    consultations: await all("consultations", "id kind status plannedDate requestedDays title version"),
    organisationsAuditTrail: await all("organisationsAuditTrail", TRAIL),
    networksAuditTrail: await all("networksAuditTrail", TRAIL),
    budgetsAuditTrail: await all("budgetsAuditTrail", TRAIL),
  };
}

let postgres: DebianPostgres;
let graph: RunningGraph | undefined;
let dumps: string;
let stateOffice: string;
let seenplatte: string;
let office: { id: string; version: number };
let network: { id: string; version: number };
let consultationId: string;
let before: Awaited<ReturnType<typeof everything>>;
const digests: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  postgres = await startDebianPostgres({ databases: [...SUBGRAPH_NAMES] });
  dumps = mkdtempSync(path.join(tmpdir(), "kinderschutz-dumps-"));
  [stateOffice, seenplatte] = await Promise.all([token("state-office"), token("youth-office", "13071")]);
  graph = await onPostgres(true);
  const { organisations, networks } = await read(
    stateOffice,
    `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id version } } networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
  );
  office = organisations.nodes[0];
  network = networks.nodes[0];
  const changes = await Promise.all([
    gqlWithRequestId(
      graph.gatewayUrl,
      seenplatte,
      "backup-organisation",
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Platanenstraße 43" }) { id } }`,
      { id: office.id, v: office.version },
    ),
    gqlWithRequestId(
      graph.gatewayUrl,
      seenplatte,
      "backup-network",
      `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: 7 }) { id } }`,
      { id: network.id, v: network.version },
    ),
    gqlWithRequestId(
      graph.gatewayUrl,
      seenplatte,
      "backup-consultation",
      `mutation { requestConsultation(input: { kind: WORKSHOP, plannedDate: "2026-11-12", days: 1, title: "Workshop Netzwerkarbeit" }) { id } }`,
    ),
  ]);
  expect(changes.map((c) => c.errors)).toEqual([undefined, undefined, undefined]);
  consultationId = changes[2]!.data.requestConsultation.id;
  before = await everything();
});
afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
  if (dumps) rmSync(dumps, { recursive: true, force: true });
});

// The steps build on each other, as the operator's would.
it("dumps every database with pg_dump while the graph keeps answering", async () => {
  const reading = Promise.all(
    Array.from({ length: 20 }, () => graph!.gql(stateOffice, `{ networks(first: 20) { nodes { name } } }`)),
  );
  // Those that refer to others first: nothing another subgraph refers to is ever deleted, so every id the earlier
  // dumps hold is in the later ones.
  for (const name of ["budgets", "networks", "organisations"])
    await postgres.dump(name, path.join(dumps, `${name}.dump`));
  expect((await reading).every((r) => !r.errors)).toBe(true);
  for (const name of SUBGRAPH_NAMES) {
    expect(statSync(path.join(dumps, `${name}.dump`)).size).toBeGreaterThan(10_000);
    digests[name] = await tableDigests(postgres.urlFor(name));
  }
  await graph!.stop();
  graph = undefined;
});

it("restores each dump with pg_restore into a fresh database: the same rows in every table", async () => {
  // The databases are lost; empty ones of the same names get the backups.
  for (const name of SUBGRAPH_NAMES) {
    await postgres.admin(`drop database "${name}"`);
    await postgres.admin(`create database "${name}"`);
    await postgres.restore(path.join(dumps, `${name}.dump`), name);
    expect(await tableDigests(postgres.urlFor(name)), name).toEqual(digests[name]);
  }
});

it(
  "serves the same records, history and changes from the restored databases, and takes new changes",
  { timeout: 120_000 },
  async () => {
    graph = await onPostgres(false);
    const after = await everything();
    expect(after).toEqual(before);
    expect(after.organisations.length).toBeGreaterThan(100);
    expect(after.organisations).toContainEqual(
      expect.objectContaining({ id: office.id, street: "Platanenstraße 43", version: office.version + 1 }),
    );
    expect(after.networks).toContainEqual(expect.objectContaining({ id: network.id, plenaryMeetingsPerYear: 7 }));
    expect(after.consultations).toContainEqual(
      expect.objectContaining({ id: consultationId, status: "REQUESTED", title: "Workshop Netzwerkarbeit" }),
    );
    const requestIds = [...after.organisationsAuditTrail, ...after.networksAuditTrail, ...after.budgetsAuditTrail].map(
      (e: any) => e.requestId,
    );
    expect(requestIds).toEqual(
      expect.arrayContaining(["backup-organisation", "backup-network", "backup-consultation"]),
    );

    const moved = await read(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Platanenstraße 44" }) { version } }`,
      { id: office.id, v: office.version + 1 },
    );
    expect(moved.updateOrganisation.version).toBe(office.version + 2);
  },
);
