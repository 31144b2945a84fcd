// Limits on what one request may ask for, shared by the gateway and every subgraph: a careless query must get a
// clear error instead of knocking the graph over, and a call that skips the gateway meets the same limits.
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ErrorRequestHandler } from "express";
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from "graphql";
import { queryLimitSettings, z } from "./config.js";
import type { AnswerCode } from "./errors.js";
import { requestLogger } from "./observability/requests.js";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxBodyBytes: number;
}

type LimitConfig = { [K in keyof typeof queryLimitSettings]: number };

export function queryLimitsOf(config: LimitConfig): QueryLimits {
  return {
    maxDepth: config.QUERY_MAX_DEPTH,
    maxAliases: config.QUERY_MAX_ALIASES,
    maxTokens: config.QUERY_MAX_TOKENS,
    maxDirectives: config.QUERY_MAX_DIRECTIVES,
    maxCost: config.QUERY_MAX_COST,
    maxBodyBytes: config.REQUEST_MAX_BYTES,
  };
}

/** The settings' defaults, for servers started without an environment (tests). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = queryLimitsOf(z.object(queryLimitSettings).parse({}));

/** `extensions.code` of every error that refuses a query for its size or shape. */
export const QUERY_LIMIT_CODE = "QUERY_LIMIT_EXCEEDED";
export type QueryLimitKind = "depth" | "aliases" | "cost" | "directives" | "tokens";

const ADVICE =
  "ask for less in one query (fewer fields, fewer nested levels, smaller pages with `first`) or split it into several";

function limitMessage(kind: QueryLimitKind, max: number, found: number | undefined): string {
  const count = found === undefined ? "" : ` (${found})`;
  switch (kind) {
    case "depth":
      return `The query nests fields too deeply${count}: at most ${max} levels are allowed. Ask for fewer nested levels or split the query.`;
    case "aliases":
      return `The query uses too many aliases${count}: at most ${max} are allowed. Send fewer aliased fields or split the query.`;
    case "cost":
      return `The query would cost too much to answer${count}: at most ${max} is allowed. To lower it, ${ADVICE}.`;
    case "directives":
      return `The query uses too many directives${count}: at most ${max} are allowed.`;
    case "tokens":
      return `The query document is too long: at most ${max} tokens (names, punctuation, values) are allowed. Shorten it or split it.`;
  }
}

function limitError(kind: QueryLimitKind, max: number, found?: number): GraphQLError {
  return new GraphQLError(limitMessage(kind, max, found), {
    extensions: { code: QUERY_LIMIT_CODE, limit: kind, max, ...(found === undefined ? {} : { found }) },
  });
}

/** armor reports `… exceeded, found 38.`; we keep the number and word the error ourselves. */
const reportTo = (kind: QueryLimitKind, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
  const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
  context?.reportError(limitError(kind, max, found === undefined ? undefined : Number(found)));
};

/**
 * Apollo Server options: graphql-armor's depth, alias, cost and directive rules, plus graphql-js's own token
 * limit. Field suggestions ("Did you mean …?") are removed in production, where they would map the schema for a
 * stranger; in development they help people write queries.
 */
export function apolloLimitOptions<C extends BaseContext>(
  limits: QueryLimits,
  options: { production: boolean },
): Pick<ApolloServerOptions<C>, "validationRules" | "parseOptions"> & { plugins: ApolloServerPlugin<C>[] } {
  const rule = (kind: QueryLimitKind, max: number) => ({
    propagateOnRejection: false,
    onReject: [reportTo(kind, max)],
    exposeLimits: true,
  });
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: options.production },
    maxDepth: { n: limits.maxDepth, ...rule("depth", limits.maxDepth) },
    // Aliases of __typename count too: `{ a1: __typename a2: __typename … }` is the classic alias bomb.
    maxAliases: { n: limits.maxAliases, allowList: [], ...rule("aliases", limits.maxAliases) },
    costLimit: { maxCost: limits.maxCost, ...rule("cost", limits.maxCost) },
    maxDirectives: { n: limits.maxDirectives, ...rule("directives", limits.maxDirectives) },
    // graphql-js counts tokens while it parses and stops early, as a parse error; armor's Apollo variant throws
    // outside the parse step, which Apollo Server turns into an internal error.
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: plugins as ApolloServerPlugin<C>[],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

// graphql-js 16 words it "more that N tokens".
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

/**
 * Gives every limit error the code {@link QUERY_LIMIT_CODE}: Apollo Server files validation errors under
 * GRAPHQL_VALIDATION_FAILED and graphql-js's token limit under GRAPHQL_PARSE_FAILED with its own wording.
 * Other errors pass unchanged.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  // A refused query is the caller's to fix: a stack trace would tell them nothing.
  const { stacktrace: _, ...rest } = extensions;
  if (typeof extensions.limit === "string" && extensions.code === "GRAPHQL_VALIDATION_FAILED") {
    return { ...formatted, extensions: { ...rest, code: QUERY_LIMIT_CODE } };
  }
  const tokens = extensions.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    const max = Number(tokens[1]);
    return {
      message: limitMessage("tokens", max, undefined),
      extensions: { ...rest, code: QUERY_LIMIT_CODE, limit: "tokens", max },
    };
  }
  return formatted;
}

/** `type` of the error for a request body or query string that is no valid UTF-8 (`readJsonRequest`). */
export const INVALID_UTF8 = "encoding.invalid";

/** The body of an HTTP error answered before GraphQL runs, shaped like a GraphQL response so clients read it alike. */
export function graphqlErrorBody(message: string, code: AnswerCode, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * After `readJsonRequest` (or `express.json({ limit })`): a body that is too large, no JSON or unreadable (no valid
 * UTF-8, unsupported charset or content encoding, broken compression) gets a GraphQL-shaped JSON error instead of
 * Express's HTML page with a stack trace; anything else that fails on these paths a JSON 500 without details.
 */
export function bodyErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const { type, status } = (error ?? {}) as { type?: string; status?: number };
    if (res.headersSent) return next(error);
    if (type === "entity.too.large") {
      res
        .status(413)
        .json(
          graphqlErrorBody(
            `The request body is larger than the ${maxBodyBytes} bytes allowed: send a shorter query and fewer or smaller variables.`,
            "PAYLOAD_TOO_LARGE",
            { maxBytes: maxBodyBytes },
          ),
        );
      return;
    }
    if (type === INVALID_UTF8) {
      res.status(400).json(graphqlErrorBody((error as Error).message, "BAD_REQUEST"));
      return;
    }
    if (type === "entity.parse.failed") {
      res
        .status(400)
        .json(
          graphqlErrorBody(
            'The request body is no valid JSON: send {"query": "…", "variables": {…}} with content-type application/json.',
            "BAD_REQUEST",
          ),
        );
      return;
    }
    if (type === "charset.unsupported" || type === "encoding.unsupported") {
      const what = type === "charset.unsupported" ? "charset" : "content encoding";
      res
        .status(415)
        .json(
          graphqlErrorBody(
            `The request body's ${what} is not supported: send JSON in UTF-8, uncompressed or with gzip, deflate or br.`,
            "BAD_REQUEST",
          ),
        );
      return;
    }
    if (typeof status === "number" && status >= 400 && status < 500) {
      res
        .status(status)
        .json(
          graphqlErrorBody(
            "The request body could not be read: send it complete, as JSON in UTF-8 with content-type application/json.",
            "BAD_REQUEST",
          ),
        );
      return;
    }
    requestLogger().error(
      { err: error },
      "unexpected error while reading a request, answered as INTERNAL_SERVER_ERROR",
    );
    res
      .status(500)
      .json(
        graphqlErrorBody(
          "Internal error: the request could not be completed. Try again; if it persists, tell the operators.",
          "INTERNAL_SERVER_ERROR",
        ),
      );
  };
}
