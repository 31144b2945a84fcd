import cluster, { type Worker } from "node:cluster";
import type { Logger } from "@kinderschutz/subgraph-kit/observability";

/**
 * The gateway's primary process when GATEWAY_WORKERS > 1: it serves nothing itself but forks that many gateway
 * processes, which share the port (node:cluster hands out connections in turn), so that one host's cores all
 * plan and merge answers. A worker that crashes is replaced; one that ends before it ever listened stops
 * everything (a bad setting or a taken port would otherwise restart forever). SIGTERM or SIGINT reaches every worker,
 * each finishes its requests in flight, and the primary exits 0 when all of them stopped cleanly.
 */
export function superviseWorkers(count: number, logger: Logger): void {
  let stopping = false;
  let failed = false;
  const running = new Set<Worker>();
  const listening = new WeakSet<Worker>();

  const fork = () => running.add(cluster.fork());
  cluster.on("listening", (worker) => listening.add(worker));

  cluster.on("exit", (worker, code, signal) => {
    running.delete(worker);
    if (stopping) {
      if (code !== 0) failed = true;
      if (running.size === 0) {
        logger.info(`gateway: all ${count} workers stopped`);
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    if (!listening.has(worker)) {
      failed = true;
      stopAll(`worker ${worker.process.pid} ended before it listened (code ${code}, signal ${signal})`);
      return;
    }
    logger.error(`gateway: worker ${worker.process.pid} ended (code ${code}, signal ${signal}); starting another`);
    fork();
  });

  const stopAll = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`gateway: ${reason}, stopping ${running.size} workers`);
    for (const worker of running) worker.process.kill("SIGTERM");
    if (running.size === 0) process.exit(failed ? 1 : 0);
  };
  process.on("SIGTERM", () => stopAll("SIGTERM received"));
  process.on("SIGINT", () => stopAll("SIGINT received"));

  logger.info(`gateway: starting ${count} workers`);
  for (let i = 0; i < count; i++) fork();
}
