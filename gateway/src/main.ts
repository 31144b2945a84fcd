// Set before Apollo's modules load: no machine of ours reaches outside, and a public-sector deployment must
// not phone home.
process.env.APOLLO_TELEMETRY_DISABLED = "1";

const { loadGatewayConfig } = await import("./config.js");
const { readCommittedSupergraph } = await import("./supergraph.js");
const { startGateway } = await import("./server.js");

const gateway = await startGateway(loadGatewayConfig(), readCommittedSupergraph());
console.log(`gateway ready at ${gateway.url}`);
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`gateway: ${signal} received, finishing requests in flight`);
    void gateway.stop().then(() => process.exit(0));
  });
}

export {};
