import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerMalformedRequestsWithJson, badRequestPlugins, formatRequestError, graphqlMethods, notFoundAsJson } from "./bad-requests.js";
import { bodyErrorHandler } from "./limits.js";

const schema = buildSchema("type Query { echo(text: String): String } type Mutation { touch: Boolean }");
const rootValue = { echo: ({ text }: { text?: string }) => text ?? null, touch: () => true };

// A server wired as the gateway and every subgraph wire theirs, in development mode (stack traces on).
let httpServer: Server;
let apollo: ApolloServer;
let url: string;
beforeAll(async () => {
  const app = express();
  httpServer = createServer(app);
  answerMalformedRequestsWithJson(httpServer);
  apollo = new ApolloServer({ schema, rootValue, formatError: formatRequestError, includeStacktraceInErrorResponses: true, plugins: badRequestPlugins() });
  await apollo.start();
  app.use("/graphql", graphqlMethods);
  app.use("/graphql", express.json({ limit: 1000 }), expressMiddleware(apollo));
  app.use("/graphql", bodyErrorHandler(1000));
  app.use(notFoundAsJson);
  await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await apollo.stop();
  await new Promise((done) => httpServer.close(done));
});

async function send(init: RequestInit & { path?: string } = {}) {
  const res = await fetch(init.path ? new URL(init.path, url) : url, { method: "POST", ...init, headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) } });
  return { status: res.status, contentType: res.headers.get("content-type"), allow: res.headers.get("allow"), body: JSON.parse(await res.text()) };
}
const post = (body: unknown) => send({ body: typeof body === "string" ? body : JSON.stringify(body) });

describe("answers to requests that cannot run", () => {
  it("word Apollo Server's protocol errors so that they say what to send, without a stack trace", async () => {
    const empty = await post({});
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({
      errors: [{ message: 'The request carries no GraphQL query: POST a JSON body {"query": "…", "variables": {…}} with content-type application/json.', extensions: { code: "BAD_REQUEST" } }],
    });

    const batch = await post([{ query: "{ echo }" }]);
    expect(batch.body.errors[0]).toEqual({ message: expect.stringMatching(/^Send one operation per request/), extensions: { code: "BAD_REQUEST" } });
  });

  it("keep CSRF prevention on: a simple POST or a GET without a preflight header is refused, in words", async () => {
    const plain = await send({ headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ echo }" }) });
    const get = await fetch(`${url}?query=${encodeURIComponent("{ echo }")}`);
    for (const [status, body] of [[plain.status, plain.body], [get.status, await get.json()]]) {
      expect(status).toBe(400);
      expect(body).toEqual({ errors: [{ message: expect.stringMatching(/^Refused as a possible cross-site request forgery \(CSRF\): send POST requests with content-type application\/json/), extensions: { code: "BAD_REQUEST" } }] });
    }
  });

  it("refuse a mutation sent with GET with 405, telling to use POST", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent("mutation { touch }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(405);
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toEqual({ message: "A mutation cannot be sent with GET: send it with POST and content-type application/json.", extensions: { code: "BAD_REQUEST" } });
  });

  it("refuse an unknown operation name and several unnamed operations with 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const unknown = await post({ query: "query A { echo } query B { echo }", operationName: "C" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ message: 'The document has no operation named "C": set operationName to one of A, B.', extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }]);

    const several = await post({ query: "query A { echo } query B { echo }" });
    expect(several.status).toBe(400);
    expect(several.body.errors[0].message).toBe("The document contains several operations (A, B): name the one to run in operationName.");
  });

  it("refuse U+0000 and lone surrogates in variables (however deep) and in the query text with BAD_USER_INPUT", async () => {
    const nul = await post({ query: "query($t: String) { echo(text: $t) }", variables: { t: "a\u0000b" } });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([
      {
        message: "Invalid t: must not contain the character U+0000 (NUL). Remove the character and send valid Unicode text.",
        extensions: { code: "BAD_USER_INPUT", fields: [{ field: "t", message: "must not contain the character U+0000 (NUL)" }] },
      },
    ]);

    const deep = await post({ query: "{ echo }", variables: { a: { b: [1, "ok", { c: "x\ud800" }] } } });
    expect(deep.body.errors[0].extensions.fields).toEqual([{ field: "a.b.2.c", message: "must not contain a lone UTF-16 surrogate (broken encoding)" }]);

    const literal = await post({ query: '{ echo(text: "a\\u0000b") }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", fields: [{ field: "query", message: "must not contain the character U+0000 (NUL) (line 1)" }] });

    const fine = await post({ query: "query($t: String) { echo(text: $t) }", variables: { t: "<script>alert(1)</script> 🌈 \u0007" } });
    expect(fine.body).toEqual({ data: { echo: "<script>alert(1)</script> 🌈 \u0007" } });
  });

  it("answer unreadable bodies with JSON: too large, no JSON, unknown charset or encoding, broken compression", async () => {
    expect((await post("x".repeat(2000))).body.errors[0].extensions).toEqual({ code: "PAYLOAD_TOO_LARGE", maxBytes: 1000 });
    expect((await post("{ no json")).body.errors[0].extensions).toEqual({ code: "BAD_REQUEST" });

    const charset = await send({ headers: { "content-type": "application/json; charset=latin1" }, body: '{"query":"{ echo }"}' });
    expect(charset.status).toBe(415);
    expect(charset.contentType).toMatch(/^application\/json/);
    expect(charset.body.errors[0]).toEqual({ message: expect.stringMatching(/charset is not supported: send JSON in UTF-8/), extensions: { code: "BAD_REQUEST" } });

    const encoding = await send({ headers: { "content-encoding": "bogus" }, body: '{"query":"{ echo }"}' });
    expect(encoding.status).toBe(415);
    expect(encoding.body.errors[0].message).toMatch(/content encoding is not supported/);

    const gzip = await send({ headers: { "content-encoding": "gzip" }, body: '{"query":"{ echo }"}' });
    expect(gzip.status).toBe(400);
    expect(gzip.body.errors[0]).toEqual({ message: expect.stringMatching(/^The request body could not be read/), extensions: { code: "BAD_REQUEST" } });
  });

  it("answer other methods with a JSON 405 naming GET and POST", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await send({ method, body: method === "DELETE" ? undefined : "{}" });
      expect(res.status, method).toBe(405);
      expect(res.allow, method).toBe("GET, POST");
      expect(res.body.errors[0], method).toEqual({ message: `${method} is not supported here: send GraphQL requests with POST (or GET for queries).`, extensions: { code: "BAD_REQUEST" } });
    }
  });

  it("answer an unknown address with a JSON 404", async () => {
    const res = await send({ method: "GET", path: "/nothing/here" });
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toEqual({ message: "Nothing is served at GET /nothing/here: GraphQL answers at /graphql, health at /health.", extensions: { code: "NOT_FOUND" } });
  });

  it("answer a request whose headers are too large with a JSON 431 instead of an empty answer", async () => {
    const { port } = httpServer.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.write(`GET /graphql HTTP/1.1\r\nhost: x\r\nx-pad: ${"x".repeat(100_000)}\r\n\r\n`));
      let text = "";
      socket.on("data", (d) => (text += String(d)));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toMatch(/content-type: application\/json/);
    expect(JSON.parse(body!).errors[0]).toEqual({ message: expect.stringMatching(/headers or address are too large/), extensions: { code: "BAD_REQUEST" } });
  });
});

describe("formatRequestError", () => {
  it("removes stack traces from the caller's errors and keeps them on internal ones", () => {
    expect(formatRequestError({ message: "m", extensions: { code: "BAD_USER_INPUT", stacktrace: ["at x"] } })).toEqual({ message: "m", extensions: { code: "BAD_USER_INPUT" } });
    expect(formatRequestError({ message: "m", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }).extensions?.stacktrace).toEqual(["at x"]);
  });
});
