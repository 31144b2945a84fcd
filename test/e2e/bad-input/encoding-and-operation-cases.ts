/**
 * Bad requests that a process must refuse instead of quietly making sense of them: operations of a kind the graph
 * does not have, and bytes that are no UTF-8 (a decoder would turn them into U+FFFD and store that).
 */
import { createWithName, TARGETS, type BadInputCase, type Sent, type Target } from "./cases.js";

const NO_SUBSCRIPTIONS = /^The graph has no subscriptions: /;
const NOT_UTF8 =
  /^The request body is no valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\): send JSON encoded as UTF-8\.$/;

/** Where a name's text goes in {@link createWithName}'s body: replaced by raw bytes. */
const MARK = "@BYTES@";

/** `sent`'s JSON body with the first `MARK` inside it replaced by `bytes`, which no JSON text could carry. */
export function withBytes(sent: Sent, bytes: readonly number[]): Sent {
  const [before, after] = String(sent.body).split(MARK) as [string, string];
  return { ...sent, body: Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]) };
}

/** Creates a record (see {@link createWithName}) whose name carries `bytes` between two words. */
export function createWithBytes(
  target: Target,
  bytes: readonly number[],
  words: [string, string] = ["Jugend", "amt"],
): Sent {
  return withBytes(createWithName(target, `${words[0]}${MARK}${words[1]}`), bytes);
}

const invalidName = (
  bytes: readonly number[],
): Pick<BadInputCase, "targets" | "request" | "status" | "code" | "message"> => ({
  targets: TARGETS,
  request: (target) => createWithBytes(target, bytes),
  status: [400],
  code: "BAD_REQUEST",
  message: NOT_UTF8,
});

export const ENCODING_AND_OPERATION_CASES: BadInputCase[] = [
  // Operations.
  {
    kind: "subscription operation",
    targets: TARGETS,
    request: () => ({ body: JSON.stringify({ query: "subscription S { name }" }) }),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: NO_SUBSCRIPTIONS,
  },
  {
    kind: "subscription beside a query, the query chosen",
    targets: TARGETS,
    request: () => ({
      body: JSON.stringify({ query: "query Q { __typename } subscription S { email }", operationName: "Q" }),
    }),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: NO_SUBSCRIPTIONS,
  },
  {
    kind: "subscription with GET",
    targets: TARGETS,
    request: () => ({
      method: "GET",
      search: { query: "subscription { name }" },
      headers: { "apollo-require-preflight": "true" },
    }),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: NO_SUBSCRIPTIONS,
  },

  // Bytes.
  { kind: "invalid UTF-8 (0xC3 0x28) in a name", ...invalidName([0xc3, 0x28]) },
  { kind: "byte 0xFF in a name", ...invalidName([0xff]) },
  { kind: "overlong UTF-8 (0xC0 0xAF for '/') in a name", ...invalidName([0xc0, 0xaf]) },
  { kind: "a surrogate encoded as UTF-8 (0xED 0xA0 0x80) in a name", ...invalidName([0xed, 0xa0, 0x80]) },
  { kind: "UTF-8 sequence cut short (0xE2 0x82) in a name", ...invalidName([0xe2, 0x82]) },
  {
    kind: "byte 0xFF in the query text",
    targets: TARGETS,
    request: () => ({
      body: Buffer.concat([Buffer.from('{"query": "{ __typename } # '), Buffer.from([0xff]), Buffer.from('"}')]),
    }),
    status: [400],
    code: "BAD_REQUEST",
    message: NOT_UTF8,
  },
  {
    kind: "invalid UTF-8 percent-encoded in a GET query string",
    targets: TARGETS,
    request: () => ({
      method: "GET",
      rawSearch: `query=${encodeURIComponent("query($s: String!) { __type(name: $s) { name } }")}&variables=%7B%22s%22%3A%22%C3%28%22%7D`,
      headers: { "apollo-require-preflight": "true" },
    }),
    status: [400],
    code: "BAD_REQUEST",
    message:
      /^The request's query string is no valid UTF-8 \(byte 0xC3 at offset \d+ once percent-decoded\): percent-encode parameters as UTF-8\.$/,
  },
  {
    kind: "invalid UTF-8 in a CSV export request",
    targets: ["gateway"],
    request: () => ({
      path: "/export.csv",
      body: Buffer.concat([
        Buffer.from(
          '{"query": "query($s: String) { organisations(filter: { search: $s }) { nodes { name } } }", "variables": {"s": "',
        ),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}}'),
      ]),
    }),
    status: [400],
    code: "BAD_REQUEST",
    message: NOT_UTF8,
  },
];
