import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Caller } from "@kinderschutz/subgraph-kit/auth";
import { injectTraceContext, type SubgraphFetchMetrics } from "@kinderschutz/subgraph-kit/observability";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export interface GatewayContext {
  /** The caller's own `Authorization` header, passed on unchanged: each subgraph verifies it again. */
  authorization: string;
  caller: Caller;
  requestId: string;
}

/** `extensions.code` when a subgraph's part of the answer is missing. */
export type SubgraphFailureCode = "SUBGRAPH_UNAVAILABLE" | "SUBGRAPH_TIMEOUT";

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
]);

const partial = "Its fields are null in this answer; everything else is complete.";

function failure(
  code: SubgraphFailureCode,
  subgraph: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, subgraph, ...extra } });
}

/**
 * Words a failed subgraph fetch for the caller: which service, what happened, what to do. Errors the subgraph
 * itself answered (a 4xx with GraphQL errors, e.g. a limit) pass on with their own code and message; Apollo's
 * default would report "400: Bad Request" with the subgraph's raw response attached.
 */
export function subgraphFailure(subgraph: string, error: unknown, timeoutMs: number): GraphQLError {
  const { type, code, extensions } = (error ?? {}) as {
    type?: string;
    code?: string;
    extensions?: Record<string, unknown>;
  };
  if (type === "request-timeout" || type === "body-timeout") {
    return failure(
      "SUBGRAPH_TIMEOUT",
      subgraph,
      `The ${subgraph} service did not answer within ${timeoutMs / 1000} seconds. ${partial} Try again in a moment; if it persists, tell the operators.`,
      { timeoutMs },
    );
  }
  const response = extensions?.response as { status?: number; body?: unknown } | undefined;
  if (response?.status !== undefined && response.status < 500) {
    const answered = (
      response.body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined
    )?.errors?.[0];
    if (typeof answered?.message === "string") {
      return new GraphQLError(answered.message, { extensions: { ...answered.extensions, subgraph } });
    }
  }
  const reason =
    response?.status !== undefined
      ? `answered HTTP ${response.status}`
      : code && UNREACHABLE.has(code)
        ? "cannot be reached"
        : "failed";
  return failure(
    "SUBGRAPH_UNAVAILABLE",
    subgraph,
    `The ${subgraph} service ${reason} right now. ${partial} Try again in a moment; if it persists, tell the operators.`,
  );
}

type Processed = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]>>;

/**
 * The caller and request a fetch can be merged by: only fetches of queries (a mutation's fetches change data or
 * read what it changed), and only for the same token, so that no caller ever gets an answer made for another's
 * rights. Undefined when the fetch must go out on its own.
 */
export function mergeKey(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
  // Only fetches for a caller's operation carry its request context (health checks do not).
  if (!("incomingRequestContext" in options) || options.incomingRequestContext.operation?.operation !== "query")
    return undefined;
  const authorization = options.context.authorization;
  if (!authorization) return undefined;
  return JSON.stringify([authorization, options.request.query, options.request.variables ?? null]);
}

/**
 * One subgraph as the gateway calls it: passes the caller's token and the request id on, gives up after
 * `timeoutMs`, turns a failed fetch into an error that names the subgraph (the rest of the answer stands), and
 * sends one fetch for identical query fetches of the same caller that are in flight at the same moment (a page
 * asked twice, a burst of the same report), each of them getting its own copy of the answer.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<Processed>>();

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly fetchMetrics?: SubgraphFetchMetrics,
  ) {
    super({ url });
    const fetchWithoutTimeout = this.fetcher;
    // make-fetch-happen's own timeout: it also covers a subgraph that accepted the connection and hangs.
    this.fetcher = (input, init) => fetchWithoutTimeout(input, { ...init, timeout: this.timeoutMs } as typeof init);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Runs inside Apollo's `gateway.fetch` span: the subgraph's server span becomes its child (no-op without tracing).
    injectTraceContext((name, value) => request.http?.headers.set(name, value));
    if (!("authorization" in context)) return;
    request.http?.headers.set("authorization", context.authorization);
    request.http?.headers.set("x-request-id", context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Processed> {
    const key = mergeKey(options);
    if (key === undefined) return this.fetchOnce(options);
    const pending = this.inFlight.get(key);
    // The gateway builds its answer from what a fetch returned; each caller gets its own copy to build from.
    if (pending) {
      const shared = await pending;
      return {
        ...shared,
        data: structuredClone(shared.data),
        errors: structuredClone(shared.errors),
        extensions: structuredClone(shared.extensions),
      };
    }
    const fetching = this.fetchOnce(options).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, fetching);
    return fetching;
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Processed> {
    const fetch = this.fetchMetrics?.start(this.subgraph);
    try {
      const response = await super.process(options);
      fetch?.answered(response.errors);
      return response;
    } catch (error) {
      fetch?.failed(error);
      throw error;
    }
  }

  override didEncounterError(error: Error): void {
    throw subgraphFailure(this.subgraph, error, this.timeoutMs);
  }
}

/**
 * Every error about one subgraph's part names it in `extensions.subgraph`: the gateway's own (unreachable, too
 * slow) carry it already, errors the subgraph answered carry Apollo's `serviceName`.
 */
export function nameTheSubgraph(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const serviceName = formatted.extensions?.serviceName;
  if (typeof serviceName !== "string" || formatted.extensions?.subgraph) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, subgraph: serviceName } };
}
