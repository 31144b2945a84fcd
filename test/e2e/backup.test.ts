/**
 * `pnpm backup:sqlite` copies the embedded databases of a running graph while it keeps answering reads and writes,
 * and a graph started on the copies has the data, each copy consistent in itself.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SUBGRAPH_NAMES, startGraph, token, type GraphQLResponse, type RunningGraph } from "../support/graph.js";
import { gqlWithRequestId } from "../support/request-id.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

let folder: string;
let graph: RunningGraph | undefined;
let restored: RunningGraph | undefined;
let stateOffice: string;
let seenplatte: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "kinderschutz-backup-"));
  [stateOffice, seenplatte] = await Promise.all([token("state-office"), token("youth-office", "13071")]);
  graph = await startGraph({ dataDir: path.join(folder, "data") });
});
afterAll(async () => {
  await Promise.all([graph?.stop(), restored?.stop()]);
  rmSync(folder, { recursive: true, force: true });
});

async function read(on: RunningGraph, bearer: string, query: string, variables?: Record<string, unknown>) {
  const r = await on.gql(bearer, query, variables);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
  return r.data;
}

const NETWORK = `query($id: ID!) { network(id: $id) { version plenaryMeetingsPerYear } networksAuditTrail(entityId: $id, first: 500) { totalCount } }`;

it(
  "copies every service's database while requests keep coming, and a graph on the copies has the changes",
  { timeout: 120_000 },
  async () => {
    const live = graph!;
    const { organisations, networks } = await read(
      live,
      stateOffice,
      `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id version } } networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
    );
    const office = organisations.nodes[0];
    const network = networks.nodes[0];
    const change = await gqlWithRequestId(
      live.gatewayUrl,
      seenplatte,
      "backup-sqlite-1",
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Platanenstraße 43" }) { version } }`,
      { id: office.id, v: office.version },
    );
    expect(change.errors).toBeUndefined();

    // Writes and reads go on, one after the other, until the backup is done.
    let backingUp = true;
    const load = (async () => {
      const answers: GraphQLResponse[] = [];
      let version = network.version;
      for (let n = 0; backingUp; n++) {
        const [write, reading] = await Promise.all([
          live.gql(
            seenplatte,
            `mutation($id: ID!, $v: Int!, $p: Int!) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: $p }) { version } }`,
            { id: network.id, v: version, p: 1 + (n % 9) },
          ),
          live.gql(stateOffice, `{ organisations(first: 50) { nodes { name networks { name } } } }`),
        ]);
        answers.push(write, reading);
        if (write.data?.updateNetwork) version = write.data.updateNetwork.version;
      }
      return answers;
    })();
    const backup = path.join(folder, "backup");
    const { stdout } = await run("pnpm", ["--silent", "backup:sqlite", backup], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: path.join(folder, "data") },
    }).finally(() => {
      backingUp = false;
    });
    const answers = await load;
    console.log(`backup:sqlite while ${answers.length} requests were answered:\n${stdout}`);
    expect(answers.filter((a) => a.errors).map((a) => a.errors)).toEqual([]);
    expect(answers.length).toBeGreaterThan(2);
    for (const name of SUBGRAPH_NAMES) expect(existsSync(path.join(backup, `${name}.db`)), name).toBe(true);

    const before = await read(live, stateOffice, NETWORK, { id: network.id });
    await graph!.stop();
    graph = undefined;

    restored = await startGraph({ dataDir: backup, demoData: false });
    const copied = await read(
      restored,
      stateOffice,
      `query($id: ID!) { organisation(id: $id) { street version } organisationsAuditTrail(entityId: $id) { nodes { requestId changes { field after } } } }`,
      { id: office.id },
    );
    expect(copied.organisation).toEqual({ street: "Platanenstraße 43", version: office.version + 1 });
    expect(copied.organisationsAuditTrail.nodes).toEqual([
      { requestId: "backup-sqlite-1", changes: [{ field: "street", after: '"Platanenstraße 43"' }] },
    ]);

    // One moment of the networks database: the record and its history agree, each update one version and one entry.
    const copiedNetwork = await read(restored, stateOffice, NETWORK, { id: network.id });
    expect(copiedNetwork.network.version).toBeLessThanOrEqual(before.network.version);
    expect(copiedNetwork.networksAuditTrail.totalCount).toBe(copiedNetwork.network.version - network.version);

    // The copy is a working database: it takes changes.
    const moved = await read(
      restored,
      seenplatte,
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Platanenstraße 44" }) { version } }`,
      { id: office.id, v: office.version + 1 },
    );
    expect(moved.updateOrganisation.version).toBe(office.version + 2);
  },
);
