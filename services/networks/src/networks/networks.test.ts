import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { stateOffice, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

const subgraph = useNetworksTestSubgraph();

const { createNetwork } = subgraph;

describe("networks", () => {
  it("lets a youth office create a network of its district but not of another or a statewide one", async () => {
    await createNetwork();
    const input = { name: "Fremdes Netzwerk", kind: "COMBINED", regionKey: "13003", responsibleDistrictKey: "13003" };
    const other = await subgraph.execute(
      seenplatte,
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
      { input },
    );
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    const statewide = await subgraph.execute(
      seenplatte,
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
      {
        input: { name: "Landesweites Bündnis", kind: "STATEWIDE_ALLIANCE", regionKey: "13" },
      },
    );
    expect(codes(statewide)).toEqual(["FORBIDDEN"]);
  });

  it("places a network under an umbrella and refuses a cycle", async () => {
    const roof = await createNetwork(seenplatte, { kind: "UMBRELLA" });
    const local = await createNetwork(seenplatte, { parentId: roof.id });
    const r = await subgraph.execute(stateOffice, `query($id: ID!) { network(id: $id) { parent { id } } }`, {
      id: local.id,
    });
    expect(r.data!.network.parent.id).toBe(roof.id);
    const cycle = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!, $p: ID!) { updateNetwork(id: $id, version: $v, input: { parentId: $p }) { id } }`,
      {
        id: roof.id,
        v: roof.version,
        p: local.id,
      },
    );
    expect(codes(cycle)).toEqual(["BAD_USER_INPUT"]);
  });

  it("merges a network into a successor and keeps its history readable", async () => {
    const old = await createNetwork();
    const successor = await createNetwork();
    await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createMilestone(input: { networkId: $n, date: "2011-03-07", title: "Konstituierung" }) { id } }`,
      { n: old.id },
    );
    const merged = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!, $s: ID!) { endNetwork(id: $id, version: $v, input: { status: MERGED, endedOn: "2013-03-20", successorId: $s }) { status endedOn successor { id } milestones { title } } }`,
      {
        id: old.id,
        v: old.version,
        s: successor.id,
      },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.endNetwork).toEqual({
      status: "MERGED",
      endedOn: "2013-03-20",
      successor: { id: successor.id },
      milestones: [{ title: "Konstituierung" }],
    });
    const late = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2014-01-10" }) { id } }`,
      { n: old.id },
    );
    expect(codes(late)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("a network's region", () => {
  it("exists today: an unknown or dissolved one is refused for every role", async () => {
    const create = (regionKey: string) =>
      subgraph.execute(stateOffice, `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, {
        input: { name: "Netzwerk Müritz neu", kind: "COMBINED", regionKey },
      });
    for (const regionKey of ["13056", "13999"]) {
      const r = await create(regionKey);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0]!.extensions!.fields[0].field).toBe("input.regionKey");
    }
    const network = await createNetwork();
    const moved = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { regionKey: "13056" }) { id } }`,
      { id: network.id, v: network.version },
    );
    expect(codes(moved)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("the change history", () => {
  it("records changes inside a network under the network's district", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createPriority(input: { networkId: $n, year: 2025, kind: FOCUS, title: "Kinderschutz in Kitas" }) { id } }`,
      { n: network.id },
    );
    // One entry: toMatchObject holds an array to its length.
    expect(await subgraph.em().find(AuditEntry, { entityId: r.data!.createPriority.id })).toMatchObject([
      {
        entityType: "Priority",
        action: "CREATE",
        ownerDistrictKey: "13071",
        callerDistrictKey: "13071",
      },
    ]);
    const trail = await subgraph.execute(
      youthOffice("13003"),
      `query($id: ID!) { networksAuditTrail(entityId: $id) { totalCount } }`,
      { id: r.data!.createPriority.id },
    );
    expect(trail.data!.networksAuditTrail.totalCount).toBe(0);
  });
});

describe("protecting what is there", () => {
  it("hands nothing over when a network change fails halfway", async () => {
    const network = await createNetwork();
    await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Probe", email: "probe@example.org" }) { id } }`,
      { n: network.id },
    );
    const failed = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!, $p: ID!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13003", parentId: $p }) { id } }`,
      {
        id: network.id,
        v: network.version,
        p: randomUUID(),
      },
    );
    expect(codes(failed)).toEqual(["BAD_USER_INPUT"]);
    const stillOurs = await subgraph.execute(
      seenplatte,
      `query($id: ID!) { network(id: $id) { responsibleDistrictKey subscriptions { email } } }`,
      { id: network.id },
    );
    expect(stillOurs.errors).toBeUndefined();
    expect(stillOurs.data!.network).toEqual({
      responsibleDistrictKey: "13071",
      subscriptions: [{ email: "probe@example.org" }],
    });
  });

  it("hands everything inside a network to the district it is handed to, records inside its records too", async () => {
    const network = await createNetwork();
    const organisationId = randomUUID();
    const n = { n: network.id, o: organisationId };
    const group = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $o: ID!) { createWorkingGroup(input: { networkId: $n, name: "AK Übergabe", kind: STANDING, memberIds: [$o] }) { id } }`,
      n,
    );
    const meeting = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $o: ID!, $g: ID!) { createMeeting(input: { networkId: $n, workingGroupId: $g, kind: WORKING_GROUP, date: "2024-02-01", agenda: [{ topic: "Übergabe" }], attendingOrganisationIds: [$o] }) { id } }`,
      { ...n, g: group.data!.createWorkingGroup.id },
    );
    expect(meeting.errors).toBeUndefined();
    expect(
      (
        await subgraph.execute(
          seenplatte,
          `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`,
          n,
        )
      ).errors,
    ).toBeUndefined();
    for (const mutation of [
      `createPriority(input: { networkId: $n, year: 2025, kind: FOCUS, title: "Übergabe" }) { id }`,
      `createGoal(input: { networkId: $n, title: "Übergabe", scope: LOCAL, state: PLANNED }) { id }`,
      `createMilestone(input: { networkId: $n, date: "2012-01-01", title: "Übergabe" }) { id }`,
      `subscribe(input: { networkId: $n, name: "Ehrenamt Übergabe", email: "uebergabe@example.org" }) { id }`,
    ]) {
      expect(
        (await subgraph.execute(seenplatte, `mutation($n: ID!) { ${mutation} }`, { n: network.id })).errors,
      ).toBeUndefined();
    }
    const handed = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13003" }) { id } }`,
      { id: network.id, v: network.version },
    );
    expect(handed.errors).toBeUndefined();

    const inNetwork = "network_id = ?";
    const where: Record<string, string> = {
      membership: inNetwork,
      working_group: inNetwork,
      meeting: inNetwork,
      priority: inNetwork,
      goal: inNetwork,
      milestone: inNetwork,
      subscription: inNetwork,
      working_group_member: "working_group_id in (select id from working_group where network_id = ?)",
      agenda_item: "meeting_id in (select id from meeting where network_id = ?)",
      meeting_attendance: "meeting_id in (select id from meeting where network_id = ?)",
    };
    for (const [table, condition] of Object.entries(where)) {
      const rows = (await subgraph
        .em()
        .getConnection()
        .execute(`select district_key from ${table} where ${condition}`, [network.id])) as { district_key: string }[];
      expect(rows.length, table).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.district_key)), table).toEqual(new Set(["13003"]));
    }
    const read = await subgraph.execute(
      youthOffice("13003"),
      `query($id: ID!) { network(id: $id) { subscriptions { email } } }`,
      { id: network.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.network.subscriptions).toEqual([{ email: "uebergabe@example.org" }]);
  });
});

describe("naming networks by id", () => {
  it("finds exactly the networks asked for and none for no ids; more than 100 are refused", async () => {
    const a = await createNetwork();
    const b = await createNetwork();
    const q = `query($ids: [ID!]) { networks(first: 100, filter: { ids: $ids }) { nodes { id } } }`;
    const r = await subgraph.execute(stateOffice, q, { ids: [a.id, b.id, randomUUID()] });
    expect(r.data!.networks.nodes.map((n: { id: string }) => n.id).sort()).toEqual([a.id, b.id].sort());
    expect((await subgraph.execute(stateOffice, q, { ids: [] })).data!.networks.nodes).toEqual([]);
    const many = Array.from({ length: 101 }, () => randomUUID());
    expect(codes(await subgraph.execute(stateOffice, q, { ids: many }))).toEqual(["BAD_USER_INPUT"]);
  });
});
