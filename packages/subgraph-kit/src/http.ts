// What every process of the graph does the same way as a server: security headers, health endpoints for load
// balancers and orchestrators, a shutdown that loses no request in flight, and a bound on its heap's garbage.
import type { Server } from "node:http";
import { setFlagsFromString } from "node:v8";
import type { Express, RequestHandler } from "express";
import helmet from "helmet";

type Directives = Record<string, string[]>;

/** For JSON APIs: a response may load nothing and be framed by nobody. */
export const API_CONTENT_SECURITY_POLICY: Directives = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * Security headers on every response (helmet's defaults: nosniff, no framing, no referrer, HSTS, cross-origin
 * isolation of resources) with the given Content-Security-Policy.
 */
export function securityHeaders(directives: Directives = API_CONTENT_SECURITY_POLICY): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives } }) as RequestHandler;
}

/** Whether a process is stopping: readiness answers 503 from the moment SIGTERM arrives. */
export interface Lifecycle {
  stopping: boolean;
}

export interface HealthOptions {
  service: string;
  lifecycle: Lifecycle;
  /** What this process needs in order to serve (a subgraph: its database); absent when it needs nothing. */
  readyCheck?: () => Promise<string | undefined>;
}

/**
 * `GET /health/live`: the process answers (an orchestrator restarts it when not); never depends on anything
 * else, or one slow database would restart every instance at once.
 * `GET /health/ready`: the process can serve requests now; 503 while it stops, so that load balancers send no
 * new requests before it closes its listener.
 */
export function healthRoutes(app: Express, options: HealthOptions): void {
  app.get("/health/live", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok", service: options.service });
  });
  app.get("/health/ready", async (_req, res) => {
    res.set("cache-control", "no-store");
    if (options.lifecycle.stopping) {
      res.status(503).json({ status: "stopping", service: options.service });
      return;
    }
    const problem = await options.readyCheck?.().catch((error: unknown) => String(error));
    if (problem) res.status(503).json({ status: "down", service: options.service, reason: problem });
    else res.json({ status: "ok", service: options.service });
  });
}

export interface ShutdownSettings {
  SHUTDOWN_DELAY_MS: number;
  SHUTDOWN_TIMEOUT_MS: number;
}

/**
 * Stops a server without failing a request: readiness turns 503 at once, the listener stays open for
 * `SHUTDOWN_DELAY_MS` (a load balancer needs a moment to notice), then `drain` closes it and waits for the
 * requests in flight (Apollo's drain plugin, bounded by `SHUTDOWN_TIMEOUT_MS`), then `close` releases the rest
 * (database connections, trace exporter).
 */
export async function shutDownGracefully(
  lifecycle: Lifecycle,
  settings: ShutdownSettings,
  steps: { drain: () => Promise<void>; close?: () => Promise<void> },
): Promise<void> {
  lifecycle.stopping = true;
  if (settings.SHUTDOWN_DELAY_MS > 0) await new Promise((resolve) => setTimeout(resolve, settings.SHUTDOWN_DELAY_MS));
  await steps.drain();
  await steps.close?.();
}

/**
 * Lets the JavaScript heap grow by at most `percent` beyond what the last full garbage collection kept before the
 * next one (`HEAP_GROWTH_PERCENT`). Left to itself V8 lets a busy heap grow to up to four times its live data: the
 * gateway answering eight of Nordrhein-Westfalen's overviews at once peaked at 480 MB while about 50 MB were live
 * between requests; at 50 % it stays below 300 MB, for about a tenth more CPU time in collections. V8 reads the
 * flag at every collection, so setting it at start is enough; 0 sets nothing.
 */
export function limitHeapGrowth(percent: number): void {
  const flag = heapGrowthFlag(percent);
  if (flag) setFlagsFromString(flag);
}

/** The V8 flag behind limitHeapGrowth; none for 0 (V8's own choice). */
export function heapGrowthFlag(percent: number): string | undefined {
  return percent > 0 ? `--heap-growing-percent=${percent}` : undefined;
}

/**
 * Runs `stop` once on the first SIGTERM or SIGINT, then exits: 0 when it stopped cleanly, 1 when stopping failed.
 * A second signal while stopping is ignored (an impatient Ctrl+C must not cut requests in flight); the
 * orchestrator's SIGKILL after its grace period is the backstop.
 */
export function exitOnTerminationSignals(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  onError: (error: unknown) => void,
): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          onError(error);
          process.exit(1);
        },
      );
    });
  }
}

/**
 * Bounds how long a client may take to send its request, so that slow or stalled clients cannot hold
 * connections open (Node's default waits five minutes for a body).
 */
export function limitSlowClients(server: Server, requestTimeoutMs = 60_000): void {
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(requestTimeoutMs, 20_000);
}
