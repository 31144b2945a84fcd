import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";
import { Organisation } from "./organisation.entity.js";
import { OrganisationKind } from "./organisation.enums.js";
import { organisationWhere } from "./organisations.service.js";

let statements = 0;
const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true, onQuery: () => statements++ });

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name kind sector districtKey version region { key } } }`;

describe("creating organisations", () => {
  it("derives the owning district and the usual sector", async () => {
    const r = await subgraph.execute(youthOffice("13071"), CREATE, {
      input: { name: "Kita Pusteblume", kind: "DAYCARE", regionKey: "13071", city: "Waren (Müritz)" },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createOrganisation).toMatchObject({
      kind: "DAYCARE",
      sector: "EDUCATION",
      districtKey: "13071",
      version: 1,
      region: { key: "13071" },
    });
  });

  it("refuses another district's region for a youth office", async () => {
    const r = await subgraph.execute(youthOffice("13071"), CREATE, {
      input: { name: "Kita Möwe", kind: "DAYCARE", regionKey: "13003" },
    });
    expect(codes(r)).toEqual(["FORBIDDEN"]);
  });

  it("names every invalid field", async () => {
    const r = await subgraph.execute(stateOffice, CREATE, {
      input: { name: " ", kind: "DAYCARE", regionKey: "abc", postalCode: "123", website: "ftp://x", email: "nope" },
    });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["input.email", "input.name", "input.postalCode", "input.regionKey", "input.website"]);
  });

  it("reports an unknown region as bad input", async () => {
    const r = await subgraph.execute(stateOffice, CREATE, {
      input: { name: "Kita Irgendwo", kind: "DAYCARE", regionKey: "99999" },
    });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  });

  it("records the creation in the audit trail with the caller", async () => {
    const r = await subgraph.execute(stateOffice, CREATE, {
      input: { name: "Familienzentrum Lotse", kind: "FAMILY_EDUCATION", regionKey: "13004" },
    });
    const id = r.data!.createOrganisation.id;
    const entries = await subgraph.em().find(AuditEntry, { entityId: id });
    // One entry: toMatchObject holds an array to its length.
    expect(entries).toMatchObject([
      {
        action: "CREATE",
        role: "STATE_OFFICE",
        entityType: "Organisation",
        ownerDistrictKey: "13004",
      },
    ]);
    expect(entries[0]!.changes.name).toEqual({ before: null, after: "Familienzentrum Lotse" });
  });
});

describe("listing organisations", () => {
  const LIST = `query($f: OrganisationFilter, $first: Int) { organisations(filter: $f, first: $first) { totalCount nodes { id name kind status region { key } contacts { function } } } }`;

  it("filters by kind, district and name, case-insensitively", async () => {
    const offices = await subgraph.execute(analyst, LIST, { f: { kind: "YOUTH_OFFICE", regionKey: "13071" } });
    expect(offices.data!.organisations.nodes).toHaveLength(1);
    const name: string = offices.data!.organisations.nodes[0].name;
    const found = await subgraph.execute(analyst, LIST, { f: { search: name.slice(-8).toUpperCase() } });
    expect(found.data!.organisations.nodes.map((o: { name: string }) => o.name)).toContain(name);
  });

  it("finds a state's youth offices by the state's key (the state office's list of offices)", async () => {
    const offices = await subgraph.execute(analyst, LIST, { f: { kind: "YOUTH_OFFICE", regionKey: "13" }, first: 50 });
    const keys = offices.data!.organisations.nodes.map((o: { region: { key: string } }) => o.region.key).sort();
    expect(keys).toEqual(["13003", "13004", "13071", "13072", "13073", "13074", "13075", "13076"]);
    const saxonyAnhalt = await subgraph.execute(analyst, LIST, { f: { kind: "YOUTH_OFFICE", regionKey: "15" } });
    expect(saxonyAnhalt.data!.organisations.nodes.map((o: { region: { key: string } }) => o.region.key)).toEqual([
      "15083",
    ]);
  });

  it("refuses a region key that is no official key, and takes an empty one as no filter", async () => {
    for (const regionKey of ["1", "13%", "abc", "1307100000000"]) {
      const r = await subgraph.execute(analyst, LIST, { f: { regionKey } });
      expect(codes(r), regionKey).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0]!.extensions!.fields).toEqual([
        {
          field: "filter.regionKey",
          message: "must be an official region key of 2 to 12 digits",
          reason: "INVALID_REGION_KEY",
        },
      ]);
    }
    const all = await subgraph.execute(analyst, LIST, { f: { regionKey: "" }, first: 1 });
    const unfiltered = await subgraph.execute(analyst, LIST, { f: {}, first: 1 });
    expect(all.errors).toBeUndefined();
    expect(all.data!.organisations.totalCount).toBe(unfiltered.data!.organisations.totalCount);
  });

  it("reads a state's organisations through the state's index, not every organisation of the kind in Germany", async () => {
    const em = subgraph.em();
    const where = organisationWhere(em, { kind: OrganisationKind.DAYCARE, regionKey: "13", search: "kita" });
    const page = em
      .createQueryBuilder(Organisation)
      .where(where as never)
      .orderBy({ name: "asc", id: "asc" })
      .limit(51);
    const plan = (await em.getConnection().execute(`explain query plan ${page.getFormattedQuery()}`)) as {
      detail: string;
    }[];
    expect(plan.map((step) => step.detail).join("\n")).toMatch(
      /USING INDEX organisation_state_kind_name_index \(<expr>=\? AND kind=\?\)/,
    );
  });

  it("finds names with % in them", async () => {
    await subgraph.execute(stateOffice, CREATE, {
      input: { name: "Kita 100% Kind", kind: "DAYCARE", regionKey: "13074" },
    });
    const percent = await subgraph.execute(analyst, LIST, { f: { search: "100% k" } });
    expect(percent.data!.organisations.nodes.map((o: { name: string }) => o.name)).toEqual(["Kita 100% Kind"]);
  });

  it("costs the same number of SQL statements for 5 organisations as for 200", async () => {
    const count = async (first: number) => {
      const before = statements;
      const r = await subgraph.execute(stateOffice, LIST, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data!.organisations.nodes.length).toBe(first);
      return statements - before;
    };
    const small = await count(5);
    const large = await count(200);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});

describe("archiving organisations", () => {
  it("hides an archived organisation from the default list and brings it back on restore", async () => {
    const created = await subgraph.execute(youthOffice("13072"), CREATE, {
      input: { name: "Elterncafé Sonnenblume", kind: "ASSOCIATION", regionKey: "13072" },
    });
    const { id, version } = created.data!.createOrganisation;
    const archived = await subgraph.execute(
      youthOffice("13072"),
      `mutation($id: ID!, $v: Int!) { archiveOrganisation(id: $id, version: $v) { status version } }`,
      { id, v: version },
    );
    expect(archived.data!.archiveOrganisation).toEqual({ status: "ARCHIVED", version: version + 1 });

    const search = `query($s: String, $st: RecordStatus) { organisations(filter: { search: $s, status: $st }) { nodes { id } } }`;
    expect(
      (await subgraph.execute(stateOffice, search, { s: "Elterncafé Sonnenblume" })).data!.organisations.nodes,
    ).toEqual([]);
    expect(
      (await subgraph.execute(stateOffice, search, { s: "Elterncafé Sonnenblume", st: "ARCHIVED" })).data!.organisations
        .nodes,
    ).toEqual([{ id }]);

    const restored = await subgraph.execute(
      youthOffice("13072"),
      `mutation($id: ID!, $v: Int!) { restoreOrganisation(id: $id, version: $v) { status } }`,
      { id, v: version + 1 },
    );
    expect(restored.data!.restoreOrganisation.status).toBe("ACTIVE");
  });

  it("offers no way to delete an organisation", async () => {
    const r = await subgraph.execute(stateOffice, `mutation { deleteOrganisation(id: "x") }`);
    expect(codes(r)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("naming organisations by id", () => {
  const BY_IDS = `query($ids: [ID!]) { organisations(first: 100, filter: { ids: $ids }) { nodes { id name status } } }`;

  it("finds exactly the organisations asked for, archived ones too, and none for no ids", async () => {
    const all = await subgraph.execute(analyst, `{ organisations(first: 2) { nodes { id version } } }`);
    const [first, second] = all.data!.organisations.nodes;
    const archive = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $version: Int!) { archiveOrganisation(id: $id, version: $version) { id } }`,
      { id: second.id, version: second.version },
    );
    expect(archive.errors).toBeUndefined();
    const named = await subgraph.execute(analyst, BY_IDS, { ids: [first.id, second.id] });
    expect(named.errors).toBeUndefined();
    expect(named.data!.organisations.nodes.map((o: { id: string }) => o.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    const none = await subgraph.execute(analyst, BY_IDS, { ids: [] });
    expect(none.data!.organisations.nodes).toEqual([]);
  });

  it("refuses more than 100 ids or one that is none, naming the field", async () => {
    const many = Array.from({ length: 101 }, () => crypto.randomUUID());
    for (const ids of [many, ["not-an-id"]]) {
      const r = await subgraph.execute(analyst, BY_IDS, { ids });
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0]!.extensions!.fields[0].field).toMatch(/^filter\.ids/);
    }
  });
});
