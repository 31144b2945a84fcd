import {
  context,
  diag,
  DiagLogLevel,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { Logger } from "./logger.js";

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; spans go to `<endpoint>/v1/traces` as OTLP/HTTP JSON. */
  endpoint: string;
  /** `service.name` of every span: OTEL_SERVICE_NAME, else the service's own name. */
  serviceName: string;
  logger: Logger;
}

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans still buffered and stops exporting (at shutdown). */
  shutdown(): Promise<void>;
}

export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, "")}/v1/traces`;
}

/**
 * Registers a tracer provider for the whole process: Apollo's gateway already creates its spans through the
 * OpenTelemetry API and starts exporting them from here on. Without this call the API stays a no-op: no spans
 * are kept, no header is read or written, nothing is sent.
 */
export function startTracing({ endpoint, serviceName, logger }: TracingOptions): Tracing {
  // The SDK reports failed exports through `diag`, silent unless given a logger: an unreachable collector
  // should show up in the logs, not go unnoticed.
  const report = (message: string, ...args: unknown[]) =>
    logger.warn({ detail: args.map(String) }, `OpenTelemetry: ${message}`);
  const ignore = () => undefined;
  diag.setLogger({ error: report, warn: report, info: ignore, debug: ignore, verbose: ignore }, DiagLogLevel.WARN);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(endpoint) }))],
  });
  // W3C trace context (traceparent) between the gateway and the subgraphs; async-local context within a process.
  provider.register();
  return {
    tracer: provider.getTracer("@kinderschutz/subgraph-kit"),
    shutdown: () => provider.shutdown(),
  };
}

/** Writes the active span's `traceparent` through `set` (nothing while tracing is off). */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** A server span for an incoming HTTP request, child of the caller's span when it sent a `traceparent`. */
export function startServerSpan(
  tracer: Tracer,
  headers: Record<string, string | string[] | undefined>,
  name: string,
  attributes: Attributes,
): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `work` inside `spanContext`, so spans started within (Apollo's, SQL) become its children. */
export function withSpanContext<T>(spanContext: Context, work: () => T): T {
  return context.with(spanContext, work);
}

// MikroORM's query log line: `[query] select … [took 3 ms, 1 result]`.
const SQL_VERB = /^(?:\[query\]\s*)?(\w+)/i;
const TOOK = /\[took (\d+(?:\.\d+)?) ms/;

/**
 * A span for one SQL statement, after the fact (MikroORM reports a statement when it is done). It carries the
 * statement's kind (select, insert …) and duration, never its text: values in it may be personal data.
 */
export function recordSqlSpan(tracer: Tracer, logLine: string, system: string): void {
  if (!trace.getSpan(context.active())) return;
  const verb = SQL_VERB.exec(logLine)?.[1]?.toLowerCase() ?? "sql";
  const tookMs = Number(TOOK.exec(logLine)?.[1] ?? 0);
  const end = Date.now();
  const span = tracer.startSpan(`sql ${verb}`, {
    kind: SpanKind.CLIENT,
    startTime: end - tookMs,
    attributes: { "db.system.name": system, "db.operation.name": verb },
  });
  span.end(end);
}
