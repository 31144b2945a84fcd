/**
 * The networks subgraph through the real gateway, joined with the organisations subgraph: the facts of the
 * sources, the fixed number of SQL statements per query, and who may change what.
 * Run on SQLite (test/e2e) and on PostgreSQL (test/postgres) with the same steps.
 */
import { codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import type { RunningGraph } from "../../support/graph.js";
import { graphUnderTest } from "./graph-under-test.js";

const NETWORK = `query($f: NetworkFilter) { networks(filter: $f, first: 5) { nodes {
  id name kind status foundedOn endedOn plenaryMeetingsPerYear region { key name } parent { id name }
  responsibleOffice { name kind }
  memberships { role since until organisation { id name kind } }
  workingGroups { name status statusNote continuedBy { name } }
  meetings { date kind status participantCount place agenda { topic presentingOrganisation { name kind } } attendingOrganisations { sector } }
  priorities { year kind title } goals { title scope state year } milestones { date precision title }
  extends { name kind }
} } }`;

export function networksScenario(label: string, start: () => Promise<RunningGraph>) {
  describe(`networks through the gateway (${label})`, () => {
    const run = graphUnderTest(start);

    async function network(search: string) {
      const r = await run.graph.gql(run.analyst, NETWORK, { f: { search } });
      expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
      expect(r.data.networks.nodes.length, search).toBeGreaterThan(0);
      return r.data.networks.nodes[0];
    }

    it("lists a district's networks with members from the organisations subgraph and a year's meetings in a fixed number of statements", async () => {
      const query = `query($r: String) { networks(filter: { regionKey: $r }) { nodes { name memberships { role organisation { name kind } } meetings(year: 2025, status: HELD) { date kind } } } }`;
      const measure = async (regionKey: string) => {
        const before = {
          networks: await run.graph.sqlStatements("networks"),
          organisations: await run.graph.sqlStatements("organisations"),
        };
        const r = await run.graph.gql(run.analyst, query, { r: regionKey });
        expect(r.errors).toBeUndefined();
        const nodes = r.data.networks.nodes;
        expect(
          nodes.flatMap((n: any) => n.memberships).every((m: any) => m.organisation.name && m.organisation.kind),
        ).toBe(true);
        return {
          networks: nodes.length,
          statements: {
            networks: (await run.graph.sqlStatements("networks")) - before.networks,
            organisations: (await run.graph.sqlStatements("organisations")) - before.organisations,
          },
        };
      };
      const seenplatteNetworks = await measure("13071");
      const rostockNetworks = await measure("13003");
      expect(seenplatteNetworks.networks).toBeGreaterThan(rostockNetworks.networks);
      expect(seenplatteNetworks.statements).toEqual(rostockNetworks.statements);
      expect(seenplatteNetworks.statements.organisations).toBe(1);
    });

    it("answers source 000: the Müritz network, its working groups and its history under the Seenplatte umbrella", async () => {
      const müritz = await network("präventiver Kinderschutz");
      expect(müritz).toMatchObject({
        kind: "COMBINED",
        plenaryMeetingsPerYear: 3,
        foundedOn: "2011-03-07",
        region: { key: "13056" },
      });
      expect(müritz.parent.name).toBe("VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte");
      const groups = Object.fromEntries(müritz.workingGroups.map((g: any) => [g.name, g]));
      expect(groups["Frühe Hilfen und Kinderschutz in (Kinder-)Tageseinrichtungen"].status).toBe("ACTIVE");
      expect(groups["anonyme Fallbesprechungen"].status).toBe("ACTIVE");
      expect(groups["Gesundheit ist Kinderschutz"]).toMatchObject({
        status: "LEFT_NETWORK",
        continuedBy: { name: "MediClin Müritz-Klinikum" },
      });
      const dates = müritz.milestones.map((m: any) => m.date);
      expect(dates).toEqual(
        expect.arrayContaining(["2008-09-13", "2010-11-18", "2011-03-07", "2012-01-01", "2013-03-20"]),
      );
      expect(müritz.milestones.find((m: any) => m.date.startsWith("2008") && m.precision === "YEAR")).toBeDefined();
      expect(müritz.meetings.find((m: any) => m.date === "2008-09-13").kind).toBe("CHILD_PROTECTION_CONFERENCE");
    });

    it("answers source 001: Kinderschutzcluster 3 with Schwerin as model municipality and the dissolved districts as partners", async () => {
      const cluster = await network("Kinderschutzcluster 3");
      const model = cluster.memberships
        .filter((m: any) => m.role === "MODEL_MUNICIPALITY")
        .map((m: any) => m.organisation.name);
      const partners = cluster.memberships
        .filter((m: any) => m.role === "PARTNER_MUNICIPALITY")
        .map((m: any) => m.organisation.name);
      expect(model).toEqual(["Jugendamt Landeshauptstadt Schwerin"]);
      expect(partners.sort()).toEqual([
        "Jugendamt Landkreis Ostvorpommern",
        "Jugendamt Landkreis Parchim",
        "Jugendamt Landkreis Uecker-Randow",
      ]);
      expect(cluster.priorities.some((p: any) => p.kind === "INTEREST")).toBe(true);
      expect(cluster.priorities.some((p: any) => p.kind === "TOPIC")).toBe(true);
      expect(cluster.goals.some((g: any) => g.state === "ACHIEVED" && g.scope === "LOCAL")).toBe(true);
      expect(cluster.goals.some((g: any) => g.state === "PLANNED" && /Polizei/.test(g.title))).toBe(true);
      expect(cluster.goals.some((g: any) => g.scope === "CROSS_NETWORK")).toBe(true);
    });

    it("answers source 003: Donnersbergkreis' first meeting with 25 professionals, the next one, and the networks it extends", async () => {
      const donnersberg = await network("Netzwerk Kinderschutz Donnersbergkreis");
      expect(donnersberg.extends.map((n: any) => n.kind).sort()).toEqual(["EARLY_HELP", "KIPSE"]);
      const first = donnersberg.meetings.find((m: any) => m.date.endsWith("-12-04"));
      expect(first).toMatchObject({ status: "HELD", participantCount: 25 });
      const sectors = new Set(first.attendingOrganisations.map((o: any) => o.sector));
      expect([...sectors]).toEqual(expect.arrayContaining(["CHILD_AND_YOUTH_WELFARE", "EDUCATION", "HEALTH"]));
      const next = donnersberg.meetings.find((m: any) => m.date === "2026-05-20");
      expect(next.place).toMatch(/Sitzungssaal/);
      const coordinator = await run.graph.gql(
        run.stateOffice,
        `query($id: ID!) { network(id: $id) { coordinator { function organisation { name } } } }`,
        { id: donnersberg.id },
      );
      expect(coordinator.errors).toBeUndefined();
      expect(coordinator.data.network.coordinator.function).toMatch(/Netzwerkkoordination/);
    });

    it("answers source 004: Börde's working groups NORD and SÜD, the health office's report and the offer catalogue plan", async () => {
      const börde = await network("Landkreis Börde");
      expect(börde.workingGroups.map((g: any) => g.name)).toEqual(
        expect.arrayContaining([expect.stringMatching(/NORD$/), expect.stringMatching(/SÜD$/)]),
      );
      const presenters = börde.meetings
        .flatMap((m: any) => m.agenda)
        .map((a: any) => a.presentingOrganisation)
        .filter(Boolean);
      expect(presenters).toContainEqual({ name: "Gesundheitsamt Landkreis Börde", kind: "HEALTH_OFFICE" });
      expect(presenters.some((p: any) => p.kind === "MIDWIFERY")).toBe(true);
      expect(börde.meetings.some((m: any) => /Oschersleben/.test(m.place ?? ""))).toBe(true);
      expect(börde.goals.some((g: any) => /Tag der Regionen/.test(g.title) && g.year === 2025)).toBe(true);
    });

    it("joins organisations and regions with their networks", async () => {
      const r = await run.graph.gql(
        run.analyst,
        `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13004" }) { nodes { name networks { name } } } region(key: "13056") { name networks { name } } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.organisations.nodes[0].networks.map((n: any) => n.name)).toContain("Bündnis Kinderschutz MV");
      expect(r.data.region.networks.map((n: any) => n.name)).toContain(
        'Netzwerk "Frühe Hilfen und präventiver Kinderschutz" Müritz',
      );
    });

    it("forbids a youth office to change another district's network, and lets it change its own", async () => {
      const rostock = (
        await run.graph.gql(run.stateOffice, `{ networks(filter: { regionKey: "13003" }) { nodes { id version } } }`)
      ).data.networks.nodes[0];
      const mutation = `mutation($id: ID!, $v: Int!) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: 4 }) { plenaryMeetingsPerYear version } }`;
      const foreign = await run.graph.gql(run.seenplatte, mutation, { id: rostock.id, v: rostock.version });
      expect(codes(foreign)).toEqual(["FORBIDDEN"]);
      const direct = await run.graph.gql(
        run.seenplatte,
        mutation,
        { id: rostock.id, v: rostock.version },
        run.graph.subgraphUrls.networks,
      );
      expect(codes(direct)).toEqual(["FORBIDDEN"]);

      const own = (
        await run.graph.gql(
          run.stateOffice,
          `{ networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
        )
      ).data.networks.nodes[0];
      const changed = await run.graph.gql(run.seenplatte, mutation, { id: own.id, v: own.version });
      expect(changed.errors).toBeUndefined();
      expect(changed.data.updateNetwork).toEqual({ plenaryMeetingsPerYear: 4, version: own.version + 1 });
    });

    it("keeps mailing-list subscribers' personal data from analysts", async () => {
      const r = await run.graph.gql(
        run.analyst,
        `{ networks(filter: { search: "Kinderschutz Donnersbergkreis" }) { nodes { subscriptions { name email } } } }`,
      );
      const subscriptions = r.data.networks.nodes[0].subscriptions;
      expect(subscriptions.length).toBeGreaterThan(0);
      expect(subscriptions.every((s: any) => s.name === null && s.email === null)).toBe(true);
      expect(new Set(codes(r))).toEqual(new Set(["FORBIDDEN"]));
    });
  });
}
