import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import {
  DriverException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type AnyEntity,
  type EntityClass,
  type MigrationObject,
} from "@mikro-orm/core";
import express from "express";
import type { GraphQLFormattedError } from "graphql";
import { createTokenVerifier, type Caller } from "./caller.js";
import {
  loadConfig,
  portSetting,
  shutdownSettings,
  subgraphSettings,
  subgraphUrlSettings,
  urlSetting,
  z,
  type AuthConfig,
  type SubgraphName,
} from "./config.js";
import { httpPeers, noPeers, type Peers } from "./peers.js";
import {
  apolloLimitOptions,
  bodyErrorHandler,
  DEFAULT_QUERY_LIMITS,
  QUERY_LIMIT_CODE,
  queryLimitsOf,
  type QueryLimits,
} from "./limits.js";
import {
  answerMalformedRequestsWithJson,
  badRequestPlugins,
  badRequestValidationRules,
  errorsAsJson,
  formatRequestError,
  graphqlMethods,
  notFoundAsJson,
  readJsonRequest,
} from "./bad-requests.js";
import { actorStorage, createLoaderCache, type Context } from "./context.js";
import { sanitizeRequestId } from "./observability/request-id.js";
import { IncompatibleDatabaseError, openDatabase, type Database, type SqlEntityManager } from "./database.js";
import {
  exitOnTerminationSignals,
  healthRoutes,
  limitHeapGrowth,
  limitSlowClients,
  securityHeaders,
  shutDownGracefully,
  type Lifecycle,
  type ShutdownSettings,
} from "./http.js";
import { createMetrics } from "./metrics.js";
import {
  createLogger,
  observabilityPlugin,
  observeRequests,
  recordSqlSpan,
  requestLogger,
  ServerMetrics,
  startLoggingAndTracing,
  type Logger,
  type Tracing,
} from "./observability/index.js";
import { buildFederatedSchema, type SchemaDefinition } from "./schema.js";

export interface SubgraphDefinition extends SchemaDefinition {
  defaultPort: number;
  entities: EntityClass<AnyEntity>[];
  migrations: MigrationObject[];
  /** Fills an empty database with the demo data; must do nothing when the data is already there. */
  seed?: (em: SqlEntityManager) => Promise<void>;
  /** The subgraphs whose records this one's rules ask about (`ctx.peers`); each is reached at its `<NAME>_URL`. */
  peers?: readonly SubgraphName[];
}

export interface SubgraphSettings {
  databaseUrl?: string;
  dataDir: string;
  demoData: boolean;
  auth: AuthConfig;
  production: boolean;
  onQuery?: (sql: string) => void;
  /** Depth, alias, cost, token, directive and body-size limits (the settings' defaults when not given). */
  limits?: QueryLimits;
  /** PostgreSQL connections of this process (default 10). */
  poolMax?: number;
  /** PostgreSQL: longest one statement may run before the server cancels it (none when not given). */
  statementTimeoutMs?: number;
  /** How `stop()` drains (default: no delay, 25 s for requests in flight). */
  shutdown?: ShutdownSettings;
  /** The process's logger (runSubgraph's); without one only warnings and errors are written. */
  logger?: Logger;
  /** Set when traces are exported: a server span per request, SQL spans, flushed by `stop()`. */
  tracing?: Tracing;
  /** Where the peers of `SubgraphDefinition.peers` listen. */
  peerUrls?: Partial<Record<SubgraphName, string>>;
}

const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  QUERY_LIMIT_CODE,
  "TIMEOUT",
  // A peer this subgraph asked about a record could not answer (peers.ts): the caller may try again.
  "SUBGRAPH_UNAVAILABLE",
]);

// query_canceled: PostgreSQL's statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS) stopped a statement.
const STATEMENT_TIMEOUT_STATE = "57014";

// invalid_text_representation, invalid_datetime_format, datetime_field_overflow, numeric_value_out_of_range,
// invalid_parameter_value
const INVALID_VALUE_STATES = new Set(["22P02", "22007", "22008", "22003", "22023"]);

/** Turns database failures people can act on into typed errors and hides everything unexpected. */
export function formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = formatRequestError(given);
  const original = unwrapResolverError(error);
  if (original instanceof OptimisticLockError) {
    return {
      ...formatted,
      message: "Someone else saved this record first: reload it and apply your change again.",
      extensions: { code: "CONFLICT" },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...formatted, message: "A record with these values already exists.", extensions: { code: "CONFLICT" } };
  }
  // PostgreSQL refuses values of the wrong form (an id that is no UUID, a date or number out of range): that is
  // the client's input, not a fault of ours.
  if (original instanceof DriverException && INVALID_VALUE_STATES.has(original.code ?? "")) {
    return {
      ...formatted,
      message:
        "A value has the wrong form: ids are UUIDs, dates YYYY-MM-DD between 1900 and 2100, numbers within range.",
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  if (original instanceof DriverException && original.code === STATEMENT_TIMEOUT_STATE) {
    return {
      ...formatted,
      message:
        "The database took too long for this request and stopped it: ask for less in one query (smaller pages with `first`, fewer fields) or try again in a moment.",
      extensions: { code: "TIMEOUT" },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    // Stack traces stay in the logs.
    const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  requestLogger().error(
    { err: original, path: formatted.path?.join(".") },
    "unexpected error, answered as INTERNAL_SERVER_ERROR",
  );
  return {
    message: "Internal error: the request could not be completed. Try again; if it persists, tell the operators.",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

export function contextFor(
  orm: Database,
  caller: Caller,
  requestId: string = randomUUID(),
  peers: Peers = noPeers,
): Context {
  return { caller, em: orm.em.fork() as SqlEntityManager, requestId, peers, loader: createLoaderCache() };
}

/** The settings' defaults, for servers started without an environment (tests). */
const DEFAULT_SHUTDOWN: ShutdownSettings = z.object(shutdownSettings).parse({});

export async function seedDemoData(orm: Database, definition: SubgraphDefinition): Promise<void> {
  if (!definition.seed) return;
  const em = orm.em.fork() as SqlEntityManager;
  await actorStorage.run({ audit: false }, () => em.transactional((tx) => definition.seed!(tx)));
}

export interface RunningSubgraph {
  app: express.Express;
  orm: Database;
  apollo: ApolloServer<Context>;
  httpServer: Server;
  url: string;
  /** `stopping` turns true when `stop()` begins: readiness answers 503 from then on. */
  lifecycle: Lifecycle;
  /** Drains: stops accepting, lets requests in flight finish, then closes the database. */
  stop(): Promise<void>;
}

/** Builds the whole subgraph (database, schema, HTTP) and listens on `port` (0 picks a free one). */
export async function startSubgraph(
  definition: SubgraphDefinition,
  settings: SubgraphSettings,
  listen: { port: number; host: string },
): Promise<RunningSubgraph> {
  const metrics = createMetrics(definition.name);
  const orm = await openDatabase({
    service: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    poolMax: settings.poolMax,
    statementTimeoutMs: settings.statementTimeoutMs,
    onQuery: (sql) => {
      metrics.sqlStatements.inc();
      if (settings.tracing) recordSqlSpan(settings.tracing.tracer, sql, settings.databaseUrl ? "postgresql" : "sqlite");
      settings.onQuery?.(sql);
    },
  });
  if (settings.demoData) await seedDemoData(orm, definition);

  const schema = await buildFederatedSchema(definition);
  const limits = settings.limits ?? DEFAULT_QUERY_LIMITS;
  const protection = apolloLimitOptions<Context>(limits, { production: settings.production });
  const verify = createTokenVerifier(settings.auth);
  const shutdown = settings.shutdown ?? DEFAULT_SHUTDOWN;
  const lifecycle: Lifecycle = { stopping: false };
  const logger = settings.logger ?? createLogger({ service: definition.name, level: "warn" });
  const serverMetrics = new ServerMetrics(metrics.registry);
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders());
  const httpServer = createServer(app);
  limitSlowClients(httpServer);
  answerMalformedRequestsWithJson(httpServer);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Our main handles SIGTERM itself; Apollo's own handler would re-send the signal into ours and never exit.
    stopOnTerminationSignals: false,
    // In no mode: formatError logs an unexpected error with its stack and the request id instead.
    includeStacktraceInErrorResponses: false,
    // Inline traces are for Apollo's hosted studio, which no deployment of ours reports to.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: shutdown.SHUTDOWN_TIMEOUT_MS }),
      ApolloServerPluginInlineTraceDisabled(),
      // No type or field carries a cache hint, yet the default cache-control plugin wraps every field resolver
      // to look for one: about a twentieth of the time of a long list.
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      ...badRequestPlugins<Context>(),
      observabilityPlugin<Context>(serverMetrics),
    ],
    logger,
    validationRules: [...(protection.validationRules ?? []), ...badRequestValidationRules],
    parseOptions: protection.parseOptions,
  });
  await apollo.start();

  const databaseProblem = async (): Promise<string | undefined> => {
    try {
      await orm.em.getConnection().execute("select 1");
      return undefined;
    } catch {
      return "database unreachable";
    }
  };
  app.get("/health", async (_req, res) => {
    const problem = await databaseProblem();
    if (problem) res.status(503).json({ status: "down", service: definition.name, reason: problem });
    else res.json({ status: "ok", service: definition.name });
  });
  healthRoutes(app, { service: definition.name, lifecycle, readyCheck: databaseProblem });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // First on /graphql: the request id, the log line and the server span cover body errors too.
  app.use("/graphql", observeRequests({ logger, metrics: serverMetrics, tracer: settings.tracing?.tracer }));
  app.use("/graphql", graphqlMethods);
  app.use(
    "/graphql",
    ...readJsonRequest(limits.maxBodyBytes),
    (req, _res, next) =>
      actorStorage.run({ audit: true, requestId: sanitizeRequestId(req.header("x-request-id")) }, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verify(req.headers.authorization);
        actorStorage.getStore()!.caller = caller;
        const requestId = actorStorage.getStore()!.requestId ?? randomUUID();
        return contextFor(
          orm,
          caller,
          requestId,
          httpPeers(settings.peerUrls ?? {}, { authorization: req.headers.authorization, requestId }),
        );
      },
    }),
  );

  // A body too large or no JSON: a GraphQL-shaped error instead of Express's HTML page.
  app.use("/graphql", bodyErrorHandler(limits.maxBodyBytes));
  // Last: an unknown address gets JSON too, and so does anything else that failed.
  app.use(notFoundAsJson);
  app.use(errorsAsJson);

  await new Promise<void>((done) => httpServer.listen(listen.port, listen.host, done));
  const { port } = httpServer.address() as AddressInfo;
  return {
    app,
    orm,
    apollo,
    httpServer,
    url: `http://${listen.host}:${port}/graphql`,
    lifecycle,
    stop: () =>
      shutDownGracefully(lifecycle, shutdown, {
        drain: () => apollo.stop(),
        close: async () => {
          await orm.close();
          // The spans still buffered, the last requests' included.
          await settings.tracing?.shutdown();
        },
      }),
  };
}

/** What a subgraph's process reads from its environment: the shared settings, its peers' URLs and its port. */
export function subgraphConfigShape(definition: Pick<SubgraphDefinition, "defaultPort" | "peers">) {
  return {
    ...subgraphSettings,
    ...subgraphUrlSettings(definition.peers ?? []),
    PORT: portSetting(definition.defaultPort),
  };
}

/** The whole `main.ts` of a subgraph: configuration from the environment, start, stop on SIGTERM/SIGINT. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const config = loadConfig(subgraphConfigShape(definition));
  limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const { logger, tracing } = startLoggingAndTracing(definition.name, config);
  const running = await startSubgraph(
    definition,
    {
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      demoData: config.DEMO_DATA ?? !config.DATABASE_URL,
      auth: config.auth,
      production: config.NODE_ENV === "production",
      limits: queryLimitsOf(config),
      poolMax: config.DATABASE_POOL_MAX,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      shutdown: config,
      logger,
      tracing,
      peerUrls: Object.fromEntries(
        (definition.peers ?? []).map((name) => [name, (config as Record<string, unknown>)[urlSetting(name)] as string]),
      ),
    },
    { port: config.PORT, host: config.HOST },
  ).catch((error: unknown) => {
    if (!(error instanceof IncompatibleDatabaseError)) throw error;
    logger.fatal(`${definition.name}: ${error.message}`);
    process.exit(1);
  });
  logger.info(`${definition.name} subgraph ready at ${running.url}`);
  exitOnTerminationSignals(
    async (signal) => {
      logger.info(`${definition.name}: ${signal} received, finishing requests in flight`);
      await running.stop();
      logger.info(`${definition.name}: stopped, database closed`);
    },
    (error) => logger.error({ err: error }, `${definition.name}: stopping failed`),
  );
}
