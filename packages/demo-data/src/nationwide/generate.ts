import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  actorStorage,
  isPostgres,
  limitHeapGrowth,
  loadConfig,
  openDatabase,
  subgraphSettings,
  type Database,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { EntityClass } from "@mikro-orm/core";
import { NATIONWIDE_STATE_KEYS, nationwidePlan, type PlanOptions } from "./plan.js";
import { storage, type NationwideGeneration, type Progress } from "./storage.js";

export interface GenerationTarget {
  name: string;
  entities: EntityClass<object>[];
  migrations: Parameters<typeof openDatabase>[0]["migrations"];
  seed?: (em: SqlEntityManager) => Promise<void>;
  nationwide?: NationwideGeneration;
}

export interface GenerationOptions extends PlanOptions {
  scale: "mv" | "germany";
  /** Empties the database first (SQLite: a new file; PostgreSQL: drops the public schema's contents). */
  fresh?: boolean;
  databaseUrl?: string;
  dataDir: string;
  /** Where progress lines go (default: standard error). */
  log?: (line: string) => void;
}

const USAGE = "usage: generate <mv | germany> [--states 01,05,...] [--density 0.1..1] [--fresh]";

/** Reads `generate`'s arguments; throws a message naming the bad one. */
export function parseGenerationArguments(
  args: readonly string[],
): Pick<GenerationOptions, "scale" | "states" | "density" | "fresh"> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { states: { type: "string" }, density: { type: "string" }, fresh: { type: "boolean" } },
  });
  const [scale, ...rest] = positionals;
  if ((scale !== "mv" && scale !== "germany") || rest.length) throw new Error(USAGE);
  const states = values.states?.split(",").map((s) => s.trim().padStart(2, "0"));
  const unknown = states?.filter((s) => !NATIONWIDE_STATE_KEYS.includes(s)) ?? [];
  if (unknown.length)
    throw new Error(
      `--states: no state to generate with key ${unknown.join(", ")} (keys: ${NATIONWIDE_STATE_KEYS.join(", ")})`,
    );
  const density = values.density === undefined ? undefined : Number(values.density);
  if (density !== undefined && !(density > 0 && density <= 1))
    throw new Error(`--density: must be a number above 0 and at most 1, not ${values.density}`);
  if (scale === "mv" && (states || density !== undefined))
    throw new Error("--states and --density go with the germany scale");
  return { scale, states, density, fresh: values.fresh ?? false };
}

function throttled(log: (line: string) => void, service: string): Progress {
  let last = 0;
  return (step, done, total) => {
    const now = Date.now();
    if (done < total && now - last < 1_000) return;
    last = now;
    log(`${service}: ${step} ${done.toLocaleString("de-DE")}/${total.toLocaleString("de-DE")}`);
  };
}

async function emptied(target: GenerationTarget, options: GenerationOptions): Promise<Database> {
  const open = () =>
    openDatabase({
      service: target.name,
      entities: target.entities,
      migrations: target.migrations,
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir,
      poolMax: 2,
    });
  if (options.fresh && !options.databaseUrl) {
    const file = resolve(options.dataDir, `${target.name}.db`);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
  const orm = await open();
  if (!options.fresh || !options.databaseUrl) return orm;
  await orm.em.getConnection().execute("drop schema public cascade; create schema public");
  await orm.close();
  return open();
}

/**
 * Fills the service's database: the demo data (its seed), then for `germany` the service's part of the nationwide
 * plan, all in one transaction. Refuses a database that holds data already unless `fresh`.
 */
export async function generateData(target: GenerationTarget, options: GenerationOptions): Promise<{ seconds: number }> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const progress = throttled(log, target.name);
  const orm = await emptied(target, options);
  try {
    const em = orm.em.fork() as SqlEntityManager;
    const holding = await Promise.all(target.entities.map((entity) => em.count(entity, {})));
    if (holding.some((n) => n > 0)) {
      throw new Error(
        `${target.name}: the database holds data already; generate into an empty one (--fresh empties it first)`,
      );
    }
    const plan = options.scale === "germany" ? nationwidePlan(options) : undefined;
    await actorStorage.run({ audit: false }, () =>
      em.transactional(async (tx) => {
        if (target.seed) {
          log(`${target.name}: demo data of Mecklenburg-Vorpommern`);
          await target.seed(tx);
          await tx.flush();
          tx.clear();
        }
        if (plan && target.nationwide)
          await target.nationwide.write(storage(tx, plan, progress, target.nationwide.tables));
      }),
    );
    if (isPostgres(em)) await em.getConnection().execute("analyze");
    const seconds = (performance.now() - started) / 1000;
    log(`${target.name}: done in ${seconds.toFixed(1)} s`);
    return { seconds };
  } finally {
    await orm.close();
  }
}

/**
 * `node dist/main.js generate <mv | germany> ...` of a service (pnpm generate): fills its database instead of
 * serving. The service's main imports this lazily, so that a server's start loads none of the generation.
 */
export async function runGeneration(target: GenerationTarget, args: string[]): Promise<void> {
  const config = loadConfig(subgraphSettings);
  limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
  try {
    await generateData(target, {
      ...parseGenerationArguments(args),
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
    });
  } catch (error) {
    process.stderr.write(`${target.name}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
