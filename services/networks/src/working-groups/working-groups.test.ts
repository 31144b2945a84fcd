import { analyst, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

const subgraph = useNetworksTestSubgraph();

const { createNetwork } = subgraph;

const GROUP =
  "id version name kind status foundedOn endedOn statusNote continuedBy { id } members { id } network { id }";
const CREATE = `mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { ${GROUP} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateWorkingGroupInput!) { updateWorkingGroup(id: $id, version: $v, input: $input) { ${GROUP} } }`;

async function createGroup(networkId: string, input: Record<string, unknown> = {}) {
  const r = await subgraph.execute(seenplatte, CREATE, {
    input: { networkId, name: "AK Frühe Hilfen", kind: "STANDING", ...input },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createWorkingGroup as { id: string; version: number; members: { id: string }[] };
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe("working groups", () => {
  it("adds a group with its member organisations and lists the network's groups by name, closed ones included", async () => {
    const network = await createNetwork();
    const members = [randomUUID(), randomUUID()];
    const group = await createGroup(network.id, { name: "AK Schule", foundedOn: "2019-02-01", memberIds: members });
    expect(group).toMatchObject({
      name: "AK Schule",
      kind: "STANDING",
      status: "ACTIVE",
      foundedOn: "2019-02-01",
      endedOn: null,
      network: { id: network.id },
    });
    expect(ids(group.members)).toEqual([...members].sort());
    const closed = await createGroup(network.id, { name: "AK Kita", kind: "TEMPORARY" });
    expect(
      (
        await subgraph.execute(seenplatte, UPDATE, {
          id: closed.id,
          v: closed.version,
          input: { status: "CLOSED", endedOn: "2020-06-30" },
        })
      ).errors,
    ).toBeUndefined();

    const r = await subgraph.execute(
      analyst,
      `query($id: ID!) { network(id: $id) { workingGroups { name status } } }`,
      { id: network.id },
    );
    expect(r.data!.network.workingGroups).toEqual([
      { name: "AK Kita", status: "CLOSED" },
      { name: "AK Schule", status: "ACTIVE" },
    ]);
  });

  it("closes a group only with the day it ended, and lets a group that left the network name where it carries on", async () => {
    const network = await createNetwork();
    const group = await createGroup(network.id, { foundedOn: "2015-01-01" });
    const noDay = await subgraph.execute(seenplatte, UPDATE, {
      id: group.id,
      v: group.version,
      input: { status: "CLOSED" },
    });
    expect(codes(noDay)).toEqual(["BAD_USER_INPUT"]);
    const beforeFounding = await subgraph.execute(seenplatte, UPDATE, {
      id: group.id,
      v: group.version,
      input: { status: "CLOSED", endedOn: "2014-12-31" },
    });
    expect(codes(beforeFounding)).toEqual(["BAD_USER_INPUT"]);

    const clinic = randomUUID();
    const left = await subgraph.execute(seenplatte, UPDATE, {
      id: group.id,
      v: group.version,
      input: {
        status: "LEFT_NETWORK",
        endedOn: "2021-03-31",
        continuedByOrganisationId: clinic,
        statusNote: "klinikinterner Arbeitskreis",
      },
    });
    expect(left.errors).toBeUndefined();
    expect(left.data!.updateWorkingGroup).toMatchObject({
      status: "LEFT_NETWORK",
      endedOn: "2021-03-31",
      continuedBy: { id: clinic },
      statusNote: "klinikinterner Arbeitskreis",
    });
  });

  it("replaces the members, refuses a change based on an old version, and is changed only by whoever may change the network", async () => {
    const network = await createNetwork();
    const group = await createGroup(network.id, { memberIds: [randomUUID(), randomUUID()] });
    const newcomer = randomUUID();
    const replaced = await subgraph.execute(seenplatte, UPDATE, {
      id: group.id,
      v: group.version,
      input: { name: "AK Schule", memberIds: [newcomer] },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.updateWorkingGroup.members).toEqual([{ id: newcomer }]);

    const stale = await subgraph.execute(seenplatte, UPDATE, {
      id: group.id,
      v: group.version,
      input: { name: "AK alt" },
    });
    expect(codes(stale)).toEqual(["CONFLICT"]);
    const current = replaced.data!.updateWorkingGroup.version;
    expect(
      codes(
        await subgraph.execute(youthOffice("13003"), UPDATE, { id: group.id, v: current, input: { name: "AK fremd" } }),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codes(await subgraph.execute(analyst, UPDATE, { id: group.id, v: current, input: { name: "AK fremd" } })),
    ).toEqual(["FORBIDDEN"]);
    const foreign = await subgraph.execute(youthOffice("13003"), CREATE, {
      input: { networkId: network.id, name: "AK fremd", kind: "STANDING" },
    });
    expect(codes(foreign)).toEqual(["FORBIDDEN"]);
  });
});
