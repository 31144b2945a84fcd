import { analyst, stateOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

let statements = 0;
const subgraph = useNetworksTestSubgraph({ onQuery: () => statements++ });

const { createNetwork } = subgraph;

describe("meetings", () => {
  it("records an anonymous case consultation without minutes or agenda", async () => {
    const network = await createNetwork();
    const ok = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: ANONYMOUS_CASE_CONSULTATION, date: "2024-03-05", participantCount: 7 }) { status participantCount agenda { topic } minutes } }`,
      { n: network.id },
    );
    expect(ok.data!.createMeeting).toEqual({ status: "HELD", participantCount: 7, agenda: [], minutes: null });
    const withMinutes = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: ANONYMOUS_CASE_CONSULTATION, date: "2024-03-05", minutes: "Details" }) { id } }`,
      { n: network.id },
    );
    expect(codes(withMinutes)).toEqual(["BAD_USER_INPUT"]);
  });

  it("reschedules a planned meeting to another day, time and place, and takes only times of day", async () => {
    const network = await createNetwork();
    const created = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2099-03-05", startTime: "09:30", place: "Kreishaus" }) { id version status startTime } }`,
      { n: network.id },
    );
    expect(created.data!.createMeeting).toMatchObject({ status: "PLANNED", startTime: "09:30" });
    const { id, version } = created.data!.createMeeting;
    const moved = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { date: "2099-03-12", startTime: "14:00", place: "Rathaus" }) { date startTime place status } }`,
      { id, v: version },
    );
    expect(moved.data!.updateMeeting).toEqual({
      date: "2099-03-12",
      startTime: "14:00",
      place: "Rathaus",
      status: "PLANNED",
    });
    const intoThePast = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!) { updateMeeting(id: $id, version: 2, input: { date: "2020-03-12" }) { id } }`,
      { id },
    );
    expect(intoThePast.errors![0]!.extensions!.fields).toEqual([
      { field: "input.date", message: "in the past", reason: "IN_THE_PAST" },
    ]);
    for (const startTime of ["24:00", "9:30", "09:60", "halb zehn"]) {
      const wrong = await subgraph.execute(
        seenplatte,
        `mutation($id: ID!, $t: String) { updateMeeting(id: $id, version: 2, input: { startTime: $t }) { id } }`,
        { id, t: startTime },
      );
      expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
      expect(wrong.errors![0]!.extensions!.fields).toEqual([
        { field: "input.startTime", message: "must be a time HH:MM (00:00 to 23:59)", reason: "INVALID_TIME" },
      ]);
    }
    const unfixed = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!) { updateMeeting(id: $id, version: 2, input: { startTime: null }) { startTime } }`,
      { id },
    );
    expect(unfixed.data!.updateMeeting.startTime).toBeNull();
  });

  it("names the active networks without a meeting in a year: a cancelled one does not count", async () => {
    const [met, cancelled, none] = [await createNetwork(), await createNetwork(), await createNetwork()];
    const plan = async (networkId: string) =>
      (
        await subgraph.execute(
          seenplatte,
          `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2099-06-01" }) { id version } }`,
          { n: networkId },
        )
      ).data!.createMeeting as { id: string; version: number };
    await plan(met.id);
    const off = await plan(cancelled.id);
    const cancel = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { status: CANCELLED }) { status } }`,
      { id: off.id, v: off.version },
    );
    expect(cancel.data!.updateMeeting).toEqual({ status: "CANCELLED" });

    const ids = [met.id, cancelled.id, none.id];
    const gaps = await subgraph.execute(
      analyst,
      `query($ids: [ID!]) { networksWithoutMeeting(year: 2099, filter: { ids: $ids }) { totalCount nodes { id } } }`,
      { ids },
    );
    expect(gaps.errors).toBeUndefined();
    expect(gaps.data!.networksWithoutMeeting.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [cancelled.id, none.id].sort(),
    );
    const lastYear = await subgraph.execute(
      analyst,
      `query($ids: [ID!]) { networksWithoutMeeting(year: 2098, filter: { ids: $ids }) { totalCount } }`,
      { ids },
    );
    expect(lastYear.data!.networksWithoutMeeting.totalCount).toBe(3);
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

  it("lists a working group's meetings by date, and takes no working group of another network", async () => {
    const network = await createNetwork();
    const group = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { createWorkingGroup(input: { networkId: $n, name: "AK Schule", kind: STANDING }) { id } }`,
      { n: network.id },
    );
    const g = group.data!.createWorkingGroup.id;
    const MEETING = `mutation($n: ID!, $g: ID, $d: String!) { createMeeting(input: { networkId: $n, workingGroupId: $g, kind: WORKING_GROUP, date: $d }) { id } }`;
    for (const d of ["2024-05-02", "2024-01-15"])
      expect((await subgraph.execute(seenplatte, MEETING, { n: network.id, g, d })).errors).toBeUndefined();
    await subgraph.execute(seenplatte, MEETING, { n: network.id, g: null, d: "2024-03-01" });

    const r = await subgraph.execute(
      analyst,
      `query($id: ID!) { network(id: $id) { workingGroups { meetings { date workingGroup { id } } } meetings { date } } }`,
      { id: network.id },
    );
    expect(r.data!.network.workingGroups[0].meetings).toEqual([
      { date: "2024-01-15", workingGroup: { id: g } },
      { date: "2024-05-02", workingGroup: { id: g } },
    ]);
    expect(r.data!.network.meetings).toHaveLength(3);
    const other = await createNetwork();
    expect(codes(await subgraph.execute(seenplatte, MEETING, { n: other.id, g, d: "2024-06-01" }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });

  it("lists a network's meetings of one year with a fixed number of statements however many networks", async () => {
    const count = async (networks: number) => {
      const region = `13${String(100 + networks)}`;
      for (let i = 0; i < networks; i++) {
        const n = await createNetwork(stateOffice, { regionKey: region });
        for (const date of ["2023-03-01", "2024-03-01", "2024-09-01"]) {
          await subgraph.execute(
            stateOffice,
            `mutation($n: ID!, $d: String!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: $d }) { id } }`,
            { n: n.id, d: date },
          );
        }
        await subgraph.execute(
          stateOffice,
          `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`,
          { n: n.id, o: randomUUID() },
        );
      }
      const before = statements;
      const r = await subgraph.execute(
        analyst,
        `query($r: String) { networks(filter: { regionKey: $r }) { nodes { name memberships { role organisation { id } } meetings(year: 2024) { date } } } }`,
        { r: region },
      );
      expect(r.data!.networks.nodes).toHaveLength(networks);
      expect(r.data!.networks.nodes.every((n: any) => n.meetings.length === 2)).toBe(true);
      return statements - before;
    };
    expect(await count(2)).toBe(await count(8));
  });
});
