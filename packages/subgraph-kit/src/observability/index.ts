// Logs, request ids, metrics and traces for the gateway and every subgraph. Light on purpose (no ORM, no
// type-graphql): the gateway imports it as `@kinderschutz/subgraph-kit/observability`.
import type { Registry } from "prom-client";
import { createLogger, setProcessLogger, type Logger, type LogLevel } from "./logger.js";
import { createRegistry, ServerMetrics } from "./metrics.js";
import { startTracing, tracesUrl, type Tracing } from "./tracing.js";

export * from "./labels.js";
export * from "./logger.js";
export * from "./metrics.js";
export * from "./plugin.js";
export * from "./request-id.js";
export * from "./requests.js";
export * from "./tracing.js";

/** The settings of `baseSettings` this module reads. */
export interface ObservabilitySettings {
  LOG_LEVEL: LogLevel;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_SERVICE_NAME?: string;
}

/**
 * The process's logger (also the one code outside a request uses) and, when a collector is configured,
 * tracing. Call once at start.
 */
export function startLoggingAndTracing(
  service: string,
  settings: ObservabilitySettings,
): { logger: Logger; tracing?: Tracing } {
  const logger = createLogger({ service, level: settings.LOG_LEVEL });
  setProcessLogger(logger);
  if (!settings.OTEL_EXPORTER_OTLP_ENDPOINT) return { logger };
  const tracing = startTracing({
    endpoint: settings.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: settings.OTEL_SERVICE_NAME ?? service,
    logger,
  });
  const url = new URL(tracesUrl(settings.OTEL_EXPORTER_OTLP_ENDPOINT));
  logger.info({ tracesUrl: `${url.origin}${url.pathname}` }, "exporting traces over OTLP/HTTP");
  return { logger, tracing };
}

export interface Observability {
  logger: Logger;
  registry: Registry;
  metrics: ServerMetrics;
  /** Only when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
  tracing?: Tracing;
}

/** {@link startLoggingAndTracing} plus the process's metrics on a fresh registry with Node's process metrics. */
export function startObservability(service: string, settings: ObservabilitySettings): Observability {
  const registry = createRegistry(service);
  return { ...startLoggingAndTracing(service, settings), registry, metrics: new ServerMetrics(registry) };
}
