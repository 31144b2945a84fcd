import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";

let graph: RunningGraph;
let analyst: string;
let stateOffice: string;
let youthOffice: string;

beforeAll(async () => {
  graph = await startGraph();
  [analyst, stateOffice, youthOffice] = await Promise.all([
    token("analyst"),
    token("state-office"),
    token("youth-office", "13072"),
  ]);
});
afterAll(() => graph?.stop());

const exportUrl = () => `${graph.origin}/export.csv`;

async function exportCsv(bearer: string | null, body: Record<string, unknown>) {
  return fetch(exportUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** The file as spreadsheet software reads it: a UTF-8 byte-order mark, then `;`-separated records. */
async function readCsv(res: Response): Promise<{ header: string[]; rows: string[][]; text: string }> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
  const [header, ...rows] = parse(text, { delimiter: ";", relax_column_count: true }) as string[][];
  return { header: header!, rows, text };
}

const ORGANISATIONS = `query Organisations($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name kind districtKey region { key name } createdAt contacts { function email } }
  }
}`;

describe("CSV export", () => {
  it("streams every page of a connection for an analyst, umlauts intact, personal data empty", async () => {
    const first = 7;
    const res = await exportCsv(analyst, { query: ORGANISATIONS, variables: { first } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="organisations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { header, rows } = await readCsv(res);
    expect(header).toEqual(["id", "name", "kind", "districtKey", "region.key", "region.name", "createdAt", "contacts"]);

    const viaGraphql = await graph.gql(
      analyst,
      `{ organisations(first: 500) { totalCount nodes { id name contacts { email } } } }`,
    );
    const { totalCount, nodes } = viaGraphql.data.organisations;
    // Several pages of `first` were fetched and written.
    expect(totalCount).toBeGreaterThan(3 * first);
    expect(rows).toHaveLength(totalCount);
    expect(new Set(rows.map((r) => r[0])).size).toBe(totalCount);
    const names = new Map(nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
    expect(rows.every((r) => r[1] === names.get(r[0]))).toBe(true);
    expect(rows.some((r) => /[äöüÄÖÜß]/.test(r[1]!))).toBe(true);
    // German local time, as spreadsheets in German offices read it.
    expect(rows.every((r) => /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/.test(r[6]!))).toBe(true);
    // Contacts are there (their functions), their e-mail addresses hidden from the analyst.
    expect(nodes.some((n: { contacts: unknown[] }) => n.contacts.length > 0)).toBe(true);
    expect(rows.some((r) => r[7] !== "")).toBe(true);
    expect(rows.every((r) => !r[7]!.includes("@"))).toBe(true);
  });

  it("exports contacts with their e-mail addresses for the state office, and without them for an analyst", async () => {
    const query = `query($first: Int, $after: String) {
      organisations(first: $first, after: $after, filter: { kind: YOUTH_OFFICE }) {
        pageInfo { hasNextPage endCursor }
        nodes { contacts { function name email organisation { name } } }
      }
    }`;
    const forStateOffice = await readCsv(
      await exportCsv(stateOffice, { query, variables: { first: 5 }, path: "organisations.nodes.contacts" }),
    );
    expect(forStateOffice.header).toEqual(["function", "name", "email", "organisation.name"]);
    expect(forStateOffice.rows.length).toBeGreaterThan(0);
    expect(forStateOffice.rows.every((r) => r[2]!.includes("@"))).toBe(true);

    const res = await exportCsv(analyst, { query, variables: { first: 5 }, path: "organisations.nodes.contacts" });
    expect(res.status).toBe(200);
    const forAnalyst = await readCsv(res);
    expect(forAnalyst.rows).toHaveLength(forStateOffice.rows.length);
    expect(forAnalyst.rows.every((r) => r[0] !== "" && r[1] === "" && r[2] === "" && r[3] !== "")).toBe(true);
  });

  it("gives a youth office exactly what /graphql gives it", async () => {
    const query = `{ organisations(first: 500, filter: { kind: YOUTH_OFFICE }) { nodes { districtKey contacts { email } } } }`;
    const viaGraphql = await graph.gql(youthOffice, query);
    const expected = viaGraphql.data.organisations.nodes.map(
      (n: { districtKey: string; contacts: { email: string | null }[] }) => [
        n.districtKey,
        n.contacts
          .map((c) => c.email)
          .filter(Boolean)
          .join(", "),
      ],
    );
    const { header, rows } = await readCsv(await exportCsv(youthOffice, { query }));
    expect(header).toEqual(["districtKey", "contacts"]);
    expect(rows).toEqual(expected);
    // Its own district's addresses, no other district's.
    expect(rows.find((r) => r[0] === "13072")![1]).toContain("@");
    expect(rows.filter((r) => r[0] !== "13072").every((r) => r[1] === "")).toBe(true);
  });

  it("answers like /graphql when the token is missing or the query is wrong", async () => {
    const anonymous = await exportCsv(null, { query: ORGANISATIONS });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const wrong = await exportCsv(analyst, { query: `{ organisations { nodes { nonsense } } }` });
    expect(wrong.status).toBe(400);
    const body = await wrong.json();
    expect(body.errors[0].message).toMatch(/Cannot query field "nonsense"/);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const noList = await exportCsv(analyst, { query: `{ organisations { totalCount } }` });
    expect(noList.status).toBe(400);
    expect((await noList.json()).errors[0].message).toMatch(/no list of objects/);

    const mutation = await exportCsv(stateOffice, { query: `mutation { createOrganisation(input: {}) { id } }` });
    expect(mutation.status).toBe(400);
    expect((await mutation.json()).errors[0].message).toMatch(/Only queries can be exported/);
  });

  it("answers a GET with the query in the URL and the token in the header", async () => {
    const url = new URL(exportUrl());
    url.searchParams.set("query", `{ regions(kind: DISTRICT) { key name } }`);
    url.searchParams.set("variables", JSON.stringify({}));
    const res = await fetch(url, { headers: { authorization: `Bearer ${analyst}` } });
    expect(res.status).toBe(200);
    const { header, rows } = await readCsv(res);
    expect(header).toEqual(["key", "name"]);
    expect(rows.map((r) => r[0])).toContain("13072");
  });
});
