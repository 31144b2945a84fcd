// How the gateway and every subgraph answer requests they cannot run: always a JSON body shaped like a GraphQL
// response, with `extensions.code` and a message that says what to do; never an HTML page, a stack trace or a 5xx
// for the caller's mistake. Apollo Server's own CSRF prevention stays on; only its wording is replaced.
import { STATUS_CODES, type Server } from "node:http";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { RequestHandler } from "express";
import { GraphQLError, Kind, visit, type GraphQLFormattedError, type OperationDefinitionNode } from "graphql";
import { formatLimitError, graphqlErrorBody } from "./limits.js";

/** Apollo Server's messages for malformed HTTP requests, worded so that they say what to send instead. */
const PROTOCOL_MESSAGES: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys/,
    () => 'The request carries no GraphQL query: POST a JSON body {"query": "…", "variables": {…}} with content-type application/json.',
  ],
  [/^GraphQL queries must be strings/, () => 'The query must be a string of GraphQL: {"query": "{ … }"}.'],
  [/^Operation batching disabled/, () => 'Send one operation per request: the body must be one JSON object {"query": "…"}, not a list.'],
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

/** Codes whose errors the caller causes and fixes: a stack trace in them would tell the caller nothing. */
const keepsStacktrace = (code: unknown) => code === "INTERNAL_SERVER_ERROR" || code === undefined;

/**
 * `formatError` of the gateway and (inside its own) of every subgraph: limit errors typed (see
 * {@link formatLimitError}), Apollo Server's protocol messages worded to say what to do, and no stack trace in an
 * error the caller caused (development keeps them for internal errors only).
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
  if (formatted.extensions && "stacktrace" in formatted.extensions && !keepsStacktrace(code)) {
    const { stacktrace: _, ...extensions } = formatted.extensions;
    formatted = { ...formatted, extensions };
  }
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
          throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
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
function firstUnstorable(variables: Record<string, unknown>): { field: string; message: string } | undefined {
  const stack: [string, unknown][] = Object.entries(variables).reverse();
  while (stack.length) {
    const [path, value] = stack.pop()!;
    if (typeof value === "string") {
      const message = unstorable(value);
      if (message) return { field: path, message };
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
                if (message && !problem) problem = { field: "query", message: `${message} (line ${node.loc?.startToken.line ?? "?"})` };
              },
            });
          }
          if (!problem) return;
          throw new GraphQLError(`Invalid ${problem.field}: ${problem.message}. Remove the character and send valid Unicode text.`, {
            extensions: { code: "BAD_USER_INPUT", fields: [problem], http: { status: 400 } },
          });
        },
      };
    },
  };
}

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
    .json(graphqlErrorBody(`${req.method} is not supported here: send GraphQL requests with POST (or GET for queries).`, "BAD_REQUEST"));
};

/** Last handler: an unknown address gets a JSON 404 instead of Express's HTML page. */
export const notFoundAsJson: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(graphqlErrorBody(`Nothing is served at ${req.method} ${req.path.slice(0, 200)}: GraphQL answers at /graphql, health at /health.`, "NOT_FOUND"));
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
