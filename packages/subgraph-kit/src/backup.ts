import { existsSync, renameSync, rmSync } from "node:fs";
import { MikroORM } from "@mikro-orm/core";
import { EmbeddedSqliteDriver } from "./database.js";

/**
 * Copies an embedded SQLite database into `target` while its service keeps running. `VACUUM INTO` reads the
 * whole database in one read transaction, so the copy is the database as it was at one moment, never half of a
 * write; it goes through SQLite's locks, where copying the file could catch a write half done.
 *
 * The copy is written under a temporary name and renamed when complete, so `target` is either whole or absent.
 */
export async function backupEmbeddedDatabase(
  source: string,
  target: string,
  options: { busyTimeoutMs?: number } = {},
): Promise<void> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (existsSync(target)) throw new Error(`${target} exists already: back up into an empty folder.`);
  const orm = await MikroORM.init({
    driver: EmbeddedSqliteDriver,
    dbName: source,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    // While the service commits a write, the copy waits for it instead of failing at once.
    driverOptions: { timeout: options.busyTimeoutMs ?? 10_000 },
  });
  const partial = `${target}.partial`;
  try {
    rmSync(partial, { force: true });
    await orm.em.getConnection().execute("vacuum into ?", [partial]);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await orm.close();
  }
}
