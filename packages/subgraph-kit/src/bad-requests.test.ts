import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerMalformedRequestsWithJson,
  badRequestPlugins,
  badRequestValidationRules,
  errorsAsJson,
  formatRequestError,
  graphqlMethods,
  invalidUtf8Offset,
  notFoundAsJson,
  readJsonRequest,
} from "./bad-requests.js";
import { bodyErrorHandler } from "./limits.js";
import { createLogger, getProcessLogger, setProcessLogger } from "./observability/index.js";

const schema = buildSchema("type Query { echo(text: String): String } type Mutation { touch: Boolean }");
const rootValue = { echo: ({ text }: { text?: string }) => text ?? null, touch: () => true };

// A server wired as the gateway and every subgraph wire theirs, with Apollo's stack traces on to show that none
// reaches an answer.
let httpServer: Server;
let apollo: ApolloServer;
let url: string;
/** What was logged outside a request (errorsAsJson logs with the process's logger there), one parsed line each. */
const logged: Record<string, any>[] = [];
const processLogger = getProcessLogger();
beforeAll(async () => {
  setProcessLogger(
    createLogger({
      service: "bad-requests",
      destination: { write: (line: string) => void logged.push(JSON.parse(line)) },
    }),
  );
  const app = express();
  httpServer = createServer(app);
  answerMalformedRequestsWithJson(httpServer);
  apollo = new ApolloServer({
    schema,
    rootValue,
    formatError: formatRequestError,
    includeStacktraceInErrorResponses: true,
    plugins: badRequestPlugins(),
    validationRules: badRequestValidationRules,
  });
  await apollo.start();
  app.use("/graphql", graphqlMethods);
  app.use("/graphql", ...readJsonRequest(1000), expressMiddleware(apollo));
  app.use("/graphql", bodyErrorHandler(1000));
  app.post("/other", express.json(), (_req, res) => void res.json({}));
  app.get("/fault", () => {
    throw new Error("disk full at /srv/app/dist/secret.js");
  });
  app.use(notFoundAsJson);
  app.use(errorsAsJson);
  await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  setProcessLogger(processLogger);
  await apollo.stop();
  await new Promise((done) => httpServer.close(done));
});

async function send(init: RequestInit & { path?: string } = {}) {
  const res = await fetch(init.path ? new URL(init.path, url) : url, {
    method: "POST",
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    allow: res.headers.get("allow"),
    body: JSON.parse(await res.text()),
  };
}
const post = (body: unknown) => send({ body: typeof body === "string" ? body : JSON.stringify(body) });

describe("answers to requests that cannot run", () => {
  it("word Apollo Server's protocol errors so that they say what to send, without a stack trace", async () => {
    const empty = await post({});
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({
      errors: [
        {
          message:
            'The request carries no GraphQL query: POST a JSON body {"query": "…", "variables": {…}} with content-type application/json.',
          extensions: { code: "BAD_REQUEST" },
        },
      ],
    });

    const batch = await post([{ query: "{ echo }" }]);
    expect(batch.body.errors[0]).toEqual({
      message: expect.stringMatching(/^Send one operation per request/),
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("keep CSRF prevention on: a simple POST or a GET without a preflight header is refused, in words", async () => {
    const plain = await send({
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ echo }" }),
    });
    const get = await fetch(`${url}?query=${encodeURIComponent("{ echo }")}`);
    for (const [status, body] of [
      [plain.status, plain.body],
      [get.status, await get.json()],
    ]) {
      expect(status).toBe(400);
      expect(body).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /^Refused as a possible cross-site request forgery \(CSRF\): send POST requests with content-type application\/json/,
            ),
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
    }
  });

  it("refuse a mutation sent with GET with 405, telling to use POST", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent("mutation { touch }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(405);
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toEqual({
      message: "A mutation cannot be sent with GET: send it with POST and content-type application/json.",
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("refuse an unknown operation name and several unnamed operations with 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const unknown = await post({ query: "query A { echo } query B { echo }", operationName: "C" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      {
        message: 'The document has no operation named "C": set operationName to one of A, B.',
        extensions: { code: "OPERATION_RESOLUTION_FAILURE" },
      },
    ]);

    const several = await post({ query: "query A { echo } query B { echo }" });
    expect(several.status).toBe(400);
    expect(several.body.errors[0].message).toBe(
      "The document contains several operations (A, B): name the one to run in operationName.",
    );
  });

  it("refuse U+0000 and lone surrogates in variables (however deep) and in the query text with BAD_USER_INPUT", async () => {
    const nul = await post({ query: "query($t: String) { echo(text: $t) }", variables: { t: "a\u0000b" } });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([
      {
        message:
          "Invalid t: must not contain the character U+0000 (NUL). Remove the character and send valid Unicode text.",
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [
            { field: "t", message: "must not contain the character U+0000 (NUL)", reason: "INVALID_CHARACTERS" },
          ],
        },
      },
    ]);

    const deep = await post({ query: "{ echo }", variables: { a: { b: [1, "ok", { c: "x\ud800" }] } } });
    expect(deep.body.errors[0].extensions.fields).toEqual([
      {
        field: "a.b.2.c",
        message: "must not contain a lone UTF-16 surrogate (broken encoding)",
        reason: "INVALID_CHARACTERS",
      },
    ]);

    const literal = await post({ query: '{ echo(text: "a\\u0000b") }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: [
        {
          field: "query",
          message: "must not contain the character U+0000 (NUL) (line 1)",
          reason: "INVALID_CHARACTERS",
        },
      ],
    });

    const fine = await post({
      query: "query($t: String) { echo(text: $t) }",
      variables: { t: "<script>alert(1)</script> 🌈 \u0007" },
    });
    expect(fine.body).toEqual({ data: { echo: "<script>alert(1)</script> 🌈 \u0007" } });
  });

  it("answer unreadable bodies with JSON: too large, no JSON, unknown charset or encoding, broken compression", async () => {
    expect((await post("x".repeat(2000))).body.errors[0].extensions).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      maxBytes: 1000,
    });
    expect((await post("{ no json")).body.errors[0].extensions).toEqual({ code: "BAD_REQUEST" });

    const charset = await send({
      headers: { "content-type": "application/json; charset=latin1" },
      body: '{"query":"{ echo }"}',
    });
    expect(charset.status).toBe(415);
    expect(charset.contentType).toMatch(/^application\/json/);
    expect(charset.body.errors[0]).toEqual({
      message: expect.stringMatching(/charset is not supported: send JSON in UTF-8/),
      extensions: { code: "BAD_REQUEST" },
    });

    const encoding = await send({ headers: { "content-encoding": "bogus" }, body: '{"query":"{ echo }"}' });
    expect(encoding.status).toBe(415);
    expect(encoding.body.errors[0].message).toMatch(/content encoding is not supported/);

    const gzip = await send({ headers: { "content-encoding": "gzip" }, body: '{"query":"{ echo }"}' });
    expect(gzip.status).toBe(400);
    expect(gzip.body.errors[0]).toEqual({
      message: expect.stringMatching(/^The request body could not be read/),
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("answer other methods with a JSON 405 naming GET and POST", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await send({ method, body: method === "DELETE" ? undefined : "{}" });
      expect(res.status, method).toBe(405);
      expect(res.allow, method).toBe("GET, POST");
      expect(res.body.errors[0], method).toEqual({
        message: `${method} is not supported here: send GraphQL requests with POST (or GET for queries).`,
        extensions: { code: "BAD_REQUEST" },
      });
    }
  });

  it("answer an unknown address with a JSON 404", async () => {
    const res = await send({ method: "GET", path: "/nothing/here" });
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toEqual({
      message: "Nothing is served at GET /nothing/here: GraphQL answers at /graphql, health at /health.",
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("answer a request whose headers are too large with a JSON 431 instead of an empty answer", async () => {
    const { port } = httpServer.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write(`GET /graphql HTTP/1.1\r\nhost: x\r\nx-pad: ${"x".repeat(100_000)}\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (d) => (text += String(d)));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toMatch(/content-type: application\/json/);
    expect(JSON.parse(body!).errors[0]).toEqual({
      message: expect.stringMatching(/headers or address are too large/),
      extensions: { code: "BAD_REQUEST" },
    });
  });
});

describe("formatRequestError", () => {
  it("removes every stack trace and hides an internal error's own message", () => {
    expect(formatRequestError({ message: "m", extensions: { code: "BAD_USER_INPUT", stacktrace: ["at x"] } })).toEqual({
      message: "m",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(
      formatRequestError({
        message: "ENOENT: /srv/app/x.js",
        path: ["a"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"], serviceName: "s" },
      }),
    ).toEqual({
      message: expect.stringMatching(/^Internal error: the request could not be completed/),
      path: ["a"],
      extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "s" },
    });
  });
});

describe("operations the schema has no root type for", () => {
  it("are invalid: a subscription gets 400 GRAPHQL_VALIDATION_FAILED saying the graph has none, by POST or GET, beside other operations too", async () => {
    for (const body of [
      { query: "subscription { echo }" },
      { query: "query Q { echo } subscription S { echo }", operationName: "Q" },
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({
        message: "The graph has no subscriptions: send queries and mutations (to follow changes, repeat a query).",
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      });
      expect(res.body.errors[0].extensions).not.toHaveProperty("stacktrace");
    }
    const get = await fetch(`${url}?query=${encodeURIComponent("subscription { echo }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^The graph has no subscriptions/,
    );
  });
});

describe("bytes that are no UTF-8", () => {
  const body = (bytes: number[]) =>
    Buffer.concat([
      Buffer.from('{"query": "query($t: String) { echo(text: $t) }", "variables": {"t": "a'),
      Buffer.from(bytes),
      Buffer.from('b"}}'),
    ]);

  it("are found at the first byte that starts no valid character", () => {
    expect(invalidUtf8Offset(Buffer.from("Grüße 🌈 ok"))).toBeUndefined();
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc3, 0x28]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xff]))).toBe(2);
    expect(invalidUtf8Offset(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
  });

  it("in a body are refused with 400 BAD_REQUEST naming the byte and its offset, before anything runs", async () => {
    const invalid = await send({ body: body([0xc3, 0x28]) as unknown as RequestInit["body"] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([
      {
        message: "The request body is no valid UTF-8 (byte 0xC3 at offset 71): send JSON encoded as UTF-8.",
        extensions: { code: "BAD_REQUEST" },
      },
    ]);
    const ff = await send({ body: body([0xff]) as unknown as RequestInit["body"] });
    expect(ff.body.errors[0].message).toMatch(/^The request body is no valid UTF-8 \(byte 0xFF at offset 71\)/);
    const valid = await send({ body: body([0xc3, 0xa4]) as unknown as RequestInit["body"] });
    expect(valid.body).toEqual({ data: { echo: "aäb" } });
  });

  it("in a body of another charset are refused with 415: only UTF-8 is checked, so only UTF-8 is read", async () => {
    const utf16 = await send({
      headers: { "content-type": "application/json; charset=utf-16le" },
      body: Buffer.from('{"query":"{ echo }"}', "utf16le") as unknown as RequestInit["body"],
    });
    expect(utf16.status).toBe(415);
    expect(utf16.body.errors[0]).toEqual({
      message: expect.stringMatching(/charset is not supported: send JSON in UTF-8/),
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("percent-encoded in a GET's query string are refused with 400 BAD_REQUEST", async () => {
    const query = encodeURIComponent("query($t: String) { echo(text: $t) }");
    const res = await fetch(`${url}?query=${query}&variables=%7B%22t%22%3A%22%C3%28%22%7D`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toEqual({
      message: expect.stringMatching(
        /^The request's query string is no valid UTF-8 \(byte 0xC3 at offset \d+ once percent-decoded\)/,
      ),
      extensions: { code: "BAD_REQUEST" },
    });
  });
});

describe("errors outside GraphQL", () => {
  it("are answered as JSON without stack trace or message of the fault: a body that is no JSON, a handler that throws", async () => {
    const broken = await send({ path: "/other", body: '{"a": ' });
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({
      errors: [
        { message: expect.stringMatching(/^The request could not be read/), extensions: { code: "BAD_REQUEST" } },
      ],
    });
    const fault = await send({ method: "GET", path: "/fault" });
    expect(fault.status).toBe(500);
    expect(fault.contentType).toMatch(/^application\/json/);
    expect(fault.body).toEqual({
      errors: [{ message: expect.stringMatching(/^Internal error/), extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: "error",
        err: expect.objectContaining({
          stack: expect.stringContaining("disk full at /srv/app/dist/secret.js\n    at "),
        }),
      }),
    );
  });
});
