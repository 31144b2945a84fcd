import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Latency {
  p50: number;
  p95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50 and p95 of durations in milliseconds. */
export function latencyOf(durations: readonly number[]): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** p50 and p95 in milliseconds of `samples` runs one after the other, after `warmup` runs that are not counted. */
export async function sequentialLatency(run: () => Promise<void>, samples: number, warmup = 3): Promise<Latency> {
  return (await latencyInTurns({ only: timed(run) }, samples, warmup)).only!;
}

/** One run of a variant; answers how many milliseconds it took. */
export type TimedRun = () => Promise<number>;

/** A run timed from start to end. */
export function timed(run: () => Promise<void>): TimedRun {
  return async () => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
}

/**
 * p50 and p95 of each variant's `samples` runs, one run at a time, the variants taking turns (a, b, c, then c, b,
 * a, ...) after `warmup` uncounted runs of each. Measured in blocks, one variant after the other, a machine that
 * slows down or speeds up meanwhile (other work on a shared host, caches warming) shifted the ratios between
 * them; in turns it falls on each alike.
 *
 * A variant whose run fails is measured no further and answers undefined, after `failed` has had the error; without
 * `failed` the error ends the measurement.
 */
export async function latencyInTurns<K extends string>(
  variants: Partial<Record<K, TimedRun>>,
  samples: number,
  warmup = 3,
  failed?: (variant: K, error: unknown) => Promise<void>,
): Promise<Record<K, Latency | undefined>> {
  const names = (Object.keys(variants) as K[]).filter((name) => variants[name]);
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  const dropped = new Set<K>();
  const turn = async (name: K, counted: boolean) => {
    if (dropped.has(name)) return;
    try {
      const ms = await variants[name]!();
      if (counted) times.get(name)!.push(ms);
    } catch (error) {
      if (!failed) throw error;
      dropped.add(name);
      await failed(name, error);
    }
  };
  for (let i = 0; i < warmup; i++) for (const name of names) await turn(name, false);
  for (let i = 0; i < samples; i++)
    for (const name of i % 2 === 0 ? names : [...names].reverse()) await turn(name, true);
  return Object.fromEntries(
    names.map((name) => [name, dropped.has(name) ? undefined : latencyOf(times.get(name)!)]),
  ) as Record<K, Latency | undefined>;
}

export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Throughput {
  /** Whole operations per second (an operation of several requests counts once). */
  operationsPerSecond: number;
  /** Answers other than 2xx, and connection errors or timeouts. */
  failures: number;
  /** CPU time (user and system) the gateway's processes spent per operation meanwhile, where measured. */
  cpuMsPerOperation?: number;
}

/**
 * Bounded concurrent load with autocannon: `connections` clients each send the operation's requests in order, again
 * and again, for `seconds`. All requests go to one origin (a gateway, or one subgraph).
 */
export async function replayUnderLoad(
  requests: readonly HttpRequest[],
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const origin = new URL(requests[0]!.url).origin;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({
      method: "POST",
      path: new URL(r.url).pathname,
      headers: r.headers,
      body: r.body,
    })),
  });
  return {
    operationsPerSecond: result.requests.average / requests.length,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Bounded concurrent load for operations that change data (each run reads what it changes first, so a replayed
 * request would only meet a version conflict): `workers` loops run the operation for `seconds`.
 */
export async function runUnderLoad(
  run: (worker: number) => Promise<void>,
  workers: number,
  seconds: number,
): Promise<Throughput> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < until) {
        try {
          await run(worker);
          done++;
        } catch {
          failures++;
        }
      }
    }),
  );
  return { operationsPerSecond: done / ((performance.now() - started) / 1000), failures };
}

/** A process and its descendants (e.g. gateway workers), as far as they are running. */
export function processTree(pid: number): number[] {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return statFields(Number(entry))[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** /proc/<pid>/stat after the process's name (which may hold spaces): state, ppid, … (proc(5), from field 3 on). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ, fixed by its interface to programs). */
const MS_PER_CLOCK_TICK = 10;

/** CPU time (user and system) a process and its running descendants have used so far, in milliseconds. */
export function processTreeCpuMs(pid: number): number {
  // utime and stime are fields 14 and 15 of proc(5), 11 and 12 after the name.
  return processTree(pid).reduce((sum, each) => {
    const fields = statFields(each);
    return sum + (Number(fields[11]) + Number(fields[12])) * MS_PER_CLOCK_TICK;
  }, 0);
}

/** Peak resident memory of a process and its child processes (e.g. gateway workers), each's peak added up, in MB. */
export function processTreePeakMemoryMb(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + peakMemoryMb(each), 0);
}

/** Peak resident memory of a process so far, in MB (Linux: VmHWM). */
export function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
