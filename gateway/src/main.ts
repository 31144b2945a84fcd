// Set before Apollo's modules load: no machine of ours reaches outside, and a public-sector deployment must
// not phone home.
process.env.APOLLO_TELEMETRY_DISABLED = "1";

const { loadGatewayConfig } = await import("./config.js");
const { default: cluster } = await import("node:cluster");

const config = loadGatewayConfig();
const { limitHeapGrowth } = await import("@kinderschutz/subgraph-kit/http");
limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
  const { createLogger } = await import("@kinderschutz/subgraph-kit/observability");
  const { superviseWorkers } = await import("./workers.js");
  superviseWorkers(config.GATEWAY_WORKERS, createLogger({ service: "gateway", level: config.LOG_LEVEL }));
} else {
  await serve();
}

// Loaded here only: the primary of several workers needs none of the gateway's modules (nor their memory).
async function serve(): Promise<void> {
  const { readCommittedSupergraph } = await import("./supergraph.js");
  const { startGateway } = await import("./server.js");
  const { exitOnTerminationSignals } = await import("@kinderschutz/subgraph-kit/http");
  const gateway = await startGateway(config, readCommittedSupergraph());
  gateway.logger.info(`gateway ready at ${gateway.url}`);
  exitOnTerminationSignals(
    async (signal) => {
      gateway.logger.info(`gateway: ${signal} received, finishing requests in flight`);
      await gateway.stop();
      gateway.logger.info("gateway: stopped");
    },
    (error) => gateway.logger.error({ err: error }, "gateway: stopping failed"),
  );
}

export {};
