// Hive Gateway as the benchmark runs it: its defaults, plus what every gateway in front of our subgraphs must do,
// pass the caller's token (and the request id) on, since each subgraph checks the caller itself.
import { defineConfig } from "@graphql-hive/gateway";

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get("authorization") ?? undefined,
      "x-request-id": request.headers.get("x-request-id") ?? undefined,
    }),
  },
});
