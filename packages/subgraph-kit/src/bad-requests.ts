// How the gateway and every subgraph answer requests they cannot run: always a JSON body shaped like a GraphQL
// response, with `extensions.code` and a message that says what to do; never an HTML page, a stack trace or a 5xx
// for the caller's mistake. Apollo Server's own CSRF prevention stays on; only its wording is replaced.
import { isUtf8 } from "node:buffer";
import { STATUS_CODES, type IncomingMessage, type Server } from "node:http";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type ValidationContext,
} from "graphql";
import { formatLimitError, graphqlErrorBody, INVALID_UTF8 } from "./limits.js";
import type { FieldProblem } from "./errors.js";
import { requestLogger } from "./observability/requests.js";

/** What the caller reads of an unexpected error; the error itself, with its stack, goes to the log. */
export const INTERNAL_ERROR_MESSAGE =
  "Internal error: the request could not be completed. Try again; if it persists, tell the operators.";

/** Apollo Server's messages for malformed HTTP requests, worded so that they say what to send instead. */
const PROTOCOL_MESSAGES: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys/,
    () =>
      'The request carries no GraphQL query: POST a JSON body {"query": "…", "variables": {…}} with content-type application/json.',
  ],
  [/^GraphQL queries must be strings/, () => 'The query must be a string of GraphQL: {"query": "{ … }"}.'],
  [
    /^Operation batching disabled/,
    () => 'Send one operation per request: the body must be one JSON object {"query": "…"}, not a list.',
  ],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    () =>
      "Refused as a possible cross-site request forgery (CSRF): send POST requests with content-type application/json, and GET requests with the header apollo-require-preflight: true.",
  ],
  [/^Apollo Server supports only GET\/POST requests/, () => "Send GraphQL requests with POST (or GET for queries)."],
  [
    /^GET requests only support query operations, not (\w+) operations/,
    (match) => `A ${match[1]} cannot be sent with GET: send it with POST and content-type application/json.`,
  ],
];

/**
 * `formatError` of the gateway and (inside its own) of every subgraph: limit errors typed (see
 * {@link formatLimitError}), Apollo Server's protocol messages worded to say what to do, no stack trace in any
 * mode, and an unexpected error's own message replaced by {@link INTERNAL_ERROR_MESSAGE}.
 */
export function formatRequestError(given: GraphQLFormattedError): GraphQLFormattedError {
  let formatted = formatLimitError(given);
  const code = formatted.extensions?.code;
  if (code === "BAD_REQUEST") {
    for (const [pattern, word] of PROTOCOL_MESSAGES) {
      const match = pattern.exec(formatted.message);
      if (match) {
        formatted = { ...formatted, message: word(match) };
        break;
      }
    }
  }
  // A stack trace, or the message of a fault of ours, would show a stranger the installation's files and
  // internals; the log has both, with the request id (observabilityPlugin, the subgraphs' formatError).
  if (formatted.extensions && "stacktrace" in formatted.extensions) {
    const { stacktrace: _, ...extensions } = formatted.extensions;
    formatted = { ...formatted, extensions };
  }
  if (code === "INTERNAL_SERVER_ERROR") formatted = { ...formatted, message: INTERNAL_ERROR_MESSAGE };
  return formatted;
}

/**
 * An operation name that names no operation, or several operations without a name, is the caller's mistake. A
 * subgraph reports it as OPERATION_RESOLUTION_FAILURE; the gateway's query planner throws instead, which Apollo
 * Server would answer with a 500. This refuses it before planning, alike in both.
 */
function operationResolution<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const names = document.definitions
            .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
            .map((d) => d.name?.value ?? "(anonymous)");
          const message = request.operationName
            ? `The document has no operation named "${request.operationName}": set operationName to one of ${names.join(", ") || "its operations"}.`
            : `The document contains several operations (${names.join(", ")}): name the one to run in operationName.`;
          throw new GraphQLError(message, {
            extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** Why a string cannot be stored as sent: U+0000 (no PostgreSQL text holds it) or a lone UTF-16 surrogate. */
function unstorable(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain the character U+0000 (NUL)";
  if (/\p{Cs}/u.test(value)) return "must not contain a lone UTF-16 surrogate (broken encoding)";
  return undefined;
}

/** The first unstorable string inside a variables object, found without recursion (the nesting is the caller's). */
function firstUnstorable(variables: Record<string, unknown>): FieldProblem | undefined {
  const stack: [string, unknown][] = Object.entries(variables).reverse();
  while (stack.length) {
    const [path, value] = stack.pop()!;
    if (typeof value === "string") {
      const message = unstorable(value);
      if (message) return { field: path, message, reason: "INVALID_CHARACTERS" };
    } else if (value && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([`${path}.${entries[i]![0]}`, entries[i]![1]]);
    }
  }
  return undefined;
}

/**
 * Refuses, before anything runs, a request with a string (in its variables or in the query text) that no
 * database could store as sent: U+0000 or a lone surrogate. Everywhere else such a value would reach SQL as a
 * search text or a key and fail there as an internal error. Field validators refuse further characters in stored
 * text (see `textProblem`).
 */
function storableStrings<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let problem = request.variables ? firstUnstorable(request.variables) : undefined;
          if (!problem) {
            visit(document, {
              StringValue(node) {
                const message = unstorable(node.value);
                if (message && !problem)
                  problem = {
                    field: "query",
                    message: `${message} (line ${node.loc?.startToken.line ?? "?"})`,
                    reason: "INVALID_CHARACTERS",
                  };
              },
            });
          }
          if (!problem) return;
          throw new GraphQLError(
            `Invalid ${problem.field}: ${problem.message}. Remove the character and send valid Unicode text.`,
            {
              extensions: { code: "BAD_USER_INPUT", fields: [problem], http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}

/**
 * GraphQL's rule that an operation's root type must exist (the specification's drafts have it; graphql-js 16
 * leaves it to execution, where the gateway's planner fails with a 500 and a subgraph with an internal error).
 * The graph has no subscriptions: a document with one is invalid, alike at the gateway and at every subgraph.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      const instead =
        node.operation === "subscription"
          ? "send queries and mutations (to follow changes, repeat a query)"
          : "send queries";
      context.reportError(new GraphQLError(`The graph has no ${node.operation}s: ${instead}.`, { nodes: node }));
    },
  };
}

/** Validation rules of the gateway and every subgraph, beside the query limits'. */
export const badRequestValidationRules = [knownOperationTypes];

/** Apollo Server plugins of the gateway and every subgraph for requests that cannot run as sent. */
export function badRequestPlugins<C extends BaseContext>(): ApolloServerPlugin<C>[] {
  return [operationResolution<C>(), storableStrings<C>()];
}

const GRAPHQL_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/** Before `/graphql`: other methods get a JSON 405 that names the allowed ones, instead of a CSRF refusal. */
export const graphqlMethods: RequestHandler = (req, res, next) => {
  if (GRAPHQL_METHODS.has(req.method)) return next();
  res
    .status(405)
    .set("allow", "GET, POST")
    .json(
      graphqlErrorBody(
        `${req.method} is not supported here: send GraphQL requests with POST (or GET for queries).`,
        "BAD_REQUEST",
      ),
    );
};

/** Last handler: an unknown address gets a JSON 404 instead of Express's HTML page. */
export const notFoundAsJson: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(
      graphqlErrorBody(
        `Nothing is served at ${req.method} ${req.path.slice(0, 200)}: GraphQL answers at /graphql, health at /health.`,
        "NOT_FOUND",
      ),
    );
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers or URL too large, malformed request line)
 * get a JSON body too, instead of an empty answer.
 */
export function answerMalformedRequestsWithJson(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const message =
      status === 431
        ? "The request's headers or address are too large: send the query in a POST body and fewer or shorter headers."
        : status === 408
          ? "The request took too long to arrive: send it again."
          : "The request is no valid HTTP: send a GraphQL request as POST with content-type application/json.";
    const body = JSON.stringify(graphqlErrorBody(message, "BAD_REQUEST"));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}

/** The offset of the first byte of `bytes` that starts no valid UTF-8 character, or undefined when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    // isUtf8 of the one character also refuses overlong forms, surrogates and code points beyond U+10FFFF.
    if (length === 0 || (length > 1 && !isUtf8(bytes.subarray(i, i + length)))) return i;
    i += length;
  }
  // Not reached: a text of valid characters is valid UTF-8.
  return 0;
}

const hex = (byte: number | undefined) => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;

function encodingError(message: string, type = INVALID_UTF8): Error {
  return Object.assign(new Error(message), { type });
}

// A lenient decoder would turn bytes that are no UTF-8 into U+FFFD, and the changed text would be stored as if
// it had been sent. Only UTF-8 is checked, so only UTF-8 is read (RFC 8259: JSON between systems is UTF-8).
function verifyUtf8(_req: IncomingMessage, _res: unknown, body: Buffer, charset: string): void {
  if (charset !== "utf-8") throw encodingError(`unsupported charset ${charset}`, "charset.unsupported");
  const offset = invalidUtf8Offset(body);
  if (offset !== undefined) {
    throw encodingError(
      `The request body is no valid UTF-8 (byte ${hex(body[offset])} at offset ${offset}): send JSON encoded as UTF-8.`,
    );
  }
}

/** The bytes a percent-encoded text stands for (Node hands over the URL's bytes as Latin-1 characters). */
function percentDecoded(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = text[i] === "%" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9a-f]{2}$/i.test(pair)) {
      bytes[length++] = Number.parseInt(pair, 16);
      i += 2;
    } else {
      bytes[length++] = text.charCodeAt(i) & 0xff;
    }
  }
  return bytes.subarray(0, length);
}

/** Parameters of a GET (a query, its variables) are percent-encoded UTF-8, checked like a body before decoding. */
const utf8QueryString: RequestHandler = (req, _res, next) => {
  const at = req.url.indexOf("?");
  if (at < 0) return next();
  const bytes = percentDecoded(req.url.slice(at + 1));
  const offset = invalidUtf8Offset(bytes);
  if (offset === undefined) return next();
  next(
    encodingError(
      `The request's query string is no valid UTF-8 (byte ${hex(bytes[offset])} at offset ${offset} once percent-decoded): percent-encode parameters as UTF-8.`,
    ),
  );
};

/**
 * How the API's paths (`/graphql`, the gateway's `/export.csv`) read a request: its query string and its JSON body
 * only as valid UTF-8, the body up to `maxBodyBytes`. What fails is answered by `bodyErrorHandler`.
 */
export function readJsonRequest(maxBodyBytes: number): RequestHandler[] {
  return [utf8QueryString, express.json({ limit: maxBodyBytes, verify: verifyUtf8 })];
}

/**
 * Last error handler of every process: whatever failed outside GraphQL (a body that is no JSON on another path, a
 * fault of ours) is answered as JSON. Express's own answer is an HTML page with the stack trace in every mode but
 * production.
 */
export const errorsAsJson: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = (error as { status?: unknown } | null | undefined)?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    res
      .status(status)
      .json(
        graphqlErrorBody(
          "The request could not be read: send it complete, as JSON in UTF-8 with content-type application/json.",
          "BAD_REQUEST",
        ),
      );
    return;
  }
  requestLogger().error({ err: error }, "unexpected error, answered as INTERNAL_SERVER_ERROR");
  res.status(500).json(graphqlErrorBody(INTERNAL_ERROR_MESSAGE, "INTERNAL_SERVER_ERROR"));
};
