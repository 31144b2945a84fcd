import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  ExportRequestError,
  flattenItem,
  formatList,
  formatValue,
  hasList,
  header,
  itemsAt,
  planExport,
} from "./flatten.js";

const schema = buildSchema(`
  type Query {
    organisations(first: Int, after: String): OrganisationConnection!
    organisation(id: ID!): Organisation
    regions: [Region!]!
    count: Int!
  }
  type OrganisationConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Organisation!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  interface Named { name: String! }
  type Organisation implements Named {
    id: ID!
    name: String!
    sectors: [String!]!
    region: Region
    contacts: [Contact!]!
    days: Float
    createdAt: String!
  }
  type Region implements Named { key: String! name: String! }
  type Contact { function: String! email: String }
`);

const plan = (query: string, path?: string, operationName?: string) =>
  planExport(schema, parse(query), operationName, path);

describe("finding the list to export", () => {
  it("takes a connection's nodes, its columns from the selection, and pages it through $after", () => {
    const p = plan(`query($first: Int, $after: String) {
      organisations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name: name sectors region { key label: name } contacts { function } } }
    }`);
    expect(p.listPath).toEqual(["organisations", "nodes"]);
    expect(header(p.columns)).toEqual(["id", "name", "sectors", "region.key", "region.label", "contacts"]);
    expect(p.columns.map((c) => c.kind)).toEqual(["value", "value", "list", "value", "value", "list"]);
    expect(p.paging).toEqual({ connectionPath: ["organisations"], afterVariable: "after", firstVariable: "first" });
  });

  it("does not page without pageInfo { hasNextPage endCursor } or without an $after variable", () => {
    expect(plan(`query($after: String) { organisations(after: $after) { nodes { id } } }`).paging).toBeNull();
    expect(plan(`{ organisations(first: 10) { pageInfo { hasNextPage endCursor } nodes { id } } }`).paging).toBeNull();
    expect(
      plan(`query($after: String) { organisations(after: $after) { pageInfo { hasNextPage } nodes { id } } }`).paging,
    ).toBeNull();
  });

  it("takes the first list of objects, skipping scalars and objects without one", () => {
    expect(
      plan(`{ count organisation(id: "1") { name region { key } contacts { email } } regions { key } }`).listPath,
    ).toEqual(["organisation", "contacts"]);
    expect(plan(`{ count regions { key } }`).listPath).toEqual(["regions"]);
  });

  it("follows a path, through a list (its items' lists become rows) and to a connection's nodes", () => {
    const q = `query($after: String) { organisations(after: $after) { pageInfo { hasNextPage endCursor } nodes { name contacts { function email } } } regions { key } }`;
    const contacts = plan(q, "organisations.nodes.contacts");
    expect(header(contacts.columns)).toEqual(["function", "email"]);
    expect(contacts.paging?.connectionPath).toEqual(["organisations"]);
    expect(plan(q, "organisations").listPath).toEqual(["organisations", "nodes"]);
    expect(plan(q, "regions").paging).toBeNull();
    expect(() => plan(q, "organisations.totalCount")).toThrow(ExportRequestError);
    expect(() => plan(q, "nothing")).toThrow(/no list of objects at 'nothing'/);
  });

  it("merges fragments, also on interfaces", () => {
    const p = plan(`{ regions { ...R ... on Named { name } } } fragment R on Region { key }`);
    expect(header(p.columns)).toEqual(["key", "name"]);
  });

  it("refuses mutations and a query without any list", () => {
    const withMutation = buildSchema(`type Query { a: Int } type Mutation { b: Int }`);
    expect(() => planExport(withMutation, parse(`mutation { b }`))).toThrow(/Only queries can be exported/);
    expect(() => plan(`{ count }`)).toThrow(/no list of objects/);
    expect(() => plan(`query A { count } query B { regions { key } }`)).toThrow(/operationName/);
    expect(plan(`query A { count } query B { regions { key } }`, undefined, "B").listPath).toEqual(["regions"]);
  });
});

describe("writing values", () => {
  it("writes numbers with a decimal comma as the service report does", () => {
    expect(formatValue(1.5)).toBe("1,5");
    expect(formatValue(12)).toBe("12");
    expect(formatValue(-0.25)).toBe("-0,25");
  });

  it("writes dates as DD.MM.YYYY and points in time in German local time", () => {
    expect(formatValue("2026-03-01")).toBe("01.03.2026");
    expect(formatValue("2026-01-15T09:30:05.000Z")).toBe("15.01.2026 10:30:05");
    // Summer time
    expect(formatValue("2026-07-01T22:00:00Z")).toBe("02.07.2026 00:00:00");
  });

  it("keeps keys, ids, enum values and text as they are, null as an empty cell", () => {
    expect(formatValue("13071")).toBe("13071");
    expect(formatValue("YOUTH_OFFICE")).toBe("YOUTH_OFFICE");
    expect(formatValue("Jugendamt Müritz – Straße")).toBe("Jugendamt Müritz – Straße");
    expect(formatValue(true)).toBe("true");
    expect(formatValue(null)).toBe("");
    expect(formatValue(undefined)).toBe("");
  });

  it("marks text that spreadsheet software would run as a formula, but not negative numbers", () => {
    expect(formatValue('=HYPERLINK("http://example.org")')).toBe(`'=HYPERLINK("http://example.org")`);
    expect(formatValue("+49 381 123")).toBe("'+49 381 123");
    expect(formatValue("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formatValue(-3)).toBe("-3");
  });

  it("joins lists: scalars with ', ', objects as their values joined by ' / '", () => {
    expect(formatList(["PUBLIC", "CHURCH"])).toBe("PUBLIC, CHURCH");
    expect(formatList([{ name: "Netz A" }, { name: "Netz B" }])).toBe("Netz A, Netz B");
    expect(
      formatList([
        { network: { name: "Netz A" }, since: "2024-02-01" },
        { network: { name: "Netz B" }, since: null },
      ]),
    ).toBe("Netz A / 01.02.2024, Netz B");
    expect(formatList([])).toBe("");
    expect(formatList(null)).toBe("");
  });
});

describe("flattening results", () => {
  const p = plan(`{ organisations { nodes { name days region { key name } sectors contacts { function email } } } }`);

  it("turns each item into a record in column order, empty where a nested object or hidden field is null", () => {
    const item = {
      name: "Jugendamt Rostock",
      days: 2.5,
      region: null,
      sectors: ["PUBLIC"],
      contacts: [{ function: "Koordination", email: null }],
    };
    expect(flattenItem(item, p.columns)).toEqual(["Jugendamt Rostock", "2,5", "", "", "PUBLIC", "Koordination"]);
  });

  it("finds the items, flattening lists on the way and skipping nulls", () => {
    const data = {
      organisations: {
        nodes: [{ contacts: [{ email: "a@x.de" }, null] }, { contacts: [] }, { contacts: [{ email: null }] }],
      },
    };
    expect(itemsAt(data, ["organisations", "nodes", "contacts"])).toEqual([{ email: "a@x.de" }, { email: null }]);
    expect(itemsAt(data, ["organisations", "nodes"])).toHaveLength(3);
    expect(hasList(data, ["organisations", "nodes"])).toBe(true);
    expect(hasList({ organisations: null }, ["organisations", "nodes"])).toBe(false);
    expect(hasList(null, ["organisations", "nodes"])).toBe(false);
  });
});
