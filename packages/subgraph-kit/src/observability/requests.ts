import { AsyncLocalStorage } from "node:async_hooks";
import { SpanStatusCode, type Span, type Tracer } from "@opentelemetry/api";
import type { RequestHandler, Response } from "express";
import { ERROR_CODE, OPERATION_NAME } from "./labels.js";
import { getProcessLogger, type Logger } from "./logger.js";
import type { ServerMetrics } from "./metrics.js";
import { REQUEST_ID_HEADER, sanitizeRequestId } from "./request-id.js";
import { startServerSpan, withSpanContext } from "./tracing.js";

/** What one HTTP request's log line says, filled in while the request runs. */
export interface RequestObservation {
  requestId: string;
  /** The process's logger with this request's id on every line. */
  log: Logger;
  operation?: string;
  role?: string;
  district?: string;
  /** extensions.code of every error answered, in order. */
  errorCodes: string[];
  /** Whether GraphQL answered (then its errors are counted there, not again from the HTTP body). */
  answeredByGraphQL: boolean;
  span?: Span;
}

const storage = new AsyncLocalStorage<RequestObservation>();

/** The observation of the request being handled, if any (GraphQL plugins, formatError). */
export function currentRequest(): RequestObservation | undefined {
  return storage.getStore();
}

/** The logger for the code running now: with the request id inside a request, the process's logger outside. */
export function requestLogger(): Logger {
  return storage.getStore()?.log ?? getProcessLogger();
}

/** How an operation name appears in a log line: a caller's free text only when it has the form of a name. */
export function operationForLog(name: string | null | undefined): string {
  if (!name) return "anonymous";
  return OPERATION_NAME.test(name) ? name : "other";
}

export interface ObserveRequestsOptions {
  logger: Logger;
  metrics: ServerMetrics;
  /** A server span per request, child of the caller's `traceparent` (only when tracing is on). */
  tracer?: Tracer;
}

/**
 * Mount before the API's own handlers (`/graphql`, `/export.csv`): takes the caller's request id when it is safe
 * (else makes one), answers it in `x-request-id`, makes it the header later handlers read, and writes one log
 * line when the request ends: id, method, path, status, duration, operation, the caller's role and district, the
 * errors' count and codes. Never the token, the variables or the query text.
 */
export function observeRequests({ logger, metrics, tracer }: ObserveRequestsOptions): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = sanitizeRequestId(req.headers[REQUEST_ID_HEADER]);
    // The GraphQL context, the CSV export and the audit trail read the header: they get the checked id.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // Without the query string: a GET of the CSV export carries the query and its variables there.
    const path = req.originalUrl.split("?")[0]!.slice(0, 200);
    const observation: RequestObservation = {
      requestId,
      log: logger.child({ requestId }),
      errorCodes: [],
      answeredByGraphQL: false,
    };
    collectErrorCodesOfJsonAnswers(res, observation);
    const server = tracer
      ? startServerSpan(tracer, req.headers, `${req.method} ${req.baseUrl}`, {
          "http.request.method": req.method,
          "url.path": path,
          "http.request.header.x-request-id": [requestId],
        })
      : undefined;
    observation.span = server?.span;

    res.once("close", () => {
      const status = res.statusCode;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      metrics.recordHttp(req.baseUrl, status);
      const codes = [...new Set(observation.errorCodes)];
      const line = {
        method: req.method,
        path,
        status,
        durationMs,
        ...(observation.operation ? { operation: observation.operation } : {}),
        ...(observation.role ? { role: observation.role } : {}),
        ...(observation.district ? { district: observation.district } : {}),
        errors: observation.errorCodes.length,
        ...(codes.length ? { errorCodes: codes } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
        ...(server ? { traceId: server.span.spanContext().traceId } : {}),
      };
      observation.log[status >= 500 ? "warn" : "info"](line, "request completed");
      if (server) {
        server.span.setAttribute("http.response.status_code", status);
        if (observation.operation) server.span.setAttribute("graphql.operation.name", observation.operation);
        if (status >= 500) server.span.setStatus({ code: SpanStatusCode.ERROR });
        server.span.end();
      }
    });

    const run = () => storage.run(observation, next);
    if (server) withSpanContext(server.context, run);
    else run();
  };
}

/**
 * Answers refused before GraphQL runs (body too large, rate limited, a bad export request) are JSON written with
 * `res.json`: their codes are taken from there.
 */
function collectErrorCodesOfJsonAnswers(res: Response, observation: RequestObservation): void {
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    if (!observation.answeredByGraphQL) {
      const errors = (body as { errors?: unknown } | null | undefined)?.errors;
      if (Array.isArray(errors)) {
        for (const error of errors) observation.errorCodes.push(codeForLog(codeOf(error)));
      }
    }
    return json(body);
  };
}

/** An error code as a log line shows it: codes of another form (from a misbehaving subgraph) as `OTHER`. */
export function codeForLog(code: string | undefined): string {
  if (code === undefined) return "UNKNOWN";
  return ERROR_CODE.test(code) ? code : "OTHER";
}

export function codeOf(error: unknown): string | undefined {
  const code = (error as { extensions?: { code?: unknown } } | null | undefined)?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}
