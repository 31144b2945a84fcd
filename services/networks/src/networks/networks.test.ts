import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, createTestSubgraph, peersAnswering, stateOffice, youthOffice, type TestSubgraph, errorCodes as codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isCurrentOn } from "../memberships/memberships.rules.js";
import { networksSubgraph } from "../schema.js";

let statements = 0;
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await createTestSubgraph(networksSubgraph, { onQuery: () => statements++, peers: peersAnswering({ organisations: { Region: REGIONS } }) });
});
afterAll(() => subgraph.close());

const seenplatte = youthOffice("13071");

/** The regions the organisations subgraph would know (the networks it places here go into these). */
const region = (name: string, validUntil: string | null = null) => ({ name, validFrom: null, validUntil });
const REGIONS: Record<string, object> = {
  "13": region("Mecklenburg-Vorpommern"),
  "13003": region("Hansestadt Rostock"),
  "13056": region("Müritz", "2011-09-03"),
  "13071": region("Mecklenburgische Seenplatte"),
  "13102": region("Testregion 2"),
  "13108": region("Testregion 8"),
};

async function createNetwork(caller = seenplatte, input: Record<string, unknown> = {}) {
  const r = await subgraph.execute(caller, `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name version status } }`, {
    input: { name: `Netzwerk ${randomUUID().slice(0, 8)}`, kind: "COMBINED", regionKey: "13071", responsibleDistrictKey: "13071", ...input },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createNetwork as { id: string; name: string; version: number };
}

describe("networks", () => {
  it("lets a youth office create a network of its district but not of another or a statewide one", async () => {
    await createNetwork();
    const input = { name: "Fremdes Netzwerk", kind: "COMBINED", regionKey: "13003", responsibleDistrictKey: "13003" };
    const other = await subgraph.execute(seenplatte, `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, { input });
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    const statewide = await subgraph.execute(seenplatte, `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, {
      input: { name: "Landesweites Bündnis", kind: "STATEWIDE_ALLIANCE", regionKey: "13" },
    });
    expect(codes(statewide)).toEqual(["FORBIDDEN"]);
  });

  it("places a network under an umbrella and refuses a cycle", async () => {
    const roof = await createNetwork(seenplatte, { kind: "UMBRELLA" });
    const local = await createNetwork(seenplatte, { parentId: roof.id });
    const r = await subgraph.execute(stateOffice, `query($id: ID!) { network(id: $id) { parent { id } } }`, { id: local.id });
    expect(r.data!.network.parent.id).toBe(roof.id);
    const cycle = await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!, $p: ID!) { updateNetwork(id: $id, version: $v, input: { parentId: $p }) { id } }`, {
      id: roof.id,
      v: roof.version,
      p: local.id,
    });
    expect(codes(cycle)).toEqual(["BAD_USER_INPUT"]);
  });

  it("merges a network into a successor and keeps its history readable", async () => {
    const old = await createNetwork();
    const successor = await createNetwork();
    await subgraph.execute(seenplatte, `mutation($n: ID!) { createMilestone(input: { networkId: $n, date: "2011-03-07", title: "Konstituierung" }) { id } }`, { n: old.id });
    const merged = await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!, $s: ID!) { endNetwork(id: $id, version: $v, input: { status: MERGED, endedOn: "2013-03-20", successorId: $s }) { status endedOn successor { id } milestones { title } } }`, {
      id: old.id,
      v: old.version,
      s: successor.id,
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.endNetwork).toEqual({ status: "MERGED", endedOn: "2013-03-20", successor: { id: successor.id }, milestones: [{ title: "Konstituierung" }] });
    const late = await subgraph.execute(seenplatte, `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2014-01-10" }) { id } }`, { n: old.id });
    expect(codes(late)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("a network's region", () => {
  it("exists today: an unknown or dissolved one is refused for every role", async () => {
    const create = (regionKey: string) =>
      subgraph.execute(stateOffice, `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, { input: { name: "Netzwerk Müritz neu", kind: "COMBINED", regionKey } });
    for (const regionKey of ["13056", "13999"]) {
      const r = await create(regionKey);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0]!.extensions!.fields[0].field).toBe("input.regionKey");
    }
    const network = await createNetwork();
    const moved = await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { regionKey: "13056" }) { id } }`, { id: network.id, v: network.version });
    expect(codes(moved)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("memberships", () => {
  it("keeps ended memberships as history and lists current ones on a day", async () => {
    const network = await createNetwork();
    const organisationId = randomUUID();
    const added = await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER, since: "2015-01-01" }) { id version organisation { id } } }`, { n: network.id, o: organisationId });
    expect(added.data!.addMembership.organisation).toEqual({ id: organisationId });
    const twice = await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: GUEST }) { id } }`, { n: network.id, o: organisationId });
    expect(codes(twice)).toEqual(["BAD_USER_INPUT"]);
    const { id, version } = added.data!.addMembership;
    await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2020-12-31" }) { until } }`, { id, v: version });

    const q = `query($id: ID!, $day: String) { network(id: $id) { memberships(activeOn: $day) { until } } }`;
    expect((await subgraph.execute(analyst, q, { id: network.id, day: "2019-06-01" })).data!.network.memberships).toEqual([{ until: "2020-12-31" }]);
    expect((await subgraph.execute(analyst, q, { id: network.id, day: "2021-06-01" })).data!.network.memberships).toEqual([]);
    expect((await subgraph.execute(analyst, q, { id: network.id })).data!.network.memberships).toHaveLength(1);
  });

  it("counts a membership as current from its first day through its last, open ends included, as the rule does", async () => {
    const network = await createNetwork();
    const add = async (since: string | null) => {
      const r = await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!, $s: String) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER, since: $s }) { id version since } }`, {
        n: network.id,
        o: randomUUID(),
        s: since,
      });
      expect(r.errors).toBeUndefined();
      return r.data!.addMembership as { id: string; version: number };
    };
    await add(null);
    await add("2020-01-01");
    const ended = await add("2019-01-01");
    await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2020-12-31" }) { id } }`, { id: ended.id, v: ended.version });
    const all = (await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { memberships { id since until } } }`, { id: network.id })).data!.network.memberships as {
      id: string;
      since: string | null;
      until: string | null;
    }[];

    for (const day of ["2018-12-31", "2019-01-01", "2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01"]) {
      // Only ids asked for: the condition must work without the days in the answer.
      const r = await subgraph.execute(analyst, `query($id: ID!, $day: String) { network(id: $id) { memberships(activeOn: $day) { id } } }`, { id: network.id, day });
      const current = r.data!.network.memberships.map((m: { id: string }) => m.id).sort();
      expect(current, day).toEqual(all.filter((m) => isCurrentOn(m, day)).map((m) => m.id).sort());
    }
    expect(all.filter((m) => isCurrentOn(m, "2020-06-01"))).toHaveLength(3);
  });

  it("names as funders the organisations funding the network today, not former funders or plain members", async () => {
    const network = await createNetwork();
    const [funder, former, member] = [randomUUID(), randomUUID(), randomUUID()];
    const add = async (o: string, role: string) => {
      const r = await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!, $role: MembershipRole!) { addMembership(input: { networkId: $n, organisationId: $o, role: $role, since: "2020-01-01" }) { id version } }`, { n: network.id, o, role });
      expect(r.errors).toBeUndefined();
      return r.data!.addMembership as { id: string; version: number };
    };
    await add(funder, "FUNDER");
    await add(member, "MEMBER");
    const ended = await add(former, "FUNDER");
    await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2022-12-31" }) { id } }`, { id: ended.id, v: ended.version });

    const r = await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { funders { id } } }`, { id: network.id });

    expect(r.errors).toBeUndefined();
    expect(r.data!.network.funders).toEqual([{ id: funder }]);
  });

  it("answers an organisation's networks for the gateway in one batch", async () => {
    const network = await createNetwork();
    const members = [randomUUID(), randomUUID(), randomUUID()];
    for (const o of members) await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`, { n: network.id, o });
    const before = statements;
    const r = await subgraph.execute(analyst, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id networks { id } memberships { role } } } }`, {
      r: members.map((id) => ({ __typename: "Organisation", id })),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities.map((e: any) => e.networks.map((n: any) => n.id))).toEqual([[network.id], [network.id], [network.id]]);
    expect(statements - before).toBeLessThanOrEqual(2);
  });
});

describe("meetings", () => {
  it("records an anonymous case consultation without minutes or agenda", async () => {
    const network = await createNetwork();
    const ok = await subgraph.execute(seenplatte, `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: ANONYMOUS_CASE_CONSULTATION, date: "2024-03-05", participantCount: 7 }) { status participantCount agenda { topic } minutes } }`, { n: network.id });
    expect(ok.data!.createMeeting).toEqual({ status: "HELD", participantCount: 7, agenda: [], minutes: null });
    const withMinutes = await subgraph.execute(seenplatte, `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: ANONYMOUS_CASE_CONSULTATION, date: "2024-03-05", minutes: "Details" }) { id } }`, { n: network.id });
    expect(codes(withMinutes)).toEqual(["BAD_USER_INPUT"]);
  });

  it("keeps the agenda in order with presenters, and attendance", async () => {
    const network = await createNetwork();
    const healthOffice = randomUUID();
    const r = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $h: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2024-04-10", place: "Kreishaus", participantCount: 25,
        agenda: [{ topic: "Begrüßung" }, { topic: "Kindergesundheitsberichterstattung", presentingOrganisationId: $h }], attendingOrganisationIds: [$h] }) {
        agenda { position topic presentingOrganisation { id } } attendingOrganisations { id } } }`,
      { n: network.id, h: healthOffice },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMeeting.agenda).toEqual([
      { position: 1, topic: "Begrüßung", presentingOrganisation: null },
      { position: 2, topic: "Kindergesundheitsberichterstattung", presentingOrganisation: { id: healthOffice } },
    ]);
    expect(r.data!.createMeeting.attendingOrganisations).toEqual([{ id: healthOffice }]);
  });

  it("lists a network's meetings of one year with a fixed number of statements however many networks", async () => {
    const count = async (networks: number) => {
      const region = `13${String(100 + networks)}`;
      for (let i = 0; i < networks; i++) {
        const n = await createNetwork(stateOffice, { regionKey: region });
        for (const date of ["2023-03-01", "2024-03-01", "2024-09-01"]) {
          await subgraph.execute(stateOffice, `mutation($n: ID!, $d: String!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: $d }) { id } }`, { n: n.id, d: date });
        }
        await subgraph.execute(stateOffice, `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`, { n: n.id, o: randomUUID() });
      }
      const before = statements;
      const r = await subgraph.execute(analyst, `query($r: String) { networks(filter: { regionKey: $r }) { nodes { name memberships { role organisation { id } } meetings(year: 2024) { date } } } }`, { r: region });
      expect(r.data!.networks.nodes).toHaveLength(networks);
      expect(r.data!.networks.nodes.every((n: any) => n.meetings.length === 2)).toBe(true);
      return statements - before;
    };
    expect(await count(2)).toBe(await count(8));
  });
});

describe("mailing lists and the change history", () => {
  it("hides subscribers' personal data from analysts and other districts", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(seenplatte, `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Beispiel", email: "ehrenamt@example.org" }) { name email } }`, { n: network.id });
    expect(r.data!.subscribe).toEqual({ name: "Ehrenamt Beispiel", email: "ehrenamt@example.org" });
    for (const caller of [analyst, youthOffice("13003")]) {
      const read = await subgraph.execute(caller, `query($id: ID!) { network(id: $id) { subscriptions { name email } } }`, { id: network.id });
      expect(read.data!.network.subscriptions).toEqual([{ name: null, email: null }]);
      expect(codes(read)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    }
  });

  it("records changes inside a network under the network's district", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(seenplatte, `mutation($n: ID!) { createPriority(input: { networkId: $n, year: 2025, kind: FOCUS, title: "Kinderschutz in Kitas" }) { id } }`, { n: network.id });
    const entries = await subgraph.em().find(AuditEntry, { entityId: r.data!.createPriority.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityType: "Priority", action: "CREATE", ownerDistrictKey: "13071", callerDistrictKey: "13071" });
    const trail = await subgraph.execute(youthOffice("13003"), `query($id: ID!) { networksAuditTrail(entityId: $id) { totalCount } }`, { id: r.data!.createPriority.id });
    expect(trail.data!.networksAuditTrail.totalCount).toBe(0);
  });
});

describe("protecting what is there", () => {
  it("hands nothing over when a network change fails halfway", async () => {
    const network = await createNetwork();
    await subgraph.execute(seenplatte, `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Probe", email: "probe@example.org" }) { id } }`, { n: network.id });
    const failed = await subgraph.execute(stateOffice, `mutation($id: ID!, $v: Int!, $p: ID!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13003", parentId: $p }) { id } }`, {
      id: network.id,
      v: network.version,
      p: randomUUID(),
    });
    expect(codes(failed)).toEqual(["BAD_USER_INPUT"]);
    const stillOurs = await subgraph.execute(seenplatte, `query($id: ID!) { network(id: $id) { responsibleDistrictKey subscriptions { email } } }`, { id: network.id });
    expect(stillOurs.errors).toBeUndefined();
    expect(stillOurs.data!.network).toEqual({ responsibleDistrictKey: "13071", subscriptions: [{ email: "probe@example.org" }] });
  });

  it("hands everything inside a network to the district it is handed to, records inside its records too", async () => {
    const network = await createNetwork();
    const organisationId = randomUUID();
    const n = { n: network.id, o: organisationId };
    const group = await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!) { createWorkingGroup(input: { networkId: $n, name: "AK Übergabe", kind: STANDING, memberIds: [$o] }) { id } }`, n);
    const meeting = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $o: ID!, $g: ID!) { createMeeting(input: { networkId: $n, workingGroupId: $g, kind: WORKING_GROUP, date: "2024-02-01", agenda: [{ topic: "Übergabe" }], attendingOrganisationIds: [$o] }) { id } }`,
      { ...n, g: group.data!.createWorkingGroup.id },
    );
    expect(meeting.errors).toBeUndefined();
    expect((await subgraph.execute(seenplatte, `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`, n)).errors).toBeUndefined();
    for (const mutation of [
      `createPriority(input: { networkId: $n, year: 2025, kind: FOCUS, title: "Übergabe" }) { id }`,
      `createGoal(input: { networkId: $n, title: "Übergabe", scope: LOCAL, state: PLANNED }) { id }`,
      `createMilestone(input: { networkId: $n, date: "2012-01-01", title: "Übergabe" }) { id }`,
      `subscribe(input: { networkId: $n, name: "Ehrenamt Übergabe", email: "uebergabe@example.org" }) { id }`,
    ]) {
      expect((await subgraph.execute(seenplatte, `mutation($n: ID!) { ${mutation} }`, { n: network.id })).errors).toBeUndefined();
    }
    const handed = await subgraph.execute(stateOffice, `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13003" }) { id } }`, { id: network.id, v: network.version });
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
      const rows = (await subgraph.em().getConnection().execute(`select district_key from ${table} where ${condition}`, [network.id])) as { district_key: string }[];
      expect(rows.length, table).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.district_key)), table).toEqual(new Set(["13003"]));
    }
    const read = await subgraph.execute(youthOffice("13003"), `query($id: ID!) { network(id: $id) { subscriptions { email } } }`, { id: network.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.network.subscriptions).toEqual([{ email: "uebergabe@example.org" }]);
  });

  it("takes a subscriber's personal data out of the change history on unsubscribe", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(seenplatte, `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Abmeldung", email: "abmeldung@example.org" }) { id version } }`, { n: network.id });
    const { id, version } = r.data!.subscribe;
    const gone = await subgraph.execute(seenplatte, `mutation($id: ID!, $v: Int!) { unsubscribe(id: $id, version: $v) }`, { id, v: version });
    expect(gone.data!.unsubscribe).toBe(true);
    const history = JSON.stringify(await subgraph.em().find(AuditEntry, { entityId: id }));
    expect(history).toContain("DELETE");
    expect(history).not.toContain("Abmeldung");
    expect(history).not.toContain("abmeldung@example.org");
  });
});
