/**
 * The networks statistics through the real gateway: meetings per network and year, network coverage and member
 * organisations by sector per region (a district with its dissolved predecessors, handed from the organisations
 * subgraph to the networks subgraph by `@requires`) and per network (member ids handed back the other way). Every
 * figure is compared with counts made here from the raw lists, and the SQL statements per query are fixed.
 * Run on SQLite (test/e2e) and on PostgreSQL (test/postgres) with the same steps.
 */
import { describe, expect, it } from "vitest";
import { token, type RunningGraph } from "../../support/graph.js";
import { graphUnderTest } from "./graph-under-test.js";

interface RawNetwork {
  id: string;
  name: string;
  status: string;
  foundedOn: string | null;
  endedOn: string | null;
  meetings: { date: string; status: string }[];
  memberships: { since: string | null; until: string | null; organisation: { id: string; sector: string } }[];
}

const RAW_NETWORK = `query($id: ID!) { network(id: $id) { id name status foundedOn endedOn meetings { status date } memberships { since until organisation { id sector } } } }`;

const REGION_STATISTICS = `query($key: String!, $year: Int, $on: String) { region(key: $key) {
  key name predecessors { key name }
  meetingStatistics(year: $year) { network { id name } year held planned cancelled }
  networkCoverage(on: $on) { on networks organisations }
  memberOrganisationsBySector { sector organisations }
} }`;

const today = () => new Date().toISOString().slice(0, 10);
const workingOn = (day: string) => (n: RawNetwork) =>
  (!n.foundedOn || n.foundedOn <= day) && (n.endedOn ? n.endedOn >= day : n.status === "ACTIVE");
const currentOn = (day: string) => (m: RawNetwork["memberships"][number]) =>
  (!m.since || m.since <= day) && (!m.until || m.until >= day);

function meetingLines(networks: RawNetwork[], year: number) {
  const lines: { network: string; year: number; held: number; planned: number; cancelled: number }[] = [];
  for (const n of networks) {
    const meetings = n.meetings.filter((m) => m.date.startsWith(`${year}-`));
    if (meetings.length === 0) continue;
    const countOf = (status: string) => meetings.filter((m) => m.status === status).length;
    lines.push({
      network: n.id,
      year,
      held: countOf("HELD"),
      planned: countOf("PLANNED"),
      cancelled: countOf("CANCELLED"),
    });
  }
  return lines.sort((a, b) => a.network.localeCompare(b.network));
}
const asLines = (rows: { network: { id: string }; year: number; held: number; planned: number; cancelled: number }[]) =>
  rows
    .map((r) => ({ network: r.network.id, year: r.year, held: r.held, planned: r.planned, cancelled: r.cancelled }))
    .sort((a, b) => a.network.localeCompare(b.network));

/** Distinct organisations counted by sector, most frequent first, as the statistics order them. */
function bySector(organisations: { id: string; sector: string }[]) {
  const sectors = new Map<string, Set<string>>();
  for (const o of organisations) sectors.set(o.sector, (sectors.get(o.sector) ?? new Set()).add(o.id));
  return [...sectors]
    .map(([sector, ids]) => ({ sector, organisations: ids.size }))
    .sort((a, b) => b.organisations - a.organisations || a.sector.localeCompare(b.sector));
}

export function networkStatisticsScenario(label: string, start: () => Promise<RunningGraph>) {
  describe(`networks statistics through the gateway (${label})`, () => {
    const run = graphUnderTest(start);

    async function gql(query: string, variables?: Record<string, unknown>, caller = run.analyst) {
      const r = await run.graph.gql(caller, query, variables);
      expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
      return r.data;
    }

    /** The networks of a region and of its predecessors, listed through `Region.networks`, with their raw records. */
    async function rawNetworksOf(key: string): Promise<RawNetwork[]> {
      const data = await gql(
        `query($key: String!) { region(key: $key) { networks { id } predecessors { key networks { id } } } }`,
        { key },
      );
      const ids = new Set<string>(
        [...data.region.networks, ...data.region.predecessors.flatMap((p: any) => p.networks)].map((n: any) => n.id),
      );
      return Promise.all([...ids].map(async (id) => (await gql(RAW_NETWORK, { id })).network as RawNetwork));
    }

    it("counts Mecklenburgische Seenplatte's meetings, coverage and members by sector as its networks' raw lists do, Müritz's network included", async () => {
      const day = "2026-01-01";
      const [raw, data] = await Promise.all([
        rawNetworksOf("13071"),
        gql(REGION_STATISTICS, { key: "13071", year: 2025, on: day }),
      ]);
      const region = data.region;
      expect(region.predecessors.map((p: any) => p.key)).toContain("13056");

      const müritz = raw.find((n) => n.name.includes("Müritz"));
      expect(müritz, "the Müritz network counts for Seenplatte").toBeDefined();
      expect(region.meetingStatistics.map((l: any) => l.network.id)).toContain(müritz!.id);
      expect(asLines(region.meetingStatistics)).toEqual(meetingLines(raw, 2025));
      expect(region.meetingStatistics.reduce((sum: number, l: any) => sum + l.held, 0)).toBeGreaterThan(0);

      const working = raw.filter(workingOn(day));
      const members = new Set(
        working.flatMap((n) => n.memberships.filter(currentOn(day)).map((m) => m.organisation.id)),
      );
      expect(region.networkCoverage).toEqual({ on: day, networks: working.length, organisations: members.size });
      expect(members.size).toBeGreaterThan(0);

      const now = today();
      const currentMembers = raw
        .filter(workingOn(now))
        .flatMap((n) => n.memberships.filter(currentOn(now)).map((m) => m.organisation));
      expect(region.memberOrganisationsBySector).toEqual(bySector(currentMembers));
      expect(region.memberOrganisationsBySector.length).toBeGreaterThan(1);
    });

    it("answers the root field for a district with the predecessors passed as the region field does", async () => {
      const data = await gql(REGION_STATISTICS, { key: "13071", year: 2025 });
      const keys = ["13071", ...data.region.predecessors.map((p: any) => p.key)];
      const root = await gql(
        `query($keys: [String!], $year: Int) { meetingStatistics(year: $year, regionKeys: $keys) { network { id name } year held planned cancelled } }`,
        { keys, year: 2025 },
      );
      expect(asLines(root.meetingStatistics)).toEqual(asLines(data.region.meetingStatistics));
      const all = await gql(`{ meetingStatistics(year: 2025) { network { id } year held } }`);
      expect(all.meetingStatistics.length).toBeGreaterThan(root.meetingStatistics.length);
    });

    it("counts a network's current members by sector as its raw memberships do", async () => {
      const raw = await rawNetworksOf("13071");
      const now = today();
      for (const network of raw) {
        const data = await gql(
          `query($id: ID!) { network(id: $id) { currentMemberOrganisationIds memberOrganisationsBySector { sector organisations } } }`,
          { id: network.id },
        );
        const current = network.memberships.filter(currentOn(now)).map((m) => m.organisation);
        expect([...data.network.currentMemberOrganisationIds].sort(), network.name).toEqual(
          [...new Set(current.map((o) => o.id))].sort(),
        );
        expect(data.network.memberOrganisationsBySector, network.name).toEqual(bySector(current));
      }
    });

    it("takes a fixed number of SQL statements in each subgraph, for one district or all of a state", async () => {
      const query = `query($state: String!) { regions(parentKey: $state) {
        key meetingStatistics(year: 2025) { network { name } held } networkCoverage { networks organisations } memberOrganisationsBySector { sector organisations }
      } }`;
      const one = `{ region(key: "13071") {
        key meetingStatistics(year: 2025) { network { name } held } networkCoverage { networks organisations } memberOrganisationsBySector { sector organisations }
      } }`;
      const measure = async (text: string, variables?: Record<string, unknown>) => {
        const before = {
          networks: await run.graph.sqlStatements("networks"),
          organisations: await run.graph.sqlStatements("organisations"),
        };
        const data = await gql(text, variables);
        return {
          data,
          statements: {
            networks: (await run.graph.sqlStatements("networks")) - before.networks,
            organisations: (await run.graph.sqlStatements("organisations")) - before.organisations,
          },
        };
      };
      const district = await measure(one);
      const state = await measure(query, { state: "13" });
      expect(state.data.regions.length).toBeGreaterThan(5);
      expect(state.data.regions.filter((r: any) => r.networkCoverage.networks > 0).length).toBeGreaterThan(3);
      // networks: one GROUP BY for the meetings and one for the networks they name, one for the coverage, one for
      // the member ids; organisations: the regions, their predecessors, the regions again for the member ids, one
      // GROUP BY by sector.
      expect(district.statements).toEqual({ networks: 4, organisations: 4 });
      expect(state.statements).toEqual(district.statements);
    });

    it("lets every role read the statistics", async () => {
      for (const caller of [await token("state-office"), await token("youth-office", "13072")]) {
        const data = await gql(
          `{ region(key: "13071") { networkCoverage { networks } memberOrganisationsBySector { organisations } } }`,
          {},
          caller,
        );
        expect(data.region.networkCoverage.networks).toBeGreaterThan(0);
      }
    });
  });
}
