import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { createTokenVerifier, type Caller } from "@kinderschutz/subgraph-kit/auth";
import {
  healthRoutes,
  limitSlowClients,
  securityHeaders,
  shutDownGracefully,
  type Lifecycle,
} from "@kinderschutz/subgraph-kit/http";
import {
  answerMalformedRequestsWithJson,
  badRequestPlugins,
  badRequestValidationRules,
  errorsAsJson,
  formatRequestError,
  graphqlMethods,
  notFoundAsJson,
  readJsonRequest,
} from "@kinderschutz/subgraph-kit/bad-requests";
import { apolloLimitOptions, bodyErrorHandler, queryLimitsOf } from "@kinderschutz/subgraph-kit/limits";
import {
  observabilityPlugin,
  observeRequests,
  startObservability,
  SubgraphFetchMetrics,
  type Logger,
} from "@kinderschutz/subgraph-kit/observability";
import compression from "compression";
import cors from "cors";
import express, { type Request } from "express";
import type { GraphQLSchema } from "graphql";
import { adminAuthSettings, adminUiHandler, authSettingsRouter, pageContentSecurityPolicy } from "./admin-ui.js";
import { subgraphUrl, type GatewayConfig } from "./config.js";
import { devTokenRouter } from "./dev-token.js";
import { currentDistrictPlugin, regionLookup } from "./district-check.js";
import { explorerRouter } from "./explorer.js";
import { exportRouter } from "./export/handler.js";
import { ForwardingDataSource, nameTheSubgraph, type GatewayContext } from "./forwarding.js";
import { rateLimitPerCaller, withExecutionTimeout } from "./request-limits.js";
import { SUBGRAPHS } from "./subgraphs.js";
import { readTrustedDocuments, trustedDocumentsPlugin } from "./trusted-documents.js";

export interface RunningGateway {
  url: string;
  httpServer: Server;
  /** `stopping` turns true when `stop()` begins: readiness answers 503 from then on. */
  lifecycle: Lifecycle;
  /** The process's logger (JSON lines on stdout). */
  logger: Logger;
  /** Drains: readiness 503, then (after SHUTDOWN_DELAY_MS) stops accepting and lets requests in flight finish. */
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
  // Before Apollo's gateway runs: its spans export from the moment a tracer provider is registered.
  const observability = startObservability("gateway", config);
  const subgraphFetches = new SubgraphFetchMetrics(observability.registry);
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: observability.logger,
    buildService: ({ name, url }) =>
      new ForwardingDataSource(name!, urls[name!] ?? url!, config.SUBGRAPH_TIMEOUT_MS, subgraphFetches),
  });
  // The CSV export reads the query's shape from the API schema.
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: current }) => {
    apiSchema = current;
  });
  const lifecycle: Lifecycle = { stopping: false };
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders(pageContentSecurityPolicy({ adminUiDir: config.ADMIN_UI_DIR, auth: config.auth })));
  const httpServer = createServer(app);
  limitSlowClients(httpServer);
  answerMalformedRequestsWithJson(httpServer);
  // Query limits: the same as every subgraph's, so the gateway refuses what a subgraph would refuse anyway.
  const limits = queryLimitsOf(config);
  const protection = apolloLimitOptions<GatewayContext>(limits, { production: config.NODE_ENV === "production" });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: withExecutionTimeout(gateway, config.REQUEST_TIMEOUT_MS),
    validationRules: [...(protection.validationRules ?? []), ...badRequestValidationRules],
    parseOptions: protection.parseOptions,
    formatError: (formatted) => nameTheSubgraph(formatRequestError(formatted)),
    // Our main handles SIGTERM itself; Apollo's own handler would re-send the signal into ours and never exit.
    stopOnTerminationSignals: false,
    // In no mode: the observability plugin logs an unexpected error with its stack and the request id instead.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_TIMEOUT_MS }),
      ...protection.plugins,
      ...badRequestPlugins<GatewayContext>(),
      currentDistrictPlugin(regionLookup(urls.organisations!)),
      // Apollo's landing page loads its sandbox from Apollo's CDN; our own explorer (/explorer) replaces it.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.TRUSTED_DOCUMENTS_FILE
        ? [trustedDocumentsPlugin(readTrustedDocuments(config.TRUSTED_DOCUMENTS_FILE), config.TRUSTED_DOCUMENTS_ROLES)]
        : []),
      observabilityPlugin<GatewayContext>(observability.metrics, { logUnexpectedErrors: true }),
    ],
    logger: observability.logger,
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
    const checks = await Promise.all(
      SUBGRAPHS.map(async (s) => [s.name, await subgraphHealth(urls[s.name]!, config.HEALTH_TIMEOUT_MS)] as const),
    );
    const healthy = checks.every(([, state]) => state === "ok");
    res
      .status(healthy ? 200 : 503)
      .json({ status: healthy ? "ok" : "degraded", subgraphs: Object.fromEntries(checks) });
  });
  // Readiness does not ask the subgraphs: with one of them down the gateway still answers the others' fields.
  healthRoutes(app, { service: "gateway", lifecycle });
  app.get("/metrics", async (_req, res) => {
    res.type(observability.registry.contentType).send(await observability.registry.metrics());
  });
  // First on the API's paths: the request id, the log line and the server span cover every refusal too.
  app.use(
    ["/graphql", "/export.csv"],
    observeRequests({
      logger: observability.logger,
      metrics: observability.metrics,
      tracer: observability.tracing?.tracer,
    }),
  );
  if (config.CORS_ORIGINS.length > 0) {
    app.use(
      ["/graphql", "/export.csv"],
      cors({
        origin: config.CORS_ORIGINS,
        methods: ["GET", "POST"],
        allowedHeaders: ["authorization", "content-type", "x-request-id", "apollo-require-preflight"],
        exposedHeaders: ["x-request-id", "retry-after", "ratelimit", "ratelimit-policy"],
        maxAge: 600,
      }),
    );
  }
  // Answers and CSV files shrink to a fifth or less (brotli where the client takes it, else gzip); the interface's
  // and the explorer's files come compressed from their builds.
  app.use(["/graphql", "/export.csv"], compression());
  const devTokens = devTokenRouter(config.auth);
  if (devTokens) app.use("/auth/dev-token", devTokens);
  app.use(
    "/auth/config",
    authSettingsRouter(adminAuthSettings(config.auth, { clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE })),
  );
  // Before /graphql: a browser opening it is sent to the explorer instead of Apollo's landing page.
  if (config.EXPLORER_DIR) app.use(explorerRouter(config.EXPLORER_DIR));
  if (config.RATE_LIMIT_MAX > 0) {
    const limiter = rateLimitPerCaller({
      limit: config.RATE_LIMIT_MAX,
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      subjectOf: (req) =>
        callerOf(req).then(
          (caller) => caller.subject,
          () => undefined,
        ),
    });
    app.use(["/graphql", "/export.csv"], limiter);
  }
  app.use("/graphql", graphqlMethods);
  app.use(
    "/graphql",
    ...readJsonRequest(limits.maxBodyBytes),
    expressMiddleware(apollo, {
      context: ({ req }) => context(req),
    }),
  );
  // CSV export of any list a query selects: its pages run through `apollo` with the same context as /graphql.
  app.use(
    "/export.csv",
    ...readJsonRequest(limits.maxBodyBytes),
    exportRouter({ apollo, context, schema: () => apiSchema }),
  );

  // A body too large or no JSON: a GraphQL-shaped error instead of Express's HTML page.
  app.use(["/graphql", "/export.csv"], bodyErrorHandler(limits.maxBodyBytes));

  // Last: the interface's fallback page must not shadow the API's paths.
  if (config.ADMIN_UI_DIR) app.use(adminUiHandler(config.ADMIN_UI_DIR));
  app.use(notFoundAsJson);
  app.use(errorsAsJson);

  await new Promise<void>((done) => httpServer.listen(config.PORT, config.HOST, done));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.HOST}:${port}/graphql`,
    httpServer,
    lifecycle,
    logger: observability.logger,
    stop: () =>
      shutDownGracefully(lifecycle, config, {
        drain: () => apollo.stop(),
        // The spans still buffered, the last requests' included.
        close: async () => observability.tracing?.shutdown(),
      }),
  };
}
