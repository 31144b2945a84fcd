import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { createTokenVerifier } from "@kinderschutz/subgraph-kit/auth";
import express from "express";
import { adminAuthSettings, adminUiHandler, authSettingsRouter } from "./admin-ui.js";
import { subgraphUrl, type GatewayConfig } from "./config.js";
import { devTokenRouter } from "./dev-token.js";
import { ForwardingDataSource, type GatewayContext } from "./forwarding.js";
import { SUBGRAPHS } from "./subgraphs.js";

export interface RunningGateway {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

async function subgraphHealth(url: string, timeoutMs: number): Promise<"ok" | "down"> {
  try {
    const response = await fetch(url.replace(/\/graphql$/, "/health"), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? "ok" : "down";
  } catch {
    return "down";
  }
}

export async function startGateway(config: GatewayConfig, supergraphSdl: string): Promise<RunningGateway> {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(config, s.name)]));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: urls[name!] ?? url }),
  });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Our main handles SIGTERM itself; Apollo's own handler would re-send the signal into ours and never exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.NODE_ENV !== "production",
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const verify = createTokenVerifier(config.auth);

  app.get("/health", async (_req, res) => {
    const checks = await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await subgraphHealth(urls[s.name]!, config.HEALTH_TIMEOUT_MS)] as const));
    const healthy = checks.every(([, state]) => state === "ok");
    res.status(healthy ? 200 : 503).json({ status: healthy ? "ok" : "degraded", subgraphs: Object.fromEntries(checks) });
  });
  const devTokens = devTokenRouter(config.auth);
  if (devTokens) app.use("/auth/dev-token", devTokens);
  app.use("/auth/config", authSettingsRouter(adminAuthSettings(config.auth, { clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE })));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      // The gateway checks the caller first so that a request without a valid token never reaches a subgraph.
      context: async ({ req }) => ({
        caller: await verify(req.headers.authorization),
        authorization: req.headers.authorization!,
        requestId: req.header("x-request-id") ?? randomUUID(),
      }),
    }),
  );

  // Last: the interface's fallback page must not shadow the API's paths.
  if (config.ADMIN_UI_DIR) app.use(adminUiHandler(config.ADMIN_UI_DIR));

  await new Promise<void>((done) => httpServer.listen(config.PORT, config.HOST, done));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.HOST}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
