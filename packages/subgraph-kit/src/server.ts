import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { DriverException, OptimisticLockError, UniqueConstraintViolationException, type AnyEntity, type EntityClass, type MigrationObject } from "@mikro-orm/core";
import express from "express";
import type { GraphQLFormattedError } from "graphql";
import { createTokenVerifier, type Caller } from "./caller.js";
import { loadConfig, portSetting, subgraphSettings, type AuthConfig } from "./config.js";
import { apolloLimitOptions, bodyErrorHandler, DEFAULT_QUERY_LIMITS, formatLimitError, QUERY_LIMIT_CODE, queryLimitsOf, type QueryLimits } from "./limits.js";
import { actorStorage, createLoaderCache, type Context } from "./context.js";
import { IncompatibleDatabaseError, openDatabase, type Database, type SqlEntityManager } from "./database.js";
import { createMetrics } from "./metrics.js";
import { buildFederatedSchema, type SchemaDefinition } from "./schema.js";

export interface SubgraphDefinition extends SchemaDefinition {
  defaultPort: number;
  entities: EntityClass<AnyEntity>[];
  migrations: MigrationObject[];
  /** Fills an empty database with the demo data; must do nothing when the data is already there. */
  seed?: (em: SqlEntityManager) => Promise<void>;
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
}

const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT",
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE", QUERY_LIMIT_CODE,
]);

// invalid_text_representation, invalid_datetime_format, datetime_field_overflow, numeric_value_out_of_range,
// invalid_parameter_value
const INVALID_VALUE_STATES = new Set(["22P02", "22007", "22008", "22003", "22023"]);

/** Turns database failures people can act on into typed errors and hides everything unexpected. */
export function formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = formatLimitError(given);
  const original = unwrapResolverError(error);
  if (original instanceof OptimisticLockError) {
    return { ...formatted, message: "Someone else saved this record first: reload it and apply your change again.", extensions: { code: "CONFLICT" } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...formatted, message: "A record with these values already exists.", extensions: { code: "CONFLICT" } };
  }
  // PostgreSQL refuses values of the wrong form (an id that is no UUID, a date or number out of range): that is
  // the client's input, not a fault of ours.
  if (original instanceof DriverException && INVALID_VALUE_STATES.has(original.code ?? "")) {
    return {
      ...formatted,
      message: "A value has the wrong form: ids are UUIDs, dates YYYY-MM-DD between 1900 and 2100, numbers within range.",
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    // Stack traces stay in the logs.
    const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error(original);
  return { message: "Internal error: the request could not be completed. Try again; if it persists, tell the operators.", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

export function contextFor(orm: Database, caller: Caller, requestId: string = randomUUID()): Context {
  return { caller, em: orm.em.fork() as SqlEntityManager, requestId, loader: createLoaderCache() };
}

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
    onQuery: (sql) => {
      metrics.sqlStatements.inc();
      settings.onQuery?.(sql);
    },
  });
  if (settings.demoData) await seedDemoData(orm, definition);

  const schema = await buildFederatedSchema(definition);
  const limits = settings.limits ?? DEFAULT_QUERY_LIMITS;
  const protection = apolloLimitOptions<Context>(limits, { production: settings.production });
  const verify = createTokenVerifier(settings.auth);
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Our main handles SIGTERM itself; Apollo's own handler would re-send the signal into ours and never exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !settings.production,
    // Inline traces are for Apollo's hosted studio, which no deployment of ours reports to.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ...protection.plugins],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await orm.em.getConnection().execute("select 1");
      res.json({ status: "ok", service: definition.name });
    } catch {
      res.status(503).json({ status: "down", service: definition.name, reason: "database unreachable" });
    }
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    "/graphql",
    express.json({ limit: limits.maxBodyBytes }),
    (_req, _res, next) => actorStorage.run({ audit: true }, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verify(req.headers.authorization);
        actorStorage.getStore()!.caller = caller;
        return contextFor(orm, caller, req.header("x-request-id") ?? undefined);
      },
    }),
  );

  // A body too large or no JSON: a GraphQL-shaped error instead of Express's HTML page.
  app.use("/graphql", bodyErrorHandler(limits.maxBodyBytes));

  await new Promise<void>((done) => httpServer.listen(listen.port, listen.host, done));
  const { port } = httpServer.address() as AddressInfo;
  return {
    app,
    orm,
    apollo,
    httpServer,
    url: `http://${listen.host}:${port}/graphql`,
    async stop() {
      await apollo.stop();
      await orm.close();
    },
  };
}

/** The whole `main.ts` of a subgraph: configuration from the environment, start, stop on SIGTERM/SIGINT. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const config = loadConfig({ ...subgraphSettings, PORT: portSetting(definition.defaultPort) });
  const running = await startSubgraph(
    definition,
    {
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      demoData: config.DEMO_DATA ?? !config.DATABASE_URL,
      auth: config.auth,
      production: config.NODE_ENV === "production",
      limits: queryLimitsOf(config),
    },
    { port: config.PORT, host: config.HOST },
  ).catch((error: unknown) => {
    if (!(error instanceof IncompatibleDatabaseError)) throw error;
    console.error(`${definition.name}: ${error.message}`);
    process.exit(1);
  });
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${definition.name}: ${signal} received, finishing requests in flight`);
    await running.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
