/**
 * The walking skeleton's promises, checked through the real gateway in front of the real organisations subgraph.
 * Run on SQLite (test/e2e) and on PostgreSQL (test/postgres) with the same steps.
 */
import { codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { token, type RunningGraph } from "../../support/graph.js";
import { graphUnderTest } from "./graph-under-test.js";

const MV_DISTRICTS = ["13003", "13004", "13071", "13072", "13073", "13074", "13075", "13076"];

export function organisationsScenario(label: string, start: () => Promise<RunningGraph>) {
  describe(`organisations through the gateway (${label})`, () => {
    const run = graphUnderTest(start);

    async function firstOrganisation(regionKey: string, kind = "YOUTH_OFFICE") {
      const r = await run.graph.gql(
        run.stateOffice,
        `query($f: OrganisationFilter) { organisations(filter: $f, first: 1) { nodes { id name version } } }`,
        {
          f: { regionKey, kind },
        },
      );
      const node = r.data?.organisations.nodes[0];
      expect(node, JSON.stringify(r.errors)).toBeDefined();
      return node as { id: string; name: string; version: number };
    }

    it("rejects a request without a valid token, at the gateway and at the subgraph itself", async () => {
      const viaGateway = await run.graph.gql(null, "{ organisations(first: 1) { totalCount } }");
      expect(codes(viaGateway)).toContain("UNAUTHENTICATED");
      expect(viaGateway.data ?? null).toBeNull();
      const direct = await run.graph.gql(
        "not-a-token",
        "{ organisations(first: 1) { totalCount } }",
        {},
        run.graph.subgraphUrls.organisations,
      );
      expect(codes(direct)).toContain("UNAUTHENTICATED");
    });

    it("lists the eight youth offices of Mecklenburg-Vorpommern with their districts", async () => {
      const r = await run.graph.gql(
        run.stateOffice,
        `{ organisations(filter: { kind: YOUTH_OFFICE }, first: 100) { totalCount nodes { name kind sector region { key name } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const keys = r.data.organisations.nodes.map((o: any) => o.region.key);
      for (const key of MV_DISTRICTS) expect(keys).toContain(key);
    });

    it("shows Müritz dissolved in 2011 with Mecklenburgische Seenplatte as successor", async () => {
      const r = await run.graph.gql(
        run.stateOffice,
        `{ region(key: "13056") { key name kind validUntil successors { key name } } }`,
      );
      expect(r.data.region.validUntil).toMatch(/^2011-/);
      expect(r.data.region.successors.map((s: any) => s.key)).toEqual(["13071"]);
      const seenplatteRegion = await run.graph.gql(
        run.stateOffice,
        `{ region(key: "13071") { predecessors { key } } }`,
      );
      expect(seenplatteRegion.data.region.predecessors.map((p: any) => p.key)).toEqual(
        expect.arrayContaining(["13052", "13055", "13056"]),
      );
    });

    it("finds organisations by part of their name, ignoring case", async () => {
      const r = await run.graph.gql(
        run.analyst,
        `{ organisations(filter: { search: "seenPLATTE", kind: YOUTH_OFFICE }) { nodes { name } } }`,
      );
      expect(r.data.organisations.nodes.map((o: any) => o.name)).toEqual([
        "Jugendamt Landkreis Mecklenburgische Seenplatte",
      ]);
    });

    it("pages through all organisations without loss or repetition", async () => {
      const seen = new Set<string>();
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page++) {
        const r: any = await run.graph.gql(
          run.seenplatte,
          `query($after: String) { organisations(first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { after },
        );
        total = r.data.organisations.totalCount;
        for (const node of r.data.organisations.nodes) seen.add(node.id);
        if (!r.data.organisations.pageInfo.hasNextPage) break;
        after = r.data.organisations.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(40);
      expect(seen.size).toBe(total);
    });

    it("lets a youth office change an organisation of its own district, and records who did it", async () => {
      const own = await firstOrganisation("13071", "DAYCARE");
      const r = await run.graph.gql(
        run.seenplatte,
        `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { city: "Waren (Müritz)" }) { id city version } }`,
        {
          id: own.id,
          v: own.version,
        },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.updateOrganisation).toMatchObject({ city: "Waren (Müritz)", version: own.version + 1 });

      const trail = await run.graph.gql(
        run.seenplatte,
        `query($id: ID!) { organisationsAuditTrail(entityId: $id) { nodes { action role callerDistrictKey subject changes { field after } } } }`,
        { id: own.id },
      );
      expect(trail.errors).toBeUndefined();
      const entry = trail.data.organisationsAuditTrail.nodes.at(-1);
      expect(entry).toMatchObject({ action: "UPDATE", role: "YOUTH_OFFICE", callerDistrictKey: "13071" });
      expect(entry.changes).toContainEqual({ field: "city", after: JSON.stringify("Waren (Müritz)") });

      const analystTrail = await run.graph.gql(
        run.analyst,
        `query($id: ID!) { organisationsAuditTrail(entityId: $id) { totalCount } }`,
        { id: own.id },
      );
      expect(codes(analystTrail)).toContain("FORBIDDEN");
    });

    it("forbids a youth office to change another district's organisation, through the gateway and directly", async () => {
      const rostock = await firstOrganisation("13003", "DAYCARE");
      const mutation = `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { city: "Irgendwo" }) { id } }`;
      const viaGateway = await run.graph.gql(run.seenplatte, mutation, { id: rostock.id, v: rostock.version });
      expect(codes(viaGateway)).toEqual(["FORBIDDEN"]);
      const direct = await run.graph.gql(
        run.seenplatte,
        mutation,
        { id: rostock.id, v: rostock.version },
        run.graph.subgraphUrls.organisations,
      );
      expect(codes(direct)).toEqual(["FORBIDDEN"]);
      const unchanged = await firstOrganisation("13003", "DAYCARE");
      expect(unchanged.version).toBe(rostock.version);
    });

    it("hides contacts' personal data from analysts but not from the state office", async () => {
      const query = `{ organisations(filter: { kind: YOUTH_OFFICE }, first: 20) { nodes { contacts { function name email phone } } } }`;
      const forAnalyst = await run.graph.gql(run.analyst, query);
      const contacts = forAnalyst.data.organisations.nodes.flatMap((o: any) => o.contacts);
      expect(contacts.length).toBeGreaterThan(0);
      expect(contacts.every((c: any) => c.function && c.email === null && c.name === null && c.phone === null)).toBe(
        true,
      );
      expect(new Set(codes(forAnalyst))).toEqual(new Set(["FORBIDDEN"]));

      const forStateOffice = await run.graph.gql(run.stateOffice, query);
      expect(forStateOffice.errors).toBeUndefined();
      expect(
        forStateOffice.data.organisations.nodes
          .flatMap((o: any) => o.contacts)
          .some((c: any) => c.email?.includes("@")),
      ).toBe(true);
    });

    it("refuses an update based on a stale version with CONFLICT, and of two concurrent edits exactly one wins", async () => {
      const target = await firstOrganisation("13071", "SCHOOL");
      const mutation = `mutation($id: ID!, $v: Int!, $city: String) { updateOrganisation(id: $id, version: $v, input: { city: $city }) { version city } }`;
      const results = await Promise.all(
        ["Neubrandenburg", "Neustrelitz"].map((city) =>
          run.graph.gql(run.seenplatte, mutation, { id: target.id, v: target.version, city }),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(codes(results.find((r) => r.errors)!)).toEqual(["CONFLICT"]);

      const stale = await run.graph.gql(run.seenplatte, mutation, { id: target.id, v: target.version, city: "Demmin" });
      expect(codes(stale)).toEqual(["CONFLICT"]);
      const now = await firstOrganisation("13071", "SCHOOL");
      expect(now.version).toBe(target.version + 1);
    });

    it("explains invalid input field by field", async () => {
      const r = await run.graph.gql(
        run.stateOffice,
        `mutation { createOrganisation(input: { name: "X", kind: DAYCARE, regionKey: "99999", email: "keine-adresse" }) { id } }`,
      );
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      const fields = r.errors![0]!.extensions!.fields.map((f: any) => f.field);
      expect(fields).toEqual(expect.arrayContaining(["input.name", "input.email"]));
    });

    it("moves an organisation's contacts to the youth office now responsible", async () => {
      const counselling = await firstOrganisation("13071", "COUNSELLING_CENTRE");
      const moved = await run.graph.gql(
        run.stateOffice,
        `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { regionKey: "13003" }) { districtKey } }`,
        {
          id: counselling.id,
          v: counselling.version,
        },
      );
      expect(moved.data.updateOrganisation.districtKey).toBe("13003");
      const query = `query($id: ID!) { organisation(id: $id) { contacts { email } } }`;
      expect(codes(await run.graph.gql(run.seenplatte, query, { id: counselling.id }))).toContain("FORBIDDEN");
      const rostock = await run.graph.gql(await token("youth-office", "13003"), query, { id: counselling.id });
      expect(rostock.errors).toBeUndefined();
    });

    it("answers ids of the wrong form as not found or bad input, never as an internal error", async () => {
      const entities = await run.graph.gql(
        run.stateOffice,
        `{ _entities(representations: [{ __typename: "Organisation", id: "x" }]) { ... on Organisation { id } } }`,
        {},
        run.graph.subgraphUrls.organisations,
      );
      expect(entities.errors).toBeUndefined();
      expect(entities.data._entities).toEqual([null]);
      expect(
        codes(await run.graph.gql(run.stateOffice, `{ offers(filter: { providerId: "x" }) { totalCount } }`)),
      ).toEqual(["BAD_USER_INPUT"]);
      expect(
        codes(
          await run.graph.gql(run.stateOffice, `{ organisation(id: "00000000-0000-0000-0000-00000000000z") { id } }`),
        ),
      ).toEqual([]);
    });

    it("reports every subgraph healthy", async () => {
      const res = await fetch(run.graph.gatewayUrl.replace("/graphql", "/health"));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        status: "ok",
        subgraphs: { organisations: "ok", networks: "ok", budgets: "ok" },
      });
    });
  });
}
