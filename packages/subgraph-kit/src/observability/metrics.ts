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

/**
 * What a server answers: every HTTP request to its API paths (refusals before GraphQL runs included: 401, 413,
 * 429), and requests, latency and errors per GraphQL operation.
 */
export class ServerMetrics {
  private readonly operations = operationLabels();
  private readonly codes = errorCodeLabels();
  private readonly http: Counter<"path" | "status">;
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly duration: Histogram<"operation">;
  private readonly errors: Counter<"operation" | "code">;

  constructor(readonly registry: Registry) {
    this.http = new Counter({
      name: "http_requests_total",
      help: "HTTP requests to the API paths (/graphql, /export.csv), by path and status code.",
      labelNames: ["path", "status"],
      registers: [registry],
    });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL operations answered, by operation name and outcome (error: the answer carried at least one error).",
      labelNames: ["operation", "outcome"],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL operation to sending its answer, by operation name.",
      labelNames: ["operation"],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "Errors in GraphQL answers, by operation name and extensions.code.",
      labelNames: ["operation", "code"],
      registers: [registry],
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
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation, outcome: errorCodes.length > 0 ? "error" : "success" });
    this.duration.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ operation, code: this.codes.label(code) });
  }
}

/**
 * The gateway's calls to each subgraph: `success`, `error` (the subgraph answered, with GraphQL errors) or
 * `failure` (no answer to use: connection refused, timeout, an HTTP error status).
 */
export class SubgraphFetchMetrics {
  private readonly codes = errorCodeLabels();
  private readonly requests: Counter<"subgraph" | "outcome">;
  private readonly duration: Histogram<"subgraph">;
  private readonly errors: Counter<"subgraph" | "code">;

  constructor(readonly registry: Registry) {
    this.requests = new Counter({
      name: "subgraph_requests_total",
      help: "Requests from the gateway to a subgraph, by subgraph and outcome (success; error: GraphQL errors in the answer; failure: no answer to use).",
      labelNames: ["subgraph", "outcome"],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: "subgraph_request_duration_seconds",
      help: "Time from sending a request to a subgraph to having its answer, by subgraph.",
      labelNames: ["subgraph"],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: "subgraph_errors_total",
      help: "Errors of subgraph requests, by subgraph and code: the error's extensions.code, else HTTP_<status>, TIMEOUT or FETCH_FAILED.",
      labelNames: ["subgraph", "code"],
      registers: [registry],
    });
  }

  /** Call when sending; the function returned records how it ended. */
  start(subgraph: string): {
    answered(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void;
    failed(error: unknown): void;
  } {
    const started = performance.now();
    const finish = (outcome: "success" | "error" | "failure", codes: readonly (string | undefined)[]) => {
      this.requests.inc({ subgraph, outcome });
      this.duration.observe({ subgraph }, (performance.now() - started) / 1000);
      for (const code of codes) this.errors.inc({ subgraph, code: this.codes.label(code) });
    };
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
