import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { createTokenVerifier, type Caller } from "@kinderschutz/subgraph-kit/auth";
import { apolloLimitOptions, bodyErrorHandler, formatLimitError, queryLimitsOf } from "@kinderschutz/subgraph-kit/limits";
import express, { type Request } from "express";
import type { GraphQLSchema } from "graphql";
import { adminAuthSettings, adminUiHandler, authSettingsRouter } from "./admin-ui.js";
import { subgraphUrl, type GatewayConfig } from "./config.js";
import { devTokenRouter } from "./dev-token.js";
import { explorerRouter } from "./explorer.js";
import { exportRouter } from "./export/handler.js";
import { ForwardingDataSource, type GatewayContext } from "./forwarding.js";
import { rateLimitPerCaller, withExecutionTimeout } from "./request-limits.js";
import { SUBGRAPHS } from "./subgraphs.js";
import { readTrustedDocuments, trustedDocumentsPlugin } from "./trusted-documents.js";

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
  // The CSV export reads the query's shape from the API schema.
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: current }) => {
    apiSchema = current;
  });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  // Query limits: the same as every subgraph's, so the gateway refuses what a subgraph would refuse anyway.
  const limits = queryLimitsOf(config);
  const protection = apolloLimitOptions<GatewayContext>(limits, { production: config.NODE_ENV === "production" });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: withExecutionTimeout(gateway, config.REQUEST_TIMEOUT_MS),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    formatError: formatLimitError,
    // Our main handles SIGTERM itself; Apollo's own handler would re-send the signal into ours and never exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.NODE_ENV !== "production",
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...protection.plugins,
      // Apollo's landing page loads its sandbox from Apollo's CDN; our own explorer (/explorer) replaces it.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.TRUSTED_DOCUMENTS_FILE ? [trustedDocumentsPlugin(readTrustedDocuments(config.TRUSTED_DOCUMENTS_FILE), config.TRUSTED_DOCUMENTS_ROLES)] : []),
    ],
  });
  await apollo.start();
  const verify = createTokenVerifier(config.auth);
  // One verification per HTTP request, shared by the rate limiter, /graphql and every page of a CSV export.
  const verified = new WeakMap<Request, Promise<Caller>>();
  const callerOf = (req: Request): Promise<Caller> => {
    let caller = verified.get(req);
    if (!caller) verified.set(req, (caller = verify(req.headers.authorization)));
    return caller;
  };
  // The gateway checks the caller first so that a request without a valid token never reaches a subgraph.
  const context = async (req: Request): Promise<GatewayContext> => ({
    caller: await callerOf(req),
    authorization: req.headers.authorization!,
    requestId: req.header("x-request-id") ?? randomUUID(),
  });

  app.get("/health", async (_req, res) => {
    const checks = await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await subgraphHealth(urls[s.name]!, config.HEALTH_TIMEOUT_MS)] as const));
    const healthy = checks.every(([, state]) => state === "ok");
    res.status(healthy ? 200 : 503).json({ status: healthy ? "ok" : "degraded", subgraphs: Object.fromEntries(checks) });
  });
  const devTokens = devTokenRouter(config.auth);
  if (devTokens) app.use("/auth/dev-token", devTokens);
  app.use("/auth/config", authSettingsRouter(adminAuthSettings(config.auth, { clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE })));
  // Before /graphql: a browser opening it is sent to the explorer instead of Apollo's landing page.
  if (config.EXPLORER_DIR) app.use(explorerRouter(config.EXPLORER_DIR));
  if (config.RATE_LIMIT_MAX > 0) {
    const limiter = rateLimitPerCaller({
      limit: config.RATE_LIMIT_MAX,
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      subjectOf: (req) => callerOf(req).then((caller) => caller.subject, () => undefined),
    });
    app.use(["/graphql", "/export.csv"], limiter);
  }
  app.use(
    "/graphql",
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: ({ req }) => context(req),
    }),
  );
  // CSV export of any list a query selects: its pages run through `apollo` with the same context as /graphql.
  app.use("/export.csv", express.json({ limit: limits.maxBodyBytes }), exportRouter({ apollo, context, schema: () => apiSchema }));

  // A body too large or no JSON: a GraphQL-shaped error instead of Express's HTML page.
  app.use(["/graphql", "/export.csv"], bodyErrorHandler(limits.maxBodyBytes));

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
