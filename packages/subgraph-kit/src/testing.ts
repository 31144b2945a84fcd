import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual, inspect } from "node:util";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll } from "vitest";
import { ReferenceKind, wrap, type EntityClass } from "@mikro-orm/core";
import type { Caller } from "./caller.js";
import { actorStorage, type Context } from "./context.js";
import { openDatabase, type Database, type SqlEntityManager } from "./database.js";
import { readRows } from "./reading.js";
import { buildFederatedSchema } from "./schema.js";
import type { SubgraphName } from "./config.js";
import type { Peers } from "./peers.js";
import { contextFor, formatError, seedDemoData, type SubgraphDefinition } from "./server.js";

export const stateOffice: Caller = { subject: "test-state-office", role: "STATE_OFFICE" };
export const analyst: Caller = { subject: "test-analyst", role: "ANALYST" };
export const youthOffice = (districtKey: string): Caller => ({
  subject: `test-youth-office-${districtKey}`,
  role: "YOUTH_OFFICE",
  districtKey,
});

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestSubgraph {
  orm: Database;
  /** Runs an operation as `caller`, through the real schema and a real (in-memory SQLite) database. */
  execute<T = Record<string, any>>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** A database session for arranging and checking data directly (changes made here are not audited). */
  em(): SqlEntityManager;
  /** Runs `work` as the seeder does: writes are allowed and not audited. */
  arrange<T>(work: (em: SqlEntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A subgraph on an in-memory SQLite database, optionally with the demo data, for resolver and rule tests. */
export async function createTestSubgraph(
  definition: SubgraphDefinition,
  options: { demoData?: boolean; onQuery?: (sql: string) => void; peers?: Peers } = {},
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
        apollo.executeOperation(
          { query, variables },
          { contextValue: contextFor(orm, caller, undefined, options.peers) },
        ),
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

type TestSubgraphOptions = Parameters<typeof createTestSubgraph>[1];

/**
 * The subgraph of a test file or `describe` block: created before its tests (and before the hooks registered
 * after this call, which can arrange data through it), closed after them.
 */
export function useTestSubgraph(definition: SubgraphDefinition, options?: TestSubgraphOptions): TestSubgraph {
  let subgraph: TestSubgraph | undefined;
  beforeAll(async () => {
    subgraph = await createTestSubgraph(definition, options);
  });
  afterAll(() => subgraph?.close());
  const current = (): TestSubgraph => {
    if (!subgraph) throw new Error("The test subgraph is there only in tests and in hooks after useTestSubgraph's.");
    return subgraph;
  };
  return {
    get orm() {
      return current().orm;
    },
    execute: (caller, query, variables) => current().execute(caller, query, variables),
    em: () => current().em(),
    arrange: (work) => current().arrange(work),
    close: () => current().close(),
  };
}

/** The `extensions.code` of every error in a GraphQL response, in order. */
export const codes = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] =>
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

/**
 * Lists and references are served from read-only rows ({@link readRows}): they must hold what entities hold. Where
 * the two differ for a subgraph's demo data, every entity of it compared; empty when they agree.
 */
export async function demoDataReadRowsMismatches(definition: SubgraphDefinition): Promise<string[]> {
  const subgraph = await createTestSubgraph(definition, { demoData: true });
  try {
    return await readRowsMismatches(subgraph.orm, definition.entities as EntityClass<object>[]);
  } finally {
    await subgraph.close();
  }
}

/**
 * Where {@link readRows} answers differently from `em.find` for the same rows: for every entity with rows, up to
 * 200 of them are loaded both ways and every stored property compared (relations by their key). Empty when
 * read-only rows and entities agree.
 */
export async function readRowsMismatches(orm: Database, entities: EntityClass<object>[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entity of entities) {
    const em = orm.em.fork() as SqlEntityManager;
    const meta = em.getMetadata().get(entity);
    const primaryKey = meta.primaryKeys[0]!;
    const loaded = (await em.find(entity, {}, { limit: 200 })) as Record<string, unknown>[];
    if (loaded.length === 0) continue;
    const read = (await readRows(em, entity, {
      [primaryKey]: { $in: loaded.map((row) => row[primaryKey]) },
    } as never)) as Record<string, unknown>[];
    const byKey = new Map(read.map((row) => [row[primaryKey], row]));
    for (const row of loaded) {
      const other = byKey.get(row[primaryKey]);
      if (!other) {
        problems.push(`${entity.name} ${String(row[primaryKey])}: not read`);
        continue;
      }
      if (!(other instanceof entity)) problems.push(`${entity.name}: read row is no instance of the class`);
      // MikroORM's setters on the prototype would have made the row a tracked entity after all.
      if (Object.hasOwn(other, "__helper")) {
        problems.push(`${entity.name}: read row carries MikroORM's bookkeeping`);
      }
      for (const prop of meta.props) {
        if (
          prop.persist === false ||
          !prop.fieldNames?.length ||
          prop.kind === ReferenceKind.ONE_TO_MANY ||
          prop.kind === ReferenceKind.MANY_TO_MANY
        )
          continue;
        const expected = comparable(row[prop.name], prop.targetMeta?.primaryKeys[0]);
        const actual = comparable(other[prop.name], prop.targetMeta?.primaryKeys[0]);
        if (!isDeepStrictEqual(expected, actual)) {
          problems.push(`${entity.name}.${prop.name}: ${inspect(actual)} instead of ${inspect(expected)}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

function comparable(value: unknown, targetKey: string | undefined): unknown {
  if (targetKey && value && typeof value === "object") return (value as Record<string, unknown>)[targetKey];
  return value;
}

/**
 * Other subgraphs as a resolver test sees them: records by subgraph, type and key, as their `_entities` would
 * answer (the exchange itself is tested between real processes). A key not in the table is unknown to them.
 */
export function peersAnswering(records: Partial<Record<SubgraphName, Record<string, Record<string, object>>>>): Peers {
  return {
    async entities<T extends object>(
      subgraph: SubgraphName,
      type: string,
      key: { field: string; values: readonly string[] },
    ) {
      const table = records[subgraph]?.[type] ?? {};
      return new Map(
        key.values.flatMap((value) =>
          table[value] ? [[value, { [key.field]: value, ...table[value] } as unknown as T] as const] : [],
        ),
      );
    },
  };
}

/**
 * An empty in-memory database with the subgraph's tables built from its entities alone (no migrations): what a test
 * of its demo-data seed runs the seed on ({@link seedDemoData}), once or twice.
 */
export function openSeedTestDatabase(definition: SubgraphDefinition): Promise<Database> {
  return openDatabase({ service: definition.name, entities: definition.entities, migrations: [], dataDir: ":memory:" });
}

/** How many rows each entity has, by the entity's name. */
export async function rowCounts(
  orm: Database,
  entities: readonly EntityClass<object>[],
): Promise<Record<string, number>> {
  const em = orm.em.fork();
  return Object.fromEntries(await Promise.all(entities.map(async (e) => [e.name, await em.count(e, {})] as const)));
}

/**
 * Every row of every entity by the entity's name, in the order of their ids, without the timestamps: those say
 * when a row was written, so two runs that write the same data compare equal.
 */
export async function rowsWithoutTimestamps(
  orm: Database,
  entities: readonly EntityClass<object>[],
): Promise<Record<string, unknown[]>> {
  const em = orm.em.fork();
  const result: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const rows = (await em.find(entity, {}, { orderBy: { id: "asc" } as never })) as object[];
    result[entity.name] = rows.map((row) => {
      const { createdAt: _c, updatedAt: _u, ...rest } = wrap(row).toObject() as Record<string, unknown>;
      return rest;
    });
  }
  return result;
}

/**
 * The subgraph's demo data as a seed run on a fresh database writes it ({@link rowsWithoutTimestamps}): to compare
 * with another run's, as a deterministic seed must match it.
 */
export async function freshlySeededRows(definition: SubgraphDefinition): Promise<Record<string, unknown[]>> {
  const orm = await openSeedTestDatabase(definition);
  try {
    await seedDemoData(orm, definition);
    return await rowsWithoutTimestamps(orm, definition.entities);
  } finally {
    await orm.close();
  }
}

/**
 * The subgraph's demo data in an in-memory database, for the seed's tests: before them (and before the hooks
 * registered after this call) it is seeded twice, the second run to show that seeding again changes nothing, and
 * `rowsAfterFirstSeed` keeps the row counts between the two. After the tests the database is closed.
 */
export function useSeededDatabase(definition: SubgraphDefinition) {
  let orm: Database | undefined;
  let rowsAfterFirstSeed: Record<string, number> = {};
  const current = (): Database => {
    if (!orm) throw new Error("The seeded database is there only in tests and in hooks after useSeededDatabase's.");
    return orm;
  };
  beforeAll(async () => {
    orm = await openSeedTestDatabase(definition);
    await seedDemoData(orm, definition);
    rowsAfterFirstSeed = await rowCounts(orm, definition.entities);
    await seedDemoData(orm, definition);
  });
  afterAll(async () => {
    await orm?.close();
  });
  return {
    get orm(): Database {
      return current();
    },
    get rowsAfterFirstSeed(): Record<string, number> {
      return rowsAfterFirstSeed;
    },
    em: () => current().em.fork() as SqlEntityManager,
    /** How many rows each entity has now. */
    rowCounts: () => rowCounts(current(), definition.entities),
    /** Every row now, as `freshlySeededRows` gives a fresh seed's. */
    rows: () => rowsWithoutTimestamps(current(), definition.entities),
  };
}

/**
 * The database a subgraph's data generator writes, for the generator's tests: before them (and before the hooks
 * registered after this call) `generate` fills a new data directory and the database is opened on it; `directory()`
 * and `open` make and open further ones. After the tests the database is closed and every directory removed.
 */
export function useGeneratedDatabase(definition: SubgraphDefinition, generate: (dataDir: string) => Promise<unknown>) {
  const dirs: string[] = [];
  let orm: Database | undefined;
  let schema: GraphQLSchema | undefined;
  const current = (): Database => {
    if (!orm)
      throw new Error("The generated database is there only in tests and in hooks after useGeneratedDatabase's.");
    return orm;
  };
  const directory = (): string => {
    const dir = mkdtempSync(join(tmpdir(), `${definition.name}-generated-`));
    dirs.push(dir);
    return dir;
  };
  const open = (dataDir: string): Promise<Database> =>
    openDatabase({
      service: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      dataDir,
    });
  beforeAll(async () => {
    const dataDir = directory();
    await generate(dataDir);
    orm = await open(dataDir);
  }, 60_000);
  afterAll(async () => {
    await orm?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get orm(): Database {
      return current();
    },
    /** The directory the database is in. */
    get dataDir(): string {
      return dirs[0]!;
    },
    em: () => current().em.fork() as SqlEntityManager,
    directory,
    open,
    /** Runs an operation on the generated database through the subgraph's schema, as `caller` and audited. */
    async execute(caller: Caller, source: string, variableValues?: Record<string, unknown>) {
      schema ??= await buildFederatedSchema(definition);
      const built = schema;
      return actorStorage.run({ audit: true, caller }, () =>
        graphql({ schema: built, source, variableValues, contextValue: contextFor(current(), caller) }),
      );
    },
  };
}
