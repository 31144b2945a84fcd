/**
 * Kinds of bad request, each with the answer it must get. A case goes to the gateway and directly to each
 * subgraph it applies to (a subgraph's own queries and mutations go to that subgraph); `request` builds what is
 * sent there.
 */
import { gzipSync } from "node:zlib";

export const TARGETS = ["gateway", "organisations", "networks", "budgets"] as const;
export type Target = (typeof TARGETS)[number];

export interface Tokens {
  stateOffice: string;
  analyst: string;
  expired: string;
  wrongSignature: string;
  unknownRole: string;
}

export interface CaseContext {
  tokens: Tokens;
  /** A contact of the demo data (personal data an analyst may not read). */
  contactId: string;
}

/** What one request sends: POST /graphql with content-type application/json and the state office's token unless said otherwise. */
export interface Sent {
  method?: string;
  /** Instead of /graphql. */
  path?: string;
  /** Query-string parameters (for GET). */
  search?: Record<string, string>;
  /** The whole query string as it goes on the wire, percent-escapes and all (instead of `search`). */
  rawSearch?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** null sends no Authorization header; a string replaces the whole header. */
  authorization?: string | null;
}

export interface BadInputCase {
  kind: string;
  targets: readonly Target[];
  request(target: Target, context: CaseContext): Sent;
  /** The HTTP status(es) GraphQL over HTTP prescribes here. */
  status: number[];
  /** `extensions.code` of the first error. */
  code: string;
  /** Some error's message says this. */
  message: RegExp;
  /** `extensions.fields` names this input field. */
  field?: string;
}

const ALL = TARGETS;
const SUBGRAPHS_WITH = (...names: Exclude<Target, "gateway">[]) => ["gateway", ...names] as const;

const json = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): Sent => ({
  body: JSON.stringify({ query, ...(variables ? { variables } : {}), ...extra }),
});
const raw = (body: string, headers: Record<string, string> = {}): Sent => ({ body, headers });
const TYPENAME = JSON.stringify({ query: "{ __typename }" });

// Each subgraph's list, single record and input types: the gateway gets the organisations subgraph's.
const LIST: Record<Target, string> = {
  gateway: "organisations",
  organisations: "organisations",
  networks: "networks",
  budgets: "consultations",
};
const ONE: Record<Target, string> = {
  gateway: "organisation",
  organisations: "organisation",
  networks: "network",
  budgets: "consultation",
};
const FILTER: Record<Target, [string, string]> = {
  gateway: ["OrganisationFilter", "OrganisationKind"],
  organisations: ["OrganisationFilter", "OrganisationKind"],
  networks: ["NetworkFilter", "NetworkKind"],
  budgets: ["ConsultationFilter", "ConsultationKind"],
};

/** Creates a record whose name is `name`: an organisation, a network, an expert. */
export function createWithName(target: Target, name: string): Sent {
  switch (target) {
    case "gateway":
    case "organisations":
      return json("mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }", {
        input: { name, kind: "DAYCARE", regionKey: "13071" },
      });
    case "networks":
      return json("mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }", {
        input: { name, kind: "EARLY_HELP", regionKey: "13071" },
      });
    case "budgets":
      return json("mutation($input: CreateExpertInput!) { createExpert(input: $input) { id name } }", {
        input: { name, professions: ["Kinderschutzfachkraft"] },
      });
  }
}

/** A mutation on a record of the target's own with the given id. */
function changeById(target: Target, id: string): Sent {
  switch (target) {
    case "gateway":
    case "organisations":
      return json("mutation($id: ID!) { archiveOrganisation(id: $id, version: 1) { id } }", { id });
    case "networks":
      return json(
        "mutation($id: ID!) { updateNetwork(id: $id, version: 1, input: { plenaryMeetingsPerYear: 4 }) { id } }",
        { id },
      );
    case "budgets":
      return json("mutation($id: ID!) { updateExpert(id: $id, version: 1, input: { active: false }) { id } }", { id });
  }
}

/** A date argument the target validates, and the input field that names it. */
function withDate(target: Target, date: string): Sent {
  switch (target) {
    case "gateway":
    case "organisations":
      return json("query($d: String) { regions(validOn: $d) { key } }", { d: date });
    case "networks":
      return json("query($d: String) { meetings(first: 5, filter: { from: $d }) { totalCount } }", { d: date });
    case "budgets":
      return json(
        'mutation($d: String!) { requestConsultation(input: { kind: NETWORK_DEVELOPMENT, plannedDate: $d, days: 1, requestingDistrictKey: "13071" }) { id } }',
        { d: date },
      );
  }
}

/** `levels` times `step` around `leaf`. */
function nest(step: (inner: string) => string, leaf: string, levels: number): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = step(inner);
  return inner;
}
// Far deeper than the 15 levels allowed, through each subgraph's own cycles (the gateway's across subgraphs).
const DEEP: Record<Target, string> = {
  gateway: `{ organisations(first: 1) { nodes { ${nest((i) => `networks { memberships { organisation { ${i} } } }`, "name", 8)} } } }`,
  organisations: `{ regions { ${nest((i) => `children { ${i} }`, "name", 30)} } }`,
  networks: `{ networks(first: 1) { nodes { ${nest((i) => `parent { ${i} }`, "name", 30)} } } }`,
  budgets: `{ consultationBudgets(year: 2026) { ${nest((i) => `youthOffice { consultationBudgets { ${i} } }`, "year", 15)} } }`,
};

const withName = (name: string, field = "input.name"): Pick<BadInputCase, "targets" | "request" | "field"> => ({
  targets: ALL,
  request: (target) => createWithName(target, name),
  field,
});

const CSRF =
  /^Refused as a possible cross-site request forgery \(CSRF\): send POST requests with content-type application\/json/;
const NO_JSON = /^The request body is no valid JSON: send \{"query"/;
const NO_QUERY = /^The request carries no GraphQL query: POST a JSON body/;

export const CASES: BadInputCase[] = [
  // The HTTP request itself.
  {
    kind: "malformed JSON",
    targets: ALL,
    request: () => raw('{"query": "{ __typename }"'),
    status: [400],
    code: "BAD_REQUEST",
    message: NO_JSON,
  },
  { kind: "empty body", targets: ALL, request: () => raw(""), status: [400], code: "BAD_REQUEST", message: NO_QUERY },
  {
    kind: "JSON object without query",
    targets: ALL,
    request: () => raw("{}"),
    status: [400],
    code: "BAD_REQUEST",
    message: NO_QUERY,
  },
  {
    kind: "JSON that is an array (a batch)",
    targets: ALL,
    request: () => raw(`[${TYPENAME}, ${TYPENAME}]`),
    status: [400],
    code: "BAD_REQUEST",
    message: /^Send one operation per request/,
  },
  {
    kind: "JSON that is a number",
    targets: ALL,
    request: () => raw("42"),
    status: [400],
    code: "BAD_REQUEST",
    message: NO_JSON,
  },
  {
    kind: "JSON that is a string",
    targets: ALL,
    request: () => raw('"{ __typename }"'),
    status: [400],
    code: "BAD_REQUEST",
    message: NO_JSON,
  },
  { kind: "JSON null", targets: ALL, request: () => raw("null"), status: [400], code: "BAD_REQUEST", message: NO_JSON },
  {
    kind: "query that is not a string",
    targets: ALL,
    request: () => raw('{"query": {"a": 1}}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /^The query must be a string of GraphQL/,
  },
  {
    kind: "missing query, only variables",
    targets: ALL,
    request: () => raw('{"variables": {"a": 1}}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /non-empty `query`/,
  },
  {
    kind: "variables that are a list",
    targets: ALL,
    request: () => raw('{"query": "{ __typename }", "variables": [1, 2]}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /`variables` .*must be an object/,
  },
  {
    kind: "variables as a JSON-encoded string",
    targets: ALL,
    request: () => raw('{"query": "{ __typename }", "variables": "{\\"a\\": 1}"}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /`variables` .*should be provided as an object/,
  },
  {
    kind: "operationName that is not a string",
    targets: ALL,
    request: () => raw('{"query": "query A { __typename }", "operationName": 5}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /`operationName` .*must be a string/,
  },
  {
    kind: "extensions that are a string",
    targets: ALL,
    request: () => raw('{"query": "{ __typename }", "extensions": "x"}'),
    status: [400],
    code: "BAD_REQUEST",
    message: /`extensions` .*should be provided as an object/,
  },
  {
    kind: "unknown operationName",
    targets: ALL,
    request: () => json("query A { __typename } query B { __typename }", undefined, { operationName: "C" }),
    status: [400],
    code: "OPERATION_RESOLUTION_FAILURE",
    message: /^The document has no operation named "C": set operationName to one of A, B\.$/,
  },
  {
    kind: "several operations without operationName",
    targets: ALL,
    request: () => json("query A { __typename } query B { __typename }"),
    status: [400],
    code: "OPERATION_RESOLUTION_FAILURE",
    message: /name the one to run in operationName/,
  },
  {
    kind: "POST as text/plain",
    targets: ALL,
    request: () => raw(TYPENAME, { "content-type": "text/plain" }),
    status: [400],
    code: "BAD_REQUEST",
    message: CSRF,
  },
  {
    kind: "POST as a form (urlencoded)",
    targets: ALL,
    request: () => raw("query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" }),
    status: [400],
    code: "BAD_REQUEST",
    message: CSRF,
  },
  {
    kind: "POST as multipart/form-data",
    targets: ALL,
    request: () =>
      raw(`--b\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--b--\r\n`, {
        "content-type": "multipart/form-data; boundary=b",
      }),
    status: [400],
    code: "BAD_REQUEST",
    message: CSRF,
  },
  {
    kind: "POST without content-type",
    targets: ALL,
    request: () => raw(TYPENAME, { "content-type": "" }),
    status: [400],
    code: "BAD_REQUEST",
    message: CSRF,
  },
  {
    kind: "POST as application/xml",
    targets: ALL,
    request: () => raw("<query>{ __typename }</query>", { "content-type": "application/xml" }),
    status: [400],
    code: "BAD_REQUEST",
    message: NO_QUERY,
  },
  {
    kind: "JSON in an unsupported charset",
    targets: ALL,
    request: () => raw(TYPENAME, { "content-type": "application/json; charset=latin1" }),
    status: [415],
    code: "BAD_REQUEST",
    message: /charset is not supported: send JSON in UTF-8/,
  },
  {
    kind: "unknown content-encoding",
    targets: ALL,
    request: () => raw(TYPENAME, { "content-encoding": "bogus" }),
    status: [415],
    code: "BAD_REQUEST",
    message: /content encoding is not supported/,
  },
  {
    kind: "gzip content-encoding over plain text",
    targets: ALL,
    request: () => raw(TYPENAME, { "content-encoding": "gzip" }),
    status: [400],
    code: "BAD_REQUEST",
    message: /^The request body could not be read/,
  },
  {
    kind: "gzip bomb (1 KB that inflates past REQUEST_MAX_BYTES)",
    targets: ALL,
    request: () => ({
      body: gzipSync(Buffer.from(`{"query": "{ __typename }", "variables": {"p": "${" ".repeat(5 * 1024 * 1024)}"}}`)),
      headers: { "content-encoding": "gzip" },
    }),
    status: [413],
    code: "PAYLOAD_TOO_LARGE",
    message: /larger than the 1048576 bytes allowed/,
  },
  {
    kind: "body over REQUEST_MAX_BYTES",
    targets: ALL,
    request: () => json("{ __typename }", { padding: "x".repeat(2 * 1024 * 1024) }),
    status: [413],
    code: "PAYLOAD_TOO_LARGE",
    message: /larger than the 1048576 bytes allowed: send a shorter query/,
  },
  {
    kind: "headers too large (100 KB)",
    targets: ALL,
    request: () => ({ body: TYPENAME, headers: { "x-padding": "x".repeat(100_000) } }),
    status: [431],
    code: "BAD_REQUEST",
    message: /headers or address are too large/,
  },
  {
    kind: "Accept header that excludes JSON",
    targets: ALL,
    request: () => raw(TYPENAME, { accept: "application/xml" }),
    status: [406],
    code: "BAD_REQUEST",
    message: /does not accept application\/json/,
  },
  {
    kind: "GET with a mutation",
    targets: ALL,
    request: () => ({
      method: "GET",
      search: { query: "mutation { __typename }" },
      headers: { "apollo-require-preflight": "true" },
    }),
    status: [405],
    code: "BAD_REQUEST",
    message: /^A mutation cannot be sent with GET: send it with POST/,
  },
  {
    kind: "GET without the CSRF-preventing header",
    targets: ALL,
    request: () => ({ method: "GET", search: { query: "{ __typename }" } }),
    status: [400],
    code: "BAD_REQUEST",
    message: CSRF,
  },
  {
    kind: "GET with variables that are no JSON",
    targets: ALL,
    request: () => ({
      method: "GET",
      search: { query: "{ __typename }", variables: "{nope" },
      headers: { "apollo-require-preflight": "true" },
    }),
    status: [400],
    code: "BAD_REQUEST",
    message: /variables search parameter contains invalid JSON/,
  },
  {
    kind: "PUT",
    targets: ALL,
    request: () => ({ method: "PUT", body: TYPENAME }),
    status: [405],
    code: "BAD_REQUEST",
    message: /^PUT is not supported here: send GraphQL requests with POST/,
  },
  {
    kind: "DELETE",
    targets: ALL,
    request: () => ({ method: "DELETE" }),
    status: [405],
    code: "BAD_REQUEST",
    message: /^DELETE is not supported here/,
  },
  {
    kind: "PATCH",
    targets: ALL,
    request: () => ({ method: "PATCH", body: TYPENAME }),
    status: [405],
    code: "BAD_REQUEST",
    message: /^PATCH is not supported here/,
  },
  {
    kind: "unknown path",
    targets: ALL,
    request: () => ({ path: "/graphq1", body: TYPENAME }),
    status: [404],
    code: "NOT_FOUND",
    message: /^Nothing is served at POST \/graphq1: GraphQL answers at \/graphql/,
  },

  // The caller.
  {
    kind: "missing token",
    targets: ALL,
    request: () => ({ body: TYPENAME, authorization: null }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /^Sign in first: send an 'Authorization: Bearer <token>' header\.$/,
  },
  {
    kind: "garbled token",
    targets: ALL,
    request: () => ({ body: TYPENAME, authorization: "Bearer not.a.token" }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /invalid or has expired: sign in again/,
  },
  {
    kind: "expired token",
    targets: ALL,
    request: (_, c) => ({ body: TYPENAME, authorization: `Bearer ${c.tokens.expired}` }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /invalid or has expired: sign in again/,
  },
  {
    kind: "wrongly signed token",
    targets: ALL,
    request: (_, c) => ({ body: TYPENAME, authorization: `Bearer ${c.tokens.wrongSignature}` }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /invalid or has expired: sign in again/,
  },
  {
    kind: "token with an unknown role",
    targets: ALL,
    request: (_, c) => ({ body: TYPENAME, authorization: `Bearer ${c.tokens.unknownRole}` }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /no valid role \(STATE_OFFICE, YOUTH_OFFICE with the five-digit key of its district, ANALYST\)/,
  },
  {
    kind: "Basic instead of Bearer",
    targets: ALL,
    request: () => ({ body: TYPENAME, authorization: "Basic dXNlcjpwYXNz" }),
    status: [401],
    code: "UNAUTHENTICATED",
    message: /^Sign in first/,
  },
  {
    kind: "a change by a role that may not change anything",
    targets: ALL,
    request: (target, c) => ({
      ...createWithName(target, "Analysten-Versuch"),
      authorization: `Bearer ${c.tokens.analyst}`,
    }),
    status: [200],
    code: "FORBIDDEN",
    message: /./,
  },
  {
    kind: "federation internals (_service, _entities) through the gateway",
    targets: ["gateway"],
    request: () => json("{ _service { sdl } }"),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Cannot query field "_service" on type "Query"/,
  },
  {
    kind: "personal data an analyst may not read, also through _entities",
    targets: SUBGRAPHS_WITH("organisations"),
    request: (target, c) => ({
      ...(target === "gateway"
        ? json("query($id: ID!) { contact(id: $id) { id email } }", { id: c.contactId })
        : json(
            'query($id: ID!) { _entities(representations: [{ __typename: "Contact", id: $id }]) { ... on Contact { id email } } }',
            { id: c.contactId },
          )),
      authorization: `Bearer ${c.tokens.analyst}`,
    }),
    status: [200],
    code: "FORBIDDEN",
    message: /./,
  },

  // The query document.
  {
    kind: "syntax error",
    targets: ALL,
    request: () => json("{ __typename "),
    status: [400],
    code: "GRAPHQL_PARSE_FAILED",
    message: /^Syntax Error: Expected Name, found <EOF>/,
  },
  {
    kind: "unknown field",
    targets: ALL,
    request: () => json("{ nope }"),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /^Cannot query field "nope" on type "Query"/,
  },
  {
    kind: "fragment cycle",
    targets: ALL,
    request: () => json("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Cannot spread fragment "A" within itself via "B"/,
  },
  {
    kind: "deep nesting",
    targets: ALL,
    request: (t) => json(DEEP[t]),
    status: [400],
    code: "QUERY_LIMIT_EXCEEDED",
    message: /nests fields too deeply \(\d+\): at most 15 levels/,
  },
  {
    kind: "alias bomb",
    targets: ALL,
    request: () => json(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(" ")} }`),
    status: [400],
    code: "QUERY_LIMIT_EXCEEDED",
    message: /too many aliases \(200\): at most 30/,
  },
  {
    kind: "directive bomb",
    targets: ALL,
    request: () => json(`{ ${"__typename @include(if: true) ".repeat(200)}}`),
    status: [400],
    code: "QUERY_LIMIT_EXCEEDED",
    message: /too many directives \(200\): at most 50/,
  },
  {
    kind: "token bomb",
    targets: ALL,
    request: () => json(`{ ${"__typename ".repeat(5000)}}`),
    status: [400],
    code: "QUERY_LIMIT_EXCEEDED",
    message: /too long: at most 4000 tokens/,
  },
  {
    kind: "cost bomb (first: 1000000)",
    targets: ALL,
    request: (t) => json(`{ ${LIST[t]}(first: 1000000) { nodes { id } } }`),
    status: [400],
    code: "QUERY_LIMIT_EXCEEDED",
    message: /would cost too much to answer \(\d+\): at most 50000/,
  },

  // Variables and arguments.
  {
    kind: "invalid enum value as a literal",
    targets: ALL,
    request: (t) => json(`{ ${LIST[t]}(filter: { kind: NOPE }) { totalCount } }`),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Value "NOPE" does not exist in "\w+Kind" enum/,
  },
  {
    kind: "invalid enum value as a variable",
    targets: ALL,
    request: (t) =>
      json(`query($k: ${FILTER[t][1]}) { ${LIST[t]}(filter: { kind: $k }) { totalCount } }`, { k: "NOPE" }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Variable "\$k" got invalid value "NOPE"; Value "NOPE" does not exist/,
  },
  {
    kind: "wrong scalar type (text for an Int)",
    targets: ALL,
    request: (t) => json(`query($f: Int) { ${LIST[t]}(first: $f) { totalCount } }`, { f: "ten" }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Int cannot represent non-integer value: "ten"/,
  },
  {
    kind: "number beyond 32 bits",
    targets: ALL,
    request: (t) => json(`query($f: Int) { ${LIST[t]}(first: $f) { totalCount } }`, { f: 99_999_999_999 }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Int cannot represent non 32-bit signed integer value: 99999999999/,
  },
  {
    kind: "fractional number for an Int",
    targets: ALL,
    request: (t) => json(`query($f: Int) { ${LIST[t]}(first: $f) { totalCount } }`, { f: 1.5 }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Int cannot represent non-integer value: 1\.5/,
  },
  {
    kind: "negative page size (first: -1)",
    targets: ALL,
    request: (t) => json(`{ ${LIST[t]}(first: -1) { totalCount } }`),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /'first' must be between 1 and 500/,
    field: "first",
  },
  {
    kind: "negative days",
    targets: SUBGRAPHS_WITH("budgets"),
    request: () =>
      json(
        'mutation($d: Float!) { requestConsultation(input: { kind: NETWORK_DEVELOPMENT, plannedDate: "2026-06-01", days: $d, requestingDistrictKey: "13071" }) { id } }',
        { d: -1 },
      ),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /input\.days: more than 0 days/,
    field: "input.days",
  },
  {
    kind: "huge number of days",
    targets: SUBGRAPHS_WITH("budgets"),
    request: () =>
      json(
        'mutation($d: Float!) { requestConsultation(input: { kind: NETWORK_DEVELOPMENT, plannedDate: "2026-06-01", days: $d, requestingDistrictKey: "13071" }) { id } }',
        { d: 1e12 },
      ),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /at most 50 days/,
    field: "input.days",
  },
  {
    kind: "days not in half-day steps",
    targets: SUBGRAPHS_WITH("budgets"),
    request: () =>
      json(
        'mutation($d: Float!) { requestConsultation(input: { kind: NETWORK_DEVELOPMENT, plannedDate: "2026-06-01", days: $d, requestingDistrictKey: "13071" }) { id } }',
        { d: 0.3 },
      ),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /in half-day steps/,
    field: "input.days",
  },
  {
    kind: "year out of range",
    targets: SUBGRAPHS_WITH("networks", "budgets"),
    request: (t) =>
      json(t === "networks" ? "{ meetingStatistics(year: -5) { year } }" : "{ serviceReport(year: 99999) { year } }"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /(1900 or later|2100 or earlier)/,
    field: "year",
  },
  {
    kind: "impossible date (2026-02-30)",
    targets: ALL,
    request: (t) => withDate(t, "2026-02-30"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must be a date YYYY-MM-DD/,
  },
  {
    kind: "date with a five-digit year (99999-01-01)",
    targets: ALL,
    request: (t) => withDate(t, "99999-01-01"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must be a date YYYY-MM-DD/,
  },
  {
    kind: "date in words (yesterday)",
    targets: ALL,
    request: (t) => withDate(t, "yesterday"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must be a date YYYY-MM-DD/,
  },
  {
    kind: "null for a non-null variable",
    targets: ALL,
    request: (t) => json(`query($id: ID!) { ${ONE[t]}(id: $id) { id } }`, { id: null }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Variable "\$id" of non-null type "ID!" must not be null/,
  },
  {
    kind: "missing required variable",
    targets: ALL,
    request: (t) => json(`query($id: ID!) { ${ONE[t]}(id: $id) { id } }`),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Variable "\$id" of required type "ID!" was not provided/,
  },
  {
    kind: "undeclared variable",
    targets: ALL,
    request: (t) => json(`{ ${ONE[t]}(id: $id) { id } }`),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Variable "\$id" is not defined/,
  },
  {
    kind: "variable of an unknown type",
    targets: ALL,
    request: () => json("query($x: NoSuchType) { __typename }"),
    status: [400],
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Unknown type "NoSuchType"/,
  },
  {
    kind: "prototype pollution keys in variables",
    targets: ALL,
    request: (t) =>
      raw(
        `{"query": "query($f: ${FILTER[t][0]}) { ${LIST[t]}(filter: $f) { totalCount } }", "variables": {"__proto__": {"admin": true}, "f": {"__proto__": {"kind": "NOPE"}, "constructor": {"prototype": {"admin": true}}}}}`,
      ),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Field "(__proto__|constructor)" is not defined by type "\w+Filter"/,
  },
  {
    kind: "huge array in variables (100,000 keys)",
    targets: SUBGRAPHS_WITH("networks", "budgets"),
    request: (t) =>
      json(
        t === "budgets"
          ? "query($k: [String!]) { consultationStatistics(districtKeys: $k) { year } }"
          : "query($k: [String!]) { meetingStatistics(regionKeys: $k) { year } }",
        {
          k: Array.from({ length: 100_000 }, (_, i) => String(10_000 + (i % 90_000))),
        },
      ),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /at most 500 (district|region) keys/,
  },
  {
    kind: "deeply nested JSON in variables (100,000 levels)",
    targets: ALL,
    request: () =>
      raw(
        `{"query": "query($s: String!) { __type(name: $s) { name } }", "variables": {"s": ${"[".repeat(100_000)}${"]".repeat(100_000)}}}`,
      ),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /Variable "\$s" got invalid value .*String cannot represent a non string value/,
  },

  // Ids.
  {
    kind: "id that is not a UUID",
    targets: ALL,
    request: (t) => changeById(t, "abc"),
    status: [200],
    code: "NOT_FOUND",
    message: /'abc' does not exist/,
  },
  {
    kind: "SQL in an id",
    targets: ALL,
    request: (t) => changeById(t, "1' OR '1'='1"),
    status: [200],
    code: "NOT_FOUND",
    message: /'1' OR '1'='1' does not exist/,
  },
  {
    kind: "very long id (100,000 characters)",
    targets: ALL,
    request: (t) => changeById(t, "7".repeat(100_000)),
    status: [200],
    code: "NOT_FOUND",
    message: /^\w+ '7{100}…' does not exist\.$/,
  },

  // Text.
  {
    kind: "name of 10,000 characters",
    ...withName("x".repeat(10_000)),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /input\.name: at most \d+ characters/,
  },
  {
    kind: "NUL in a name",
    ...withName("Jugend\u0000amt"),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /must not contain the character U\+0000 \(NUL\)/,
  },
  {
    kind: "bell (U+0007) in a name",
    ...withName("Jugend\u0007amt"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must not contain control characters \(found U\+0007\)/,
  },
  {
    kind: "terminal escape (U+001B) in a name",
    ...withName("Jugend\u001b[31mamt"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must not contain control characters \(found U\+001B\)/,
  },
  {
    kind: "C1 control (U+0085) in a name",
    ...withName("Jugend\u0085amt"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must not contain control characters \(found U\+0085\)/,
  },
  {
    kind: "line break in a name",
    ...withName("Jugend\namt"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must be a single line without tabs \(found U\+000A\)/,
  },
  {
    kind: "bidi override (U+202E) in a name",
    ...withName("Jugend\u202eamt"),
    status: [200],
    code: "BAD_USER_INPUT",
    message: /must not contain bidirectional control characters \(found U\+202E\)/,
  },
  {
    kind: "lone surrogate (invalid UTF-16) in a name",
    ...withName("Jugend\ud800amt"),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /must not contain a lone UTF-16 surrogate/,
  },
  {
    kind: "NUL in an unchecked argument",
    targets: ALL,
    request: () => json("query($s: String!) { __type(name: $s) { name } }", { s: "Organisation\u0000" }),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /must not contain the character U\+0000/,
    field: "s",
  },
  {
    kind: "NUL in a string literal of the query",
    targets: ALL,
    request: () => json('{ __type(name: "Organisation\\u0000") { name } }'),
    status: [400],
    code: "BAD_USER_INPUT",
    message: /must not contain the character U\+0000 \(NUL\) \(line 1\)/,
    field: "query",
  },
];
