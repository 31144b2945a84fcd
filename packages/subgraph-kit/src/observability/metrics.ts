import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { errorCodeLabels, operationLabels } from "./labels.js";

// From a cached lookup to a query that hits the gateway's deadline (REQUEST_TIMEOUT_MS defaults to 30 s).
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** A registry for a process that has none yet (the gateway): default labels and Node's process metrics. */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

export type Outcome = "success" | "error";

interface MetricText {
  name: string;
  help: string;
}

/** Requests, their latency and their errors, by one bounded label: the operation name, or the subgraph asked. */
class RequestMetrics<L extends string> {
  private readonly codes = errorCodeLabels();
  private readonly requests: Counter<string>;
  private readonly duration: Histogram<string>;
  private readonly errors: Counter<string>;

  constructor(
    registry: Registry,
    private readonly label: L,
    text: { requests: MetricText; duration: MetricText; errors: MetricText },
  ) {
    const registers = [registry];
    this.requests = new Counter({ ...text.requests, labelNames: [label, "outcome"], registers });
    this.duration = new Histogram({ ...text.duration, labelNames: [label], buckets: DURATION_BUCKETS, registers });
    this.errors = new Counter({ ...text.errors, labelNames: [label, "code"], registers });
  }

  record(value: string, outcome: string, seconds: number, errorCodes: readonly (string | undefined)[]): void {
    this.requests.inc({ [this.label]: value, outcome });
    this.duration.observe({ [this.label]: value }, seconds);
    for (const code of errorCodes) this.errors.inc({ [this.label]: value, code: this.codes.label(code) });
  }
}

/**
 * What a server answers: every HTTP request to its API paths (refusals before GraphQL runs included: 401, 413,
 * 429), and requests, latency and errors per GraphQL operation.
 */
export class ServerMetrics {
  private readonly operations = operationLabels();
  private readonly http: Counter<"path" | "status">;
  private readonly graphql: RequestMetrics<"operation">;

  constructor(readonly registry: Registry) {
    this.http = new Counter({
      name: "http_requests_total",
      help: "HTTP requests to the API paths (/graphql, /export.csv), by path and status code.",
      labelNames: ["path", "status"],
      registers: [registry],
    });
    this.graphql = new RequestMetrics(registry, "operation", {
      requests: {
        name: "graphql_requests_total",
        help: "GraphQL operations answered, by operation name and outcome (error: the answer carried at least one error).",
      },
      duration: {
        name: "graphql_request_duration_seconds",
        help: "Time from receiving a GraphQL operation to sending its answer, by operation name.",
      },
      errors: {
        name: "graphql_errors_total",
        help: "Errors in GraphQL answers, by operation name and extensions.code.",
      },
    });
  }

  /** The label an operation name gets (bounded: `anonymous`, `other`). */
  operationLabel(name: string | null | undefined): string {
    return this.operations.label(name);
  }

  /** `path` is the API path the handler is mounted on, never what the caller wrote: the label stays bounded. */
  recordHttp(path: string, status: number): void {
    this.http.inc({ path, status: String(status) });
  }

  recordOperation(
    operationName: string | null | undefined,
    seconds: number,
    errorCodes: readonly (string | undefined)[],
  ): void {
    const outcome: Outcome = errorCodes.length > 0 ? "error" : "success";
    this.graphql.record(this.operationLabel(operationName), outcome, seconds, errorCodes);
  }
}

/**
 * The gateway's calls to each subgraph: `success`, `error` (the subgraph answered, with GraphQL errors) or
 * `failure` (no answer to use: connection refused, timeout, an HTTP error status).
 */
export class SubgraphFetchMetrics {
  private readonly fetches: RequestMetrics<"subgraph">;

  constructor(readonly registry: Registry) {
    this.fetches = new RequestMetrics(registry, "subgraph", {
      requests: {
        name: "subgraph_requests_total",
        help: "Requests from the gateway to a subgraph, by subgraph and outcome (success; error: GraphQL errors in the answer; failure: no answer to use).",
      },
      duration: {
        name: "subgraph_request_duration_seconds",
        help: "Time from sending a request to a subgraph to having its answer, by subgraph.",
      },
      errors: {
        name: "subgraph_errors_total",
        help: "Errors of subgraph requests, by subgraph and code: the error's extensions.code, else HTTP_<status>, TIMEOUT or FETCH_FAILED.",
      },
    });
  }

  /** Call when sending; the function returned records how it ended. */
  start(subgraph: string): {
    answered(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void;
    failed(error: unknown): void;
  } {
    const started = performance.now();
    const finish = (outcome: "success" | "error" | "failure", codes: readonly (string | undefined)[]) =>
      this.fetches.record(subgraph, outcome, (performance.now() - started) / 1000, codes);
    return {
      answered: (errors) => finish(errors?.length ? "error" : "success", (errors ?? []).map(codeOf)),
      failed: (error) => finish("failure", failureCodes(error)),
    };
  }
}

function codeOf(error: { extensions?: Record<string, unknown> } | null | undefined): string | undefined {
  const code = error?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

const TIMEOUTS = new Set([
  "AbortError",
  "TimeoutError",
  "ETIMEDOUT",
  "request-timeout",
  "body-timeout",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/**
 * A failed fetch: the code the gateway gave the error; else the codes of the GraphQL errors a subgraph sent with
 * an HTTP error status (Apollo's data source attaches the body), else the status; else a timeout or a failure
 * as make-fetch-happen, Node's fetch and an AbortSignal name them.
 */
function failureCodes(error: unknown): (string | undefined)[] {
  const own = codeOf(error as { extensions?: Record<string, unknown> });
  if (own) return [own];
  const { name, code, type, cause, extensions } = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    type?: unknown;
    cause?: { code?: unknown };
    extensions?: { response?: { status?: unknown; body?: unknown } };
  };
  const response = extensions?.response;
  if (response && typeof response.status === "number") {
    const errors = (response.body as { errors?: unknown } | null | undefined)?.errors;
    const codes = Array.isArray(errors)
      ? errors.map((e) => codeOf(e as { extensions?: Record<string, unknown> })).filter((c) => c !== undefined)
      : [];
    return codes.length > 0 ? codes : [`HTTP_${response.status}`];
  }
  return [
    [name, code, type, cause?.code].some((v) => typeof v === "string" && TIMEOUTS.has(v)) ? "TIMEOUT" : "FETCH_FAILED",
  ];
}
