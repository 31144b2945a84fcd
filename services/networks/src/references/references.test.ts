import { analyst, stateOffice } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

let statements = 0;
let local: { id: string; name: string };
let runFromSeenplatte: { id: string; name: string };
let statewide: { id: string; name: string };

const subgraph = useNetworksTestSubgraph({ onQuery: () => statements++ });
beforeAll(async () => {
  // Names fix the expected order: Region.networks lists by name.
  local = await subgraph.createNetwork(seenplatte, { name: "A Netzwerk Seenplatte" });
  runFromSeenplatte = await subgraph.createNetwork(seenplatte, {
    name: "B Netzwerk Testregion",
    regionKey: "13102",
  });
  statewide = await subgraph.createNetwork(stateOffice, {
    name: "C Landesnetzwerk",
    regionKey: "13",
    responsibleDistrictKey: null,
  });
});

const REGION_NETWORKS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { key networks { id } } } }`;

async function networksOf(keys: string[]) {
  const r = await subgraph.execute(analyst, REGION_NETWORKS, {
    r: keys.map((key) => ({ __typename: "Region", key })),
  });
  expect(r.errors).toBeUndefined();
  return r.data!._entities.map((e: { key: string; networks: { id: string }[] }) => [
    e.key,
    e.networks.map((n) => n.id),
  ]);
}

describe("Region.networks", () => {
  it("lists the networks covering a region or run by its youth office, each once, by name", async () => {
    expect(await networksOf(["13071", "13102", "13", "13003"])).toEqual([
      // The local network covers and is run from 13071, yet appears once.
      ["13071", [local.id, runFromSeenplatte.id]],
      ["13102", [runFromSeenplatte.id]],
      ["13", [statewide.id]],
      ["13003", []],
    ]);
  });

  it("answers a batch of regions with one query", async () => {
    const before = statements;
    await networksOf(["13071", "13102", "13", "13003", "13108"]);
    expect(statements - before).toBe(1);
  });

  it("follows a network handed over to another district", async () => {
    const handed = await subgraph.createNetwork(stateOffice, { name: "D Netzwerk im Wechsel", regionKey: "13102" });
    const r = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13003" }) { id } }`,
      { id: handed.id, v: handed.version },
    );
    expect(r.errors).toBeUndefined();
    const [seenplatteNow, rostockNow, testregionNow] = await networksOf(["13071", "13003", "13102"]);
    expect(seenplatteNow[1]).not.toContain(handed.id);
    expect(rostockNow[1]).toEqual([handed.id]);
    expect(testregionNow[1]).toContain(handed.id);
  });
});

describe("a network's links to the organisations subgraph", () => {
  const LINKS = `query($id: ID!) { network(id: $id) { region { key } responsibleOffice { id } coordinator { id } } }`;

  it("are the keys the gateway resolves at their owner", async () => {
    const officeId = randomUUID();
    const contactId = randomUUID();
    // The state office names any office and contact, so no peer needs to know these ids.
    const network = await subgraph.createNetwork(stateOffice, {
      responsibleOfficeId: officeId,
      coordinatorContactId: contactId,
    });
    const r = await subgraph.execute(analyst, LINKS, { id: network.id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.network).toEqual({
      region: { key: "13071" },
      responsibleOffice: { id: officeId },
      coordinator: { id: contactId },
    });
  });

  it("are null where the network names none", async () => {
    const r = await subgraph.execute(analyst, LINKS, { id: statewide.id });
    expect(r.data!.network).toEqual({ region: { key: "13" }, responsibleOffice: null, coordinator: null });
  });
});
