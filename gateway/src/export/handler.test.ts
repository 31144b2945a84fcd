/**
 * The export's streaming and its failure on a later page, over a real Apollo Server and HTTP. The graph's own
 * behaviour (authorisation, real subgraphs) is tested end to end in test/e2e/export.test.ts.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import express from "express";
import { buildSchema, GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRouter } from "./handler.js";

const typeDefs = `
  type Query { items(first: Int, after: String, failOnPage: Int): ItemConnection! }
  type ItemConnection { pageInfo: PageInfo! nodes: [Item!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Item { name: String! amount: Float secret: String }
`;

/** The second page waits until the test lets it go, so the test sees rows arrive before the file is complete. */
let releaseSecondPage: () => void = () => {};
let secondPageReleased = Promise.resolve();
const pagesRequested: number[] = [];

const resolvers = {
  Query: {
    items: async (_: unknown, { first, after, failOnPage }: { first: number; after?: string; failOnPage?: number }) => {
      const page = after ? Number(after) + 1 : 1;
      pagesRequested.push(page);
      if (page === 2) await secondPageReleased;
      if (page === failOnPage)
        throw new GraphQLError("The subgraph is gone.", { extensions: { code: "SUBGRAPH_DOWN" } });
      const nodes = Array.from({ length: first }, (_, i) => ({
        name: `Jugendamt Nr. ${(page - 1) * first + i + 1} – Müritz`,
        amount: 1.5 * page,
      }));
      return { pageInfo: { hasNextPage: page < 3, endCursor: String(page) }, nodes };
    },
  },
  Item: {
    secret: () => {
      throw new GraphQLError("Personal data.", { extensions: { code: "FORBIDDEN" } });
    },
  },
};

let apollo: ApolloServer<{ caller: string }>;
let server: Server;
let url: string;

beforeAll(async () => {
  apollo = new ApolloServer({ typeDefs, resolvers, logger: { debug() {}, info() {}, warn() {}, error() {} } });
  await apollo.start();
  const app = express();
  const context = async (req: express.Request) => {
    if (req.headers.authorization !== "Bearer ok")
      throw new GraphQLError("Sign in first.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
    return { caller: "someone" };
  };
  const schema = buildSchema(typeDefs);
  app.use("/export.csv", express.json(), exportRouter({ apollo, context, schema: () => schema }));
  await new Promise<void>((done) => {
    server = app.listen(0, "127.0.0.1", () => done());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export.csv`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await apollo.stop();
});

const query = `query($first: Int, $after: String, $fail: Int) {
  items(first: $first, after: $after, failOnPage: $fail) { pageInfo { hasNextPage endCursor } nodes { name amount secret } }
}`;
const post = (variables: Record<string, unknown>) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer ok" },
    body: JSON.stringify({ query, variables }),
  });

/** Reads until `text` has arrived, or to the end without it. */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  text: string | null,
  received = "",
): Promise<string> {
  while (text === null || !received.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    received += decoder.decode(value, { stream: true });
  }
  return received;
}

describe("the export handler", () => {
  it("writes each page as it arrives, with a byte-order mark, semicolons and decimal commas", async () => {
    pagesRequested.length = 0;
    secondPageReleased = new Promise((resolve) => (releaseSecondPage = resolve));
    const res = await post({ first: 2 });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    // The first page is readable while the second is still being fetched.
    const firstPage = await readUntil(reader, "Nr. 2 – Müritz;1,5;\r\n");
    expect(firstPage.startsWith("\ufeffname;amount;secret\r\nJugendamt Nr. 1 – Müritz;1,5;\r\n")).toBe(true);
    expect(pagesRequested).toEqual([1, 2]);
    releaseSecondPage();
    const all = await readUntil(reader, null, firstPage);
    const lines = all
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(1 + 6);
    expect(lines.at(-1)).toBe("Jugendamt Nr. 6 – Müritz;4,5;");
    expect(pagesRequested).toEqual([1, 2, 3]);
  });

  it("stops fetching pages when the client goes away", async () => {
    pagesRequested.length = 0;
    secondPageReleased = new Promise((resolve) => (releaseSecondPage = resolve));
    const aborted = new AbortController();
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer ok" },
      body: JSON.stringify({ query, variables: { first: 2 } }),
      signal: aborted.signal,
    });
    await readUntil(res.body!.getReader(), "Nr. 2 – Müritz");
    aborted.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseSecondPage();
    // Enough for a third page to be asked for, had the export gone on for nobody.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pagesRequested).toEqual([1, 2]);
  });

  it("ends the file with a line saying it is incomplete when a later page fails", async () => {
    secondPageReleased = Promise.resolve();
    const res = await post({ first: 2, fail: 3 });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines.at(-1)).toMatch(
      /^EXPORT INCOMPLETE \(Export unvollständig\): page 3 failed after 4 rows: The subgraph is gone\. \(SUBGRAPH_DOWN\)/,
    );
  });

  it("answers an error on the first page with JSON, as /graphql would", async () => {
    const res = await post({ first: 2, fail: 1 });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("SUBGRAPH_DOWN");
    const anonymous = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(anonymous.status).toBe(401);
  });

  it("asks for the largest page when the query leaves $first open", async () => {
    const res = await post({});
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 500);
  });
});
