import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import {
  FlushMode,
  LoadStrategy,
  LockMode,
  MikroORM,
  type AnyEntity,
  type EntityClass,
  type MigrationObject,
  type Options,
} from "@mikro-orm/core";
import { ReflectMetadataProvider } from "@mikro-orm/decorators/legacy";
import { SqlitePlatform, type SqlEntityManager } from "@mikro-orm/sql";
import { Migrator } from "@mikro-orm/migrations";
import { SqliteDriver } from "@mikro-orm/sqlite";
import { PostgreSqlDriver, PostgreSqlPlatform } from "@mikro-orm/postgresql";
import { AuditEntry } from "./audit/audit-entry.entity.js";
import { AuditSubscriber } from "./audit/audit.subscriber.js";

export type Database = MikroORM<SqliteDriver> | MikroORM<PostgreSqlDriver>;
export type { SqlEntityManager };

export interface DatabaseOptions {
  /** Names the SQLite file (`<dataDir>/<service>.db`). */
  service: string;
  entities: EntityClass<AnyEntity>[];
  /** PostgreSQL migrations, oldest first. SQLite (demo and tests) gets its schema from the entities. */
  migrations: MigrationObject[];
  /** A postgres:// URL selects PostgreSQL; otherwise an embedded SQLite file. */
  databaseUrl?: string;
  /** Folder of the SQLite file, or `:memory:` for a database that lives as long as the process. */
  dataDir: string;
  /** Called with every SQL statement (to count statements in tests and benchmarks). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL: connections in the pool (default 10). */
  poolMax?: number;
  /** PostgreSQL: longest one statement may run, lock waits included, before the server cancels it (none if unset). */
  statementTimeoutMs?: number;
}

/**
 * The SQLite platform turns `Date`s into timestamps before it compares them, but the dates of a loaded entity reach
 * the comparison in both shapes: every loaded entity's dates compared as changed, and each flush rewrote (and
 * re-versioned) every entity it had read (the networks' tests fail without this). Comparing the dates as they are
 * keeps unchanged entities unchanged.
 */
class EmbeddedSqlitePlatform extends SqlitePlatform {
  override processDateProperty(value: unknown): string | number | Date {
    return value as Date;
  }
}

/**
 * The embedded database goes through better-sqlite3 (its prebuilt binary ships in the npm package): it hands a
 * long list over about half again as fast as libsql or `node:sqlite` (docs/performance.md).
 */
export class EmbeddedSqliteDriver extends SqliteDriver {
  constructor(config: ConstructorParameters<typeof SqliteDriver>[0]) {
    super(config);
    (this as unknown as { platform: SqlitePlatform }).platform = new EmbeddedSqlitePlatform();
  }
}

export function ormOptions(options: DatabaseOptions): Partial<Options> {
  const common = {
    entities: [...options.entities, AuditEntry],
    // The entities are classes with (legacy) decorators; their column types come from the emitted metadata.
    metadataProvider: ReflectMetadataProvider,
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    // Services flush when they mean to; a query must not write half-built entities on its own.
    flushMode: FlushMode.COMMIT,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    // MikroORM 6 made every foreign key `on update cascade` and the PostgreSQL migrations say so; 7 leaves the
    // update rule out. Keys never change here, so keeping 6's rule keeps the deployed schema as it is.
    schemaGenerator: { defaultUpdateRule: "cascade" as const },
    // One statement per populated read, as the statement counts of the tests and the benchmark expect (MikroORM
    // 7's default "balanced" strategy sends a second statement for each to-many relation).
    loadStrategy: LoadStrategy.JOINED,
    ...(options.onQuery
      ? { debug: ["query" as const], colors: false, logger: (message: string) => options.onQuery!(message) }
      : {}),
  };
  if (options.databaseUrl) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      pool: { min: 0, max: options.poolMax ?? 10 },
      ...(options.statementTimeoutMs ? { driverOptions: { statement_timeout: options.statementTimeoutMs } } : {}),
      extensions: [Migrator],
      migrations: {
        migrationsList: options.migrations,
        transactional: true,
        allOrNothing: true,
        snapshot: false,
        silent: true,
      },
    };
  }
  const inMemory = options.dataDir === ":memory:";
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  return {
    ...common,
    driver: EmbeddedSqliteDriver,
    dbName: inMemory ? ":memory:" : resolve(options.dataDir, `${options.service}.db`),
    // The service is the file's only writer, but an online backup (`pnpm backup:sqlite`) reads it in a
    // transaction of its own: a write that meets that read lock waits for it, as long as the copy takes, instead
    // of failing at once (the driver's default). The driver waits synchronously, so the process pauses meanwhile.
    driverOptions: { timeout: 10_000 },
  };
}

export class IncompatibleDatabaseError extends Error {}

/**
 * The embedded SQLite file gets its schema from the entities when it is new. It remembers a fingerprint of that
 * schema: a file made by another version of the code is refused with a clear message instead of being altered
 * in place (SQLite's table rebuilds are not safe with foreign keys, and nothing may be lost silently).
 * Data meant to be kept lives in PostgreSQL, whose migrations do upgrade it.
 */
async function prepareEmbeddedSchema(orm: Database, file: string): Promise<void> {
  const connection = orm.em.getConnection();
  const generator = orm.schema;
  const fingerprint = createHash("sha256")
    .update(await generator.getCreateSchemaSQL({ wrap: false }))
    .digest("hex");
  const tables = (await connection.execute("select name from sqlite_master where type = 'table'")) as {
    name: string;
  }[];
  if (tables.length === 0) {
    await generator.create();
    await connection.execute("create table kit_schema (fingerprint text not null)");
    await connection.execute("insert into kit_schema (fingerprint) values (?)", [fingerprint]);
    return;
  }
  const stored = tables.some((t) => t.name === "kit_schema")
    ? ((await connection.execute("select fingerprint from kit_schema")) as { fingerprint: string }[])[0]?.fingerprint
    : undefined;
  if (stored !== fingerprint) {
    await orm.close();
    throw new IncompatibleDatabaseError(
      `The embedded database ${file} was made by another version of this service. Move it away (a new one with the demo data is made on the next start), or keep data in PostgreSQL (DATABASE_URL), whose migrations upgrade it.`,
    );
  }
}

const MIGRATION_LOCK = "kinderschutz-graph migrations";

/** Opens the database and brings its schema up to date (migrations on PostgreSQL, a fresh schema on new SQLite). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // Migrations run on a connection of their own without the statement timeout: building an index on a large
    // table may rightly take longer than any request should.
    // Instances that start together (a rolling deployment, replicas) would each apply the same migrations: an
    // advisory lock lets one migrate while the others wait and then find nothing left to do. One pooled
    // connection, so the lock and the migrations share the session that holds it.
    const migrating = (await MikroORM.init(
      ormOptions({ ...options, statementTimeoutMs: undefined, poolMax: 1 }),
    )) as Database;
    const connection = migrating.em.getConnection();
    try {
      await connection.execute(`select pg_advisory_lock(hashtext('${MIGRATION_LOCK}'))`);
      await migrating.migrator.up();
    } finally {
      // Closing the connection releases the lock too; unlocking first lets a waiting instance go on at once.
      await connection.execute(`select pg_advisory_unlock(hashtext('${MIGRATION_LOCK}'))`).catch(() => undefined);
      await migrating.close();
    }
    return (await MikroORM.init(ormOptions(options))) as Database;
  }
  const config = ormOptions(options);
  const orm = (await MikroORM.init(config)) as Database;
  await prepareEmbeddedSchema(orm, String(config.dbName));
  return orm;
}

/** Whether this entity manager talks to PostgreSQL (otherwise the embedded SQLite). */
export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform() instanceof PostgreSqlPlatform;
}

/**
 * SQL for the year of a date column, for GROUP BY: PostgreSQL has a date type, the embedded SQLite keeps dates as
 * `YYYY-MM-DD` text.
 */
export function yearOf(em: SqlEntityManager, column: string): string {
  return isPostgres(em) ? `cast(extract(year from ${column}) as integer)` : `cast(substr(${column}, 1, 4) as integer)`;
}

/** Base class of the generated PostgreSQL migrations (one copy of @mikro-orm/migrations for all services). */
export { Migration } from "@mikro-orm/migrations";

/**
 * Find options that lock the rows read until the transaction ends (SELECT … FOR UPDATE) on PostgreSQL.
 * SQLite runs one writing transaction at a time, so it needs (and supports) no row locks.
 */
export function forUpdate(em: SqlEntityManager): { lockMode?: LockMode } {
  return isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}
