/**
 * A throw-away PostgreSQL cluster from Debian's `postgresql` package, for what the embedded PostgreSQL from npm
 * cannot do: it ships no pg_dump/pg_restore, and Debian's pg_dump refuses a server newer than itself. Here
 * server and tools are of one major version (the newest under /usr/lib/postgresql).
 *
 * The cluster lives in a fresh folder under the temp folder, listens on 127.0.0.1 on a free port (no Unix
 * socket) with a password, and `stop()` removes it. As root, initdb and the server run as user `postgres`
 * (PostgreSQL refuses to run as root); the client tools run as the caller.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./graph.js";
import { isAlive, withPgClient } from "./postgres.js";

const run = promisify(execFile);
const ROOT = "/usr/lib/postgresql";
const FOLDER_PREFIX = "kinderschutz-debian-pg-";
const USER = "postgres";
const PASSWORD = "postgres";
const TOOLS = ["initdb", "pg_ctl", "pg_dump", "pg_restore"] as const;
type Tool = (typeof TOOLS)[number];

export interface DebianPostgres {
  /** The major version of server and tools, e.g. "15". */
  major: string;
  urlFor(database: string): string;
  /** Runs SQL on the `postgres` database (CREATE/DROP DATABASE). */
  admin(sql: string): Promise<void>;
  /** `pg_dump -Fc` of one database into `file`. */
  dump(database: string, file: string): Promise<void>;
  /** `pg_restore` of a `pg_dump -Fc` file into an existing, empty database. */
  restore(file: string, database: string): Promise<void>;
  stop(): Promise<void>;
}

/** The newest major version under /usr/lib/postgresql that has every tool needed; a clear error when none has. */
export function debianPostgresBin(): { major: string; bin: (tool: Tool) => string } {
  const majors = existsSync(ROOT)
    ? readdirSync(ROOT).filter((d) => /^\d+$/.test(d) && TOOLS.every((t) => existsSync(path.join(ROOT, d, "bin", t))))
    : [];
  const major = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!major) {
    throw new Error(
      `Debian's PostgreSQL is missing: no ${ROOT}/<version>/bin with ${TOOLS.join(", ")}. The backup test needs server and ` +
        "pg_dump of one version: install it with `apt-get install -y postgresql` (the tests start their own cluster; " +
        "the package's own service need not run).",
    );
  }
  return { major, bin: (tool) => path.join(ROOT, major, "bin", tool) };
}

const isRoot = () => userInfo().uid === 0;

/** Runs a server-side tool as user postgres when we are root (PostgreSQL refuses to run as root). */
async function asServerUser(command: string, args: string[]): Promise<string> {
  const [file, argv] = isRoot() ? ["runuser", ["-u", USER, "--", command, ...args]] : [command, args];
  try {
    const { stdout, stderr } = await run(file, argv, { maxBuffer: 16 * 1024 * 1024 });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(command)} failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`, {
      cause: error,
    });
  }
}

async function client(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { env: { ...process.env, PGPASSWORD: PASSWORD }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${path.basename(command)} failed: ${e.message}\n${e.stderr ?? ""}`, { cause: error });
  }
}

export async function startDebianPostgres(options: { databases: string[] }): Promise<DebianPostgres> {
  const { major, bin } = debianPostgresBin();
  await sweepLeftovers(bin("pg_ctl")).catch(() => undefined);
  const base = await mkdtemp(path.join(tmpdir(), FOLDER_PREFIX));
  await writeFile(path.join(base, "owner.pid"), `${process.pid}\n`);
  await writeFile(path.join(base, "password"), `${PASSWORD}\n`);
  if (isRoot()) {
    const { uid, gid } = await serverUser();
    await chown(base, uid, gid);
    await chown(path.join(base, "password"), uid, gid);
  }
  const data = path.join(base, "data");
  const log = path.join(base, "server.log");
  let started = false;
  const stop = async () => {
    if (started) await asServerUser(bin("pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w"]).catch(() => undefined);
    started = false;
    await rm(base, { recursive: true, force: true, maxRetries: 3 });
  };

  let port = 0;
  try {
    await asServerUser(bin("initdb"), [
      "-D",
      data,
      "-U",
      USER,
      `--pwfile=${path.join(base, "password")}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const settings = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        started = true;
        await asServerUser(bin("pg_ctl"), ["start", "-D", data, "-l", log, "-w", "-t", "60", "-o", settings]);
        break;
      } catch (error) {
        started = false;
        const output = await readFile(log, "utf8").catch(() => "");
        // Someone took the free port between probing and binding: try another.
        if (attempt < 3 && /could not bind|already in use|could not create any TCP\/IP sockets/i.test(output)) continue;
        throw new Error(`${(error as Error).message}\nserver log:\n${output}`, { cause: error });
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = (sql: string) => withPgClient(url("postgres"), async (c) => void (await c.query(sql)));
  try {
    for (const name of options.databases) await admin(`create database "${name}"`);
  } catch (error) {
    await stop();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    major,
    urlFor: url,
    admin,
    dump: (database, file) =>
      client(bin("pg_dump"), ["--format=custom", `--file=${file}`, `--dbname=${url(database)}`]),
    restore: (file, database) =>
      client(bin("pg_restore"), ["--exit-on-error", "--no-owner", `--dbname=${url(database)}`, file]),
    stop() {
      stopped ??= stop();
      return stopped;
    },
  };
}

async function serverUser(): Promise<{ uid: number; gid: number }> {
  const line = (await readFile("/etc/passwd", "utf8")).split("\n").find((l) => l.startsWith(`${USER}:`));
  if (!line)
    throw new Error(
      `There is no user ${USER}: Debian's postgresql package creates it (apt-get install -y postgresql).`,
    );
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Stops and removes clusters of earlier runs whose test process is gone (a crash or a killed run). */
async function sweepLeftovers(pgCtl: string): Promise<void> {
  for (const entry of await readdir(tmpdir())) {
    if (!entry.startsWith(FOLDER_PREFIX)) continue;
    const dir = path.join(tmpdir(), entry);
    const owner = Number.parseInt(await readFile(path.join(dir, "owner.pid"), "utf8").catch(() => ""), 10);
    if (!Number.isInteger(owner) || isAlive(owner)) continue;
    if (existsSync(path.join(dir, "data", "postmaster.pid"))) {
      await asServerUser(pgCtl, ["stop", "-D", path.join(dir, "data"), "-m", "immediate", "-w"]).catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  }
}
