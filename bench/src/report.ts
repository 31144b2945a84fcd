import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, release } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Latency, Throughput } from "./measure.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REPORT = path.join(ROOT, "docs", "performance.md");
const START = "<!-- bench:start (written by pnpm bench; edit around it) -->";
const END = "<!-- bench:end -->";

type Variant = "ours" | "peer" | "direct";

export interface Measured {
  operation: string;
  description: string;
  /** The state it ran on (MV, NRW). */
  state: string;
  /** Requests to a gateway per run, and the subgraph requests a gateway makes for them. */
  requests: number;
  subgraphRequests: number;
  latency: Record<Variant, Latency>;
  /** Undefined where a variant cannot be loaded the same way (writes straight at the subgraphs). */
  throughput: Record<Variant, Throughput | undefined>;
  /** SQL statements per run, by subgraph. */
  sql: Record<string, number>;
  /** Why the peer's figures are missing, when it failed during this operation. */
  peerFailure?: string;
}

/** A long list served by one subgraph alone. */
export interface ListMeasured {
  rows: number;
  latency: Latency;
  throughput: Throughput;
}

export interface BenchResult {
  startedAt: string;
  settings: { samples: number; seconds: number; connections: number; gatewayWorkers: string };
  machine: { freeMemoryMb: number; totalMemoryMb: number };
  scales: { scale: string; operations: Measured[]; list: ListMeasured; memory: Record<string, number> }[];
}

const ms = (n: number) => (Number.isNaN(n) ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const rps = (t: Throughput | undefined) =>
  t ? `${t.operationsPerSecond.toFixed(0)}${t.failures ? ` (${t.failures} failed)` : ""}` : "–";
const cpu = (t: Throughput | undefined) => (t?.cpuMsPerOperation === undefined ? "–" : ms(t.cpuMsPerOperation));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

function rows(result: BenchResult): string[][] {
  const header = [
    "scale",
    "operation",
    "state",
    "p50 a / b / c ms",
    "p95 a / b / c ms",
    "ops/s a / b / c",
    "a÷c p50",
    "a÷b ops/s",
    "CPU ms/op a / b",
    "SQL org / net / bud",
  ];
  const body = result.scales.flatMap(({ scale, operations }) =>
    operations.map((m) => [
      scale,
      m.operation,
      m.state,
      `${ms(m.latency.ours.p50)} / ${ms(m.latency.peer.p50)} / ${ms(m.latency.direct.p50)}`,
      `${ms(m.latency.ours.p95)} / ${ms(m.latency.peer.p95)} / ${ms(m.latency.direct.p95)}`,
      `${rps(m.throughput.ours)} / ${rps(m.throughput.peer)} / ${rps(m.throughput.direct)}`,
      ratio(m.latency.ours.p50, m.latency.direct.p50),
      m.throughput.peer ? ratio(m.throughput.ours!.operationsPerSecond, m.throughput.peer.operationsPerSecond) : "–",
      `${cpu(m.throughput.ours)} / ${cpu(m.throughput.peer)}`,
      Object.values(m.sql).join(" / "),
    ]),
  );
  return [header, ...body];
}

function find(result: BenchResult, scale: string, operation: string, state = "MV"): Measured | undefined {
  return result.scales
    .find((s) => s.scale === scale)
    ?.operations.find((m) => m.operation === operation && m.state === state);
}

interface Target {
  what: string;
  figure: string;
  met: boolean | undefined;
}

/** The issue's targets, each with the figure that decides it (undefined: this run did not measure it). */
export function targets(result: BenchResult): Target[] {
  const list: Target[] = [];
  const mv = result.scales.find((s) => s.scale === "mv");
  const germany = result.scales.find((s) => s.scale === "germany");
  if (mv && germany) {
    const differing = mv.operations.filter((m) => {
      const other = find(result, "germany", m.operation, m.state);
      return other && JSON.stringify(other.sql) !== JSON.stringify(m.sql);
    });
    list.push({
      what: "SQL statements per operation the same at mv and germany",
      figure: differing.length ? `differ: ${differing.map((m) => m.operation).join(", ")}` : "all the same",
      met: differing.length === 0,
    });
    const small = find(result, "mv", "statewideOverview");
    const large = find(result, "germany", "statewideOverview");
    if (small && large) {
      const growth = large.latency.ours.p95 / small.latency.ours.p95;
      list.push({
        what: "Statewide overview p95 grows ≤ 3× from mv to germany",
        figure: `${ms(small.latency.ours.p95)} → ${ms(large.latency.ours.p95)} ms (${growth.toFixed(2)}×)`,
        met: growth <= 3,
      });
    }
  }
  const largest = germany ?? mv;
  if (largest) {
    for (const state of ["MV", "NRW"]) {
      const overview = find(result, largest.scale, "statewideOverview", state);
      if (!overview) continue;
      const overhead = overview.latency.ours.p50 / overview.latency.direct.p50;
      list.push({
        what: `Gateway overhead, statewide overview ${state} at ${largest.scale}: (a) ≤ 1.5× (c)`,
        figure: `${ms(overview.latency.ours.p50)} vs ${ms(overview.latency.direct.p50)} ms p50 (${overhead.toFixed(2)}×)`,
        met: overhead <= 1.5,
      });
    }
    const slower = largest.operations.filter(
      (m) => m.throughput.peer && m.throughput.ours!.operationsPerSecond < m.throughput.peer.operationsPerSecond,
    );
    list.push({
      what: `Peer: (a) serves at least as many operations/s as (b) at ${largest.scale}`,
      figure: slower.length
        ? `behind in: ${slower.map((m) => `${m.operation} ${m.state}`).join(", ")}`
        : "ahead or level in every operation",
      met: slower.length === 0,
    });
    const longList = largest.list;
    list.push({
      what: `Lists: one subgraph serves a list of 2,000 rows at ≥ 160 requests/s (${largest.scale})`,
      figure: `${longList.rows} organisations in one _entities request: ${longList.throughput.operationsPerSecond.toFixed(0)} requests/s, p50 ${ms(longList.latency.p50)} ms`,
      met: longList.rows >= 2_000 ? longList.throughput.operationsPerSecond >= 160 : undefined,
    });
    const gateway = largest.memory.gateway!;
    const subgraphs = Object.entries(largest.memory).filter(([name]) => !name.includes("gateway"));
    const heaviest = Math.max(...subgraphs.map(([, mb]) => mb));
    list.push({
      what: `Memory at ${largest.scale}: gateway ≤ 300 MB, each subgraph ≤ 400 MB (peak RSS)`,
      figure: `gateway ${gateway.toFixed(0)} MB, subgraphs up to ${heaviest.toFixed(0)} MB`,
      met: gateway <= 300 && heaviest <= 400,
    });
  }
  return list;
}

function markdownTable(table: string[][]): string {
  const [header, ...body] = table;
  return [
    `| ${header!.join(" | ")} |`,
    `| ${header!.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function machine(result: BenchResult): string {
  const cores = cpus();
  return `${cores[0]?.model ?? "unknown CPU"}, ${cores.length} cores, ${(result.machine.totalMemoryMb / 1024).toFixed(0)} GB RAM, Linux ${release()}, Node ${process.version}`;
}

/** Operations whose peer figures are missing, and why. */
function peerFailures(result: BenchResult): string[] {
  return result.scales.flatMap(({ scale, operations }) =>
    operations.filter((m) => m.peerFailure).map((m) => `${scale} ${m.operation} ${m.state}: ${m.peerFailure}`),
  );
}

export function printReport(result: BenchResult): void {
  const table = rows(result);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log(
    `\n${machine(result)}; ${result.settings.samples} runs one at a time (a, b, c in turns), ${result.settings.connections} connections × ${result.settings.seconds} s; our gateway with GATEWAY_WORKERS=${result.settings.gatewayWorkers}`,
  );
  console.log(
    "a = our gateway, b = Hive Gateway, c = the subgraph requests sent directly (latency: one after the other; ops/s: the slowest subgraph alone)\n",
  );
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  for (const failure of peerFailures(result)) console.log(`b missing at ${failure}`);
  for (const { scale, list } of result.scales) {
    console.log(
      `\nlist at ${scale}: ${list.rows} organisations in one _entities request at the organisations subgraph: p50 ${ms(list.latency.p50)} ms, p95 ${ms(list.latency.p95)} ms, ${rps(list.throughput)} requests/s`,
    );
  }
  for (const { scale, memory } of result.scales) {
    console.log(
      `\npeak memory at ${scale}: ${Object.entries(memory)
        .map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`)
        .join(", ")}`,
    );
  }
  console.log("\nTargets:");
  for (const t of targets(result))
    console.log(`  ${t.met === undefined ? "?" : t.met ? "met" : "MISSED"}  ${t.what}: ${t.figure}`);
}

/** Replaces the measured part of docs/performance.md (between its markers) with this run. */
export function writeReport(result: BenchResult): string {
  const generated = [
    START,
    `Run of ${result.startedAt.slice(0, 16).replace("T", " ")} UTC on ${machine(result)}.`,
    `${result.settings.samples} runs one at a time per operation and variant, the variants taking turns (a, b, c, c, b, a, …) after 3 warm-up runs each; load: ${result.settings.connections} connections for ${result.settings.seconds} s each. Every process with NODE_ENV=production; our gateway with GATEWAY_WORKERS=${result.settings.gatewayWorkers}, Hive Gateway with its defaults (one process).`,
    "",
    "a = our gateway, b = Hive Gateway (defaults), c = the subgraph requests a gateway makes, sent directly: latency one after the other, operations/s of the slowest subgraph serving its part alone. CPU: the gateway's processor time (user and system, all its processes) per operation under that load. SQL: statements per run in each subgraph.",
    "",
    markdownTable(rows(result)),
    ...peerFailures(result).map((failure) => `\nb missing at ${failure}.`),
    "",
    markdownTable([
      ["scale", "list at the organisations subgraph", "p50 ms", "p95 ms", "requests/s"],
      ...result.scales.map(({ scale, list }) => [
        scale,
        `${list.rows} organisations in one _entities request`,
        ms(list.latency.p50),
        ms(list.latency.p95),
        rps(list.throughput),
      ]),
    ]),
    "",
    markdownTable([
      ["scale", "process", "peak RSS MB"],
      ...result.scales.flatMap(({ scale, memory }) =>
        Object.entries(memory).map(([name, mb]) => [scale, name, mb.toFixed(0)]),
      ),
    ]),
    "",
    markdownTable([
      ["target", "figure", "met"],
      ...targets(result).map((t) => [
        t.what,
        t.figure,
        t.met === undefined ? "not measured" : t.met ? "yes" : "**no**",
      ]),
    ]),
    END,
  ].join("\n");
  const current = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : `# Performance\n\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + generated + current.slice(to + END.length)
      : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(REPORT, next);
  return REPORT;
}
