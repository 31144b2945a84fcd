import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { Caller } from "./caller.js";
import { actorStorage, type Context } from "./context.js";
import { openDatabase, type Database, type SqlEntityManager } from "./database.js";
import { buildFederatedSchema } from "./schema.js";
import { contextFor, formatError, seedDemoData, type SubgraphDefinition } from "./server.js";

export const stateOffice: Caller = { subject: "test-state-office", role: "STATE_OFFICE" };
export const analyst: Caller = { subject: "test-analyst", role: "ANALYST" };
export const youthOffice = (districtKey: string): Caller => ({ subject: `test-youth-office-${districtKey}`, role: "YOUTH_OFFICE", districtKey });

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestSubgraph {
  orm: Database;
  /** Runs an operation as `caller`, through the real schema and a real (in-memory SQLite) database. */
  execute<T = Record<string, any>>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** A database session for arranging and checking data directly (changes made here are not audited). */
  em(): SqlEntityManager;
  /** Runs `work` as the seeder does: writes are allowed and not audited. */
  arrange<T>(work: (em: SqlEntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A subgraph on an in-memory SQLite database, optionally with the demo data, for resolver and rule tests. */
export async function createTestSubgraph(
  definition: SubgraphDefinition,
  options: { demoData?: boolean; onQuery?: (sql: string) => void } = {},
): Promise<TestSubgraph> {
  const orm = await openDatabase({
    service: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    dataDir: ":memory:",
    onQuery: options.onQuery,
  });
  if (options.demoData) await seedDemoData(orm, definition);
  const apollo = new ApolloServer<Context>({
    schema: await buildFederatedSchema(definition),
    formatError,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  return {
    orm,
    async execute(caller, query, variables) {
      const response = await actorStorage.run({ audit: true, caller }, () =>
        apollo.executeOperation({ query, variables }, { contextValue: contextFor(orm, caller) }),
      );
      if (response.body.kind !== "single") throw new Error("incremental responses are not expected here");
      return response.body.singleResult as never;
    },
    em: () => orm.em.fork() as SqlEntityManager,
    arrange(work) {
      const em = orm.em.fork() as SqlEntityManager;
      return actorStorage.run({ audit: false }, () => em.transactional((tx) => work(tx as SqlEntityManager)));
    },
    async close() {
      await apollo.stop();
      await orm.close();
    },
  };
}

/** The `extensions.code` of every error in a GraphQL response, in order. */
export const errorCodes = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] =>
  (response.errors ?? []).map((e) => e.extensions?.code);

/** What a rule decides: "allowed", or the code of the error it throws. */
export function ruleOutcome(rule: () => void): string {
  try {
    rule();
    return "allowed";
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code !== "string") throw error;
    return code;
  }
}
