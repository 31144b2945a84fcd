import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { networksSubgraph } from "../schema.js";

// What the organisations subgraph knows and the gateway hands over for `@requires`: Seenplatte (13071) took over
// from Müritz, Demmin (also to 13075), Mecklenburg-Strelitz and Neubrandenburg in 2011.
const SEENPLATTE = { key: "13071", predecessors: ["13002", "13052", "13055", "13056"].map((key) => ({ key })) };
const ROSTOCK = { key: "13072", predecessors: ["13051", "13053"].map((key) => ({ key })) };
const VORPOMMERN_GREIFSWALD = { key: "13075", predecessors: [{ key: "13052" }] };

let statements = 0;
const subgraph = useTestSubgraph(networksSubgraph, { demoData: true, onQuery: () => statements++ });

interface RawNetwork {
  id: string;
  name: string;
  status: string;
  foundedOn: string | null;
  endedOn: string | null;
  responsibleDistrictKey: string | null;
  region: { key: string };
  meetings: { date: string; status: string }[];
  memberships: { since: string | null; until: string | null; organisation: { id: string } }[];
}

/** Every network with its raw meetings and memberships, listed through the API: what the counts below count. */
async function rawNetworks(): Promise<RawNetwork[]> {
  const r = await subgraph.execute(
    analyst,
    `{ networks(first: 500) { totalCount nodes { id name status foundedOn endedOn responsibleDistrictKey region { key }
       meetings { date status } memberships { since until organisation { id } } } } }`,
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.networks.totalCount).toBe(r.data!.networks.nodes.length);
  return r.data!.networks.nodes;
}

const coveredBy = (keys: string[]) => (n: RawNetwork) =>
  keys.includes(n.region.key) || (!!n.responsibleDistrictKey && keys.includes(n.responsibleDistrictKey));
const activeOn = (day: string) => (n: RawNetwork) =>
  (!n.foundedOn || n.foundedOn <= day) && (n.endedOn ? n.endedOn >= day : n.status === "ACTIVE");
const currentOn = (day: string) => (m: RawNetwork["memberships"][number]) =>
  (!m.since || m.since <= day) && (!m.until || m.until >= day);
const keysOf = (region: typeof SEENPLATTE) => [region.key, ...region.predecessors.map((p) => p.key)];

/** Meetings per network and year by status, counted here from the raw lists. */
function expectedMeetingCounts(networks: RawNetwork[], year?: number) {
  const lines = new Map<string, { network: string; year: number; held: number; planned: number; cancelled: number }>();
  for (const n of networks) {
    for (const m of n.meetings) {
      const y = Number(m.date.slice(0, 4));
      if (year !== undefined && y !== year) continue;
      const key = `${n.id}:${y}`;
      const line = lines.get(key) ?? { network: n.id, year: y, held: 0, planned: 0, cancelled: 0 };
      line[m.status.toLowerCase() as "held" | "planned" | "cancelled"]++;
      lines.set(key, line);
    }
  }
  return [...lines.values()].sort((a, b) => a.year - b.year || a.network.localeCompare(b.network));
}
const asLines = (rows: { network: { id: string }; year: number; held: number; planned: number; cancelled: number }[]) =>
  rows
    .map((r) => ({ network: r.network.id, year: r.year, held: r.held, planned: r.planned, cancelled: r.cancelled }))
    .sort((a, b) => a.year - b.year || a.network.localeCompare(b.network));

const REGION_STATISTICS = `query($representations: [_Any!]!, $year: Int, $on: String) { _entities(representations: $representations) { ... on Region {
  key meetingStatistics(year: $year) { network { id name } year held planned cancelled }
  networkCoverage(on: $on) { on networks organisations }
  currentMemberOrganisationIds
} } }`;
const regions = (...list: (typeof SEENPLATTE)[]) => list.map((r) => ({ __typename: "Region", ...r }));

describe("meeting statistics", () => {
  it("counts every network's meetings per year and status as the raw meeting lists do", async () => {
    const networks = await rawNetworks();
    const r = await subgraph.execute(
      analyst,
      `{ meetingStatistics { network { id name } year held planned cancelled } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(asLines(r.data!.meetingStatistics)).toEqual(expectedMeetingCounts(networks));
    const r2025 = await subgraph.execute(
      analyst,
      `{ meetingStatistics(year: 2025) { network { id } year held planned cancelled } }`,
    );
    const expected2025 = expectedMeetingCounts(networks, 2025);
    expect(expected2025.some((l) => l.held > 0)).toBe(true);
    expect(asLines(r2025.data!.meetingStatistics)).toEqual(expected2025);
  });

  it("limits the root field to the regions passed, counting a network once though it belongs through two keys", async () => {
    const networks = await rawNetworks();
    const keys = keysOf(SEENPLATTE);
    const r = await subgraph.execute(
      analyst,
      `query($keys: [String!]) { meetingStatistics(regionKeys: $keys) { network { id name } year held planned cancelled } }`,
      { keys },
    );
    expect(r.errors).toBeUndefined();
    const müritz = networks.find((n) => n.region.key === "13056" && n.responsibleDistrictKey === "13071")!;
    expect(müritz.name).toContain("Müritz");
    expect(r.data!.meetingStatistics.map((l: any) => l.network.id)).toContain(müritz.id);
    expect(asLines(r.data!.meetingStatistics)).toEqual(expectedMeetingCounts(networks.filter(coveredBy(keys))));
    const none = await subgraph.execute(analyst, `{ meetingStatistics(regionKeys: []) { year } }`);
    expect(none.data!.meetingStatistics).toEqual([]);
  });

  it("answers Region fields with the predecessors federation hands over, in a fixed number of statements", async () => {
    const networks = await rawNetworks();
    const day = "2026-01-01";
    const run = async (...list: (typeof SEENPLATTE)[]) => {
      const before = statements;
      const r = await subgraph.execute(analyst, REGION_STATISTICS, {
        representations: regions(...list),
        year: 2025,
        on: day,
      });
      expect(r.errors).toBeUndefined();
      return { entities: r.data!._entities, statements: statements - before };
    };
    const one = await run(SEENPLATTE);
    const three = await run(SEENPLATTE, ROSTOCK, VORPOMMERN_GREIFSWALD);
    // One GROUP BY for the meetings and one for the networks they name, one for the coverage, one for the member ids.
    expect(one.statements).toBe(4);
    expect(three.statements).toBe(one.statements);
    for (const [region, entity] of [SEENPLATTE, ROSTOCK, VORPOMMERN_GREIFSWALD].map(
      (r, i) => [r, three.entities[i]] as const,
    )) {
      const mine = networks.filter(coveredBy(keysOf(region)));
      expect(asLines(entity.meetingStatistics), region.key).toEqual(expectedMeetingCounts(mine, 2025));
      const working = mine.filter(activeOn(day));
      const members = new Set(
        working.flatMap((n) => n.memberships.filter(currentOn(day)).map((m) => m.organisation.id)),
      );
      expect(entity.networkCoverage, region.key).toEqual({
        on: day,
        networks: working.length,
        organisations: members.size,
      });
      expect(working.length, region.key).toBeGreaterThan(0);
    }
    expect(three.entities[0]).toEqual(one.entities[0]);
    // Without its predecessors Seenplatte loses the networks only Müritz's key names.
    const alone = await run({ key: "13071", predecessors: [] });
    expect(alone.entities[0].networkCoverage.networks).toBeLessThanOrEqual(one.entities[0].networkCoverage.networks);
  });

  it("lists the distinct current member organisations of a region's and of each network's working networks", async () => {
    const networks = await rawNetworks();
    const today = new Date().toISOString().slice(0, 10);
    const r = await subgraph.execute(analyst, REGION_STATISTICS, { representations: regions(SEENPLATTE) });
    const working = networks.filter(coveredBy(keysOf(SEENPLATTE))).filter(activeOn(today));
    const expected = [
      ...new Set(working.flatMap((n) => n.memberships.filter(currentOn(today)).map((m) => m.organisation.id))),
    ].sort();
    expect([...r.data!._entities[0].currentMemberOrganisationIds].sort()).toEqual(expected);
    expect(r.data!._entities[0].networkCoverage.organisations).toBe(expected.length);

    const n = await subgraph.execute(analyst, `{ networks(first: 500) { nodes { id currentMemberOrganisationIds } } }`);
    for (const node of n.data!.networks.nodes) {
      const raw = networks.find((x) => x.id === node.id)!;
      expect([...node.currentMemberOrganisationIds].sort(), raw.name).toEqual(
        [...new Set(raw.memberships.filter(currentOn(today)).map((m) => m.organisation.id))].sort(),
      );
    }
  });

  it("lets every role read the counts and names wrong arguments", async () => {
    for (const caller of [analyst, stateOffice, youthOffice("13072")]) {
      const r = await subgraph.execute(
        caller,
        `{ meetingStatistics(year: 2025, regionKeys: ["13071"]) { year held } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.meetingStatistics.length).toBeGreaterThan(0);
    }
    expect(codes(await subgraph.execute(analyst, `{ meetingStatistics(year: 20251) { year } }`))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(
      codes(await subgraph.execute(analyst, `{ meetingStatistics(regionKeys: ["Seenplatte"]) { year } }`)),
    ).toEqual(["BAD_USER_INPUT"]);
    const badDay = await subgraph.execute(analyst, REGION_STATISTICS, {
      representations: regions(SEENPLATTE),
      on: "1.1.2026",
    });
    expect(codes(badDay)).toContain("BAD_USER_INPUT");
  });
});
