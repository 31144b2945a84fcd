import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { FlushMode, MikroORM, type AnyEntity, type EntityClass, type MigrationObject, type Options } from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/knex";
import { LibSqlDriver, LibSqlPlatform } from "@mikro-orm/libsql";
import { Migrator } from "@mikro-orm/migrations";
import { PostgreSqlDriver } from "@mikro-orm/postgresql";
import { AuditEntry } from "./audit/audit-entry.entity.js";
import { AuditSubscriber } from "./audit/audit.subscriber.js";

export type Database = MikroORM<LibSqlDriver> | MikroORM<PostgreSqlDriver>;
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
}

/**
 * libsql hands MikroORM `Date` objects where the SQLite platform expects timestamps, so every loaded entity's
 * dates compared as changed and each flush rewrote (and re-versioned) every entity it had read. Comparing the
 * dates as they are keeps unchanged entities unchanged.
 */
class EmbeddedSqlitePlatform extends LibSqlPlatform {
  override processDateProperty(value: unknown): string | number | Date {
    return value as Date;
  }
}

export class EmbeddedSqliteDriver extends LibSqlDriver {
  constructor(config: ConstructorParameters<typeof LibSqlDriver>[0]) {
    super(config);
    (this as unknown as { platform: LibSqlPlatform }).platform = new EmbeddedSqlitePlatform();
  }
}

export function ormOptions(options: DatabaseOptions): Options {
  const common = {
    entities: [...options.entities, AuditEntry],
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    // Services flush when they mean to; a query must not write half-built entities on its own.
    flushMode: FlushMode.COMMIT,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    ...(options.onQuery
      ? { debug: ["query" as const], colors: false, logger: (message: string) => options.onQuery!(message) }
      : {}),
  };
  if (options.databaseUrl) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      extensions: [Migrator],
      migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    };
  }
  const inMemory = options.dataDir === ":memory:";
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  return {
    ...common,
    driver: EmbeddedSqliteDriver,
    dbName: inMemory ? ":memory:" : resolve(options.dataDir, `${options.service}.db`),
  };
}

/** Opens the database and brings its schema up to date (migrations on PostgreSQL, schema sync on SQLite). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const orm = (await MikroORM.init(ormOptions(options))) as Database;
  if (options.databaseUrl) {
    await orm.getMigrator().up();
  } else {
    await orm.getSchemaGenerator().updateSchema();
  }
  return orm;
}

export function isPostgres(orm: Database): boolean {
  return orm.em.getDriver() instanceof PostgreSqlDriver;
}

/** Base class of the generated PostgreSQL migrations (one copy of @mikro-orm/migrations for all services). */
export { Migration } from "@mikro-orm/migrations";
