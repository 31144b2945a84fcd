/**
 * Starts the whole graph as real processes (each subgraph and the gateway from their built `dist/`), on free
 * loopback ports, and talks to it over HTTP like any client would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_SECRET,
  issueDevToken,
  nodeStartFlags,
  type Role,
} from "@kinderschutz/subgraph-kit/auth";
import { SUBGRAPHS, urlSetting, type SubgraphName } from "../../gateway/src/subgraphs.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const SUBGRAPH_NAMES = SUBGRAPHS.map((s) => s.name);

/** Each subgraph's database on one PostgreSQL server, named after the subgraph: `startGraph`'s `databaseUrls`. */
export function subgraphDatabases(server: { urlFor(database: string): string }): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, server.urlFor(name)])) as Record<SubgraphName, string>;
}
export type { SubgraphName };

export interface GraphOptions {
  /** A PostgreSQL URL per subgraph; without one a subgraph gets a fresh SQLite file. */
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  /** Load the demo data (default: yes). */
  demoData?: boolean;
  /**
   * Fill the databases before the services start, as `pnpm generate` does: the arguments of each subgraph's
   * `generate` command, e.g. `["germany", "--states", "01", "--density", "0.2"]`.
   */
  generate?: readonly string[];
  /** Where the SQLite files go; a fresh temporary folder (removed on stop) when not given. */
  dataDir?: string;
  /** Serve the built admin interface (`admin-ui/build`) from the gateway, as `pnpm start` does. */
  adminUi?: boolean;
  /** Serve the built GraphQL explorer (`explorer/dist`) at `/explorer`, as `pnpm start` does. */
  explorer?: boolean;
  /** Further settings for every process, e.g. an OIDC provider's AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE. */
  env?: Record<string, string>;
  /** Further settings for the gateway only (e.g. OIDC_CLIENT_ID). */
  gatewayEnv?: Record<string, string>;
}

/** How a process ended: a clean shutdown exits with code 0 on SIGTERM, without being killed. */
export interface ProcessExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  killed: boolean;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface RunningGraph {
  gatewayUrl: string;
  /** Where the gateway serves the admin interface (with `adminUi`), e.g. `http://127.0.0.1:41234`. */
  origin: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Sends a GraphQL request; `token` null sends none. */
  gql<T = any>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
    url?: string,
  ): Promise<GraphQLResponse<T>>;
  /** The SQL statements a subgraph has sent so far (from its /metrics). */
  sqlStatements(name: SubgraphName): Promise<number>;
  /** One process of the graph, to stop, pause or restart it while the others run. */
  service(name: SubgraphName | "gateway"): ServiceProcess;
  stop(): Promise<ProcessExit[]>;
}

export interface ServiceProcess {
  readonly pid: number;
  /** The process's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Sends a signal (SIGSTOP pauses the process: its port accepts connections that are never answered). */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM and wait until it exited (SIGKILL after 30 s). */
  stop(): Promise<ProcessExit>;
  /** Exits, as it ends: resolves when the process is gone. */
  readonly exited: Promise<ProcessExit>;
  /** Starts it again on the same port with the same settings (and `env` on top) and data; waits until it is ready. */
  restart(env?: Record<string, string>): Promise<void>;
  /** What it printed so far. */
  output(): string;
}

/** The built admin interface the tests serve (`ADMIN_UI_VARIANT` picks a parallel build, `build-<variant>`). */
export function adminUiBuild(): string {
  return path.join(ROOT, "admin-ui", process.env.ADMIN_UI_VARIANT ? `build-${process.env.ADMIN_UI_VARIANT}` : "build");
}

/** Whether nothing listens on `port` right now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// Each test worker takes its ports from a range of its own, below the kernel's ephemeral ports: a port the kernel
// handed out for `listen(0)` and that was closed again could be handed to another worker's process before ours
// bound it, and our tests would then talk to that process (it happened: a whole file's requests went to another
// graph's subgraph).
const PORTS_PER_WORKER = 200;
const firstPort = 20_000 + (Number(process.env.VITEST_POOL_ID ?? 0) % 60) * PORTS_PER_WORKER;
let nextPort = 0;

export async function freePort(): Promise<number> {
  for (let tries = 0; tries < PORTS_PER_WORKER; tries++) {
    const port = firstPort + (nextPort++ % PORTS_PER_WORKER);
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port among ${firstPort}–${firstPort + PORTS_PER_WORKER - 1}.`);
}

const devAuth = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE } as const;

/** A token the demo graph accepts, as `pnpm token` prints it; `subject` gives a caller a name of its own. */
export function token(
  role: "state-office" | "analyst" | "youth-office",
  district?: string,
  subject?: string,
): Promise<string> {
  const roles: Record<string, Role> = {
    "state-office": "STATE_OFFICE",
    analyst: "ANALYST",
    "youth-office": "YOUTH_OFFICE",
  };
  return issueDevToken(devAuth, { role: roles[role]!, district, subject });
}

/** Tokens of the callers most gateway tests act as: the state office, an analyst, the youth office of 13071. */
export async function commonTokens(): Promise<{ stateOffice: string; analyst: string; seenplatte: string }> {
  const [stateOffice, analyst, seenplatte] = await Promise.all([
    token("state-office"),
    token("analyst"),
    token("youth-office", "13071"),
  ]);
  return { stateOffice, analyst, seenplatte };
}

interface Process {
  name: string;
  child: ChildProcess;
  output: string[];
}

function launch(
  name: string,
  cwd: string,
  env: Record<string, string>,
  args: readonly string[] = ["dist/main.js"],
): Process {
  // CPU_PROFILE_DIR=/tmp/profiles pnpm bench …: each process writes a V8 CPU profile into <dir>/<name>/ when it exits.
  const profile = process.env.CPU_PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}/${name}`]
    : [];
  const child = spawn(process.execPath, [...nodeStartFlags(name), ...profile, ...args], {
    cwd: path.join(ROOT, cwd),
    env: { ...process.env, NODE_ENV: "test", APOLLO_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (d) => output.push(String(d)));
  child.stderr!.on("data", (d) => output.push(String(d)));
  return { name, child, output };
}

export interface ExtraProcess {
  readonly pid: number;
  stop(): Promise<ProcessExit>;
  output(): string;
}

/**
 * A further Node process beside a graph (e.g. a second gateway, or the benchmark's peer gateway): `args` for node,
 * run in `cwd` (relative to the repository); resolves once `healthUrl` answers 2xx.
 */
export async function startProcess(
  name: string,
  cwd: string,
  args: readonly string[],
  env: Record<string, string>,
  healthUrl: string,
): Promise<ExtraProcess> {
  const proc = launch(name, cwd, env, args);
  try {
    await waitForHealth(proc, healthUrl);
  } catch (error) {
    await stopProcess(proc);
    throw error;
  }
  return { pid: proc.child.pid!, stop: () => stopProcess(proc), output: () => proc.output.join("") };
}

/** Runs a subgraph's `generate` command with the settings it will be started with; `onLine` sees its progress. */
export async function generateInto(
  name: SubgraphName,
  env: Record<string, string>,
  args: readonly string[],
  onLine?: (line: string) => void,
): Promise<void> {
  const child = spawn(process.execPath, ["dist/main.js", "generate", ...args], {
    cwd: path.join(ROOT, "services", name),
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (d) => {
      output.push(String(d));
      if (onLine) for (const line of String(d).split("\n").filter(Boolean)) onLine(line);
    });
  }
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`${name}: generate ${args.join(" ")} failed (exit ${code}):\n${output.join("")}`);
}

/** The line a process of ours logs once it listens on `port`; none when its log level leaves it out. */
function readyLine(env: Record<string, string>, what: "subgraph" | "gateway", port: number): string | undefined {
  const level = env.LOG_LEVEL ?? process.env.LOG_LEVEL ?? "info";
  return level === "info" || level === "debug" ? `${what} ready at http://127.0.0.1:${port}/` : undefined;
}

/**
 * Waits until `url` answers 2xx. With `readyLine`, also until the process itself said it listens: an answer alone
 * could come from another process on the same port.
 */
async function waitForHealth(proc: Process, url: string, timeoutMs = 60_000, readyLine?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null)
      throw new Error(`${proc.name} exited with ${proc.child.exitCode}:\n${proc.output.join("")}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok && (!readyLine || proc.output.join("").includes(readyLine))) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.name} did not become healthy within ${timeoutMs} ms:\n${proc.output.join("")}`);
}

async function stopProcess(proc: Process, graceMs = 10_000): Promise<ProcessExit> {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null)
    return { name: proc.name, code: child.exitCode, signal: child.signalCode, killed: false };
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, graceMs);
  await exited;
  clearTimeout(timer);
  return { name: proc.name, code: child.exitCode, signal: child.signalCode, killed };
}

export async function startGraph(options: GraphOptions = {}): Promise<RunningGraph> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "kinderschutz-graph-"));
  const removeDataDir = () => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const processes: Process[] = [];
  const subgraphUrls = {} as Record<SubgraphName, string>;
  // How each process was started, to start it again the same way.
  const specs = new Map<string, { cwd: string; env: Record<string, string>; origin: string }>();
  try {
    // Every port first: a subgraph asks its peers about their records (ORGANISATIONS_URL, …).
    const ports = Object.fromEntries(
      await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const)),
    ) as Record<SubgraphName, number>;
    const peerUrls = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [urlSetting(name), `http://127.0.0.1:${ports[name]}/graphql`]),
    );
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const port = ports[name];
        const databaseUrl = options.databaseUrls?.[name];
        const env = {
          ...peerUrls,
          PORT: String(port),
          DATA_DIR: dataDir,
          DEMO_DATA: String(options.demoData ?? true),
          ...options.env,
          ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        };
        if (options.generate) await generateInto(name, env, options.generate);
        const proc = launch(name, `services/${name}`, env);
        specs.set(name, { cwd: `services/${name}`, env, origin: `http://127.0.0.1:${port}` });
        processes.push(proc);
        subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
        await waitForHealth(proc, `http://127.0.0.1:${port}/health`, undefined, readyLine(env, "subgraph", port));
      }),
    );
    const gatewayPort = await freePort();
    const gatewayEnv = {
      PORT: String(gatewayPort),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlSetting(name), subgraphUrls[name]])),
      ...(options.adminUi ? { ADMIN_UI_DIR: adminUiBuild() } : {}),
      ...(options.explorer ? { EXPLORER_DIR: path.join(ROOT, "explorer", "dist") } : {}),
      ...options.env,
      ...options.gatewayEnv,
    };
    const gateway = launch("gateway", "gateway", gatewayEnv);
    specs.set("gateway", { cwd: "gateway", env: gatewayEnv, origin: `http://127.0.0.1:${gatewayPort}` });
    processes.push(gateway);
    await waitForHealth(
      gateway,
      `http://127.0.0.1:${gatewayPort}/health`,
      undefined,
      readyLine(gatewayEnv, "gateway", gatewayPort),
    );
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

    return {
      gatewayUrl,
      origin: `http://127.0.0.1:${gatewayPort}`,
      subgraphUrls,
      async gql(bearer, query, variables, url = gatewayUrl) {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as Omit<GraphQLResponse, "status">;
        return { status: res.status, ...body };
      },
      async sqlStatements(name) {
        const text = await (await fetch(subgraphUrls[name].replace(/\/graphql$/, "/metrics"))).text();
        const line = text.split("\n").find((l) => l.startsWith("sql_statements_total"));
        return Number(line?.split(" ").at(-1));
      },
      service(name) {
        const spec = specs.get(name)!;
        const current = () => processes.find((p) => p.name === name)!;
        return {
          get pid() {
            return current().child.pid!;
          },
          origin: spec.origin,
          signal: (signal) => void current().child.kill(signal),
          stop: () => stopProcess(current(), 30_000),
          get exited() {
            const proc = current();
            const { child } = proc;
            const exit = () => ({ name, code: child.exitCode, signal: child.signalCode, killed: false });
            if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(exit());
            return new Promise<ProcessExit>((r) => child.once("exit", () => r(exit())));
          },
          async restart(env = {}) {
            const proc = launch(name, spec.cwd, { ...spec.env, ...env });
            processes.splice(processes.indexOf(current()), 1, proc);
            await waitForHealth(proc, `${spec.origin}/health/ready`);
          },
          output: () => current().output.join(""),
        };
      },
      async stop() {
        // The gateway first, as a load balancer would drain it, then the subgraphs.
        const exits = [
          await stopProcess(processes.at(-1)!),
          ...(await Promise.all(processes.slice(0, -1).map((p) => stopProcess(p)))),
        ];
        removeDataDir();
        return exits;
      },
    };
  } catch (error) {
    await Promise.all(processes.map((p) => stopProcess(p)));
    removeDataDir();
    throw error;
  }
}
