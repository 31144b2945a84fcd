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
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return latencyOf(times);
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
}

/**
 * Bounded concurrent load with autocannon: `connections` clients each send the operation's requests in order, again
 * and again, for `seconds`. All requests go to one origin (a gateway, or one subgraph).
 */
export async function replayUnderLoad(requests: readonly HttpRequest[], connections: number, seconds: number): Promise<Throughput> {
  const origin = new URL(requests[0]!.url).origin;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({ method: "POST", path: new URL(r.url).pathname, headers: r.headers, body: r.body })),
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
export async function runUnderLoad(run: (worker: number) => Promise<void>, workers: number, seconds: number): Promise<Throughput> {
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

/** Peak resident memory of a process and its child processes (e.g. gateway workers), each's peak added up, in MB. */
export function processTreePeakMemoryMb(pid: number): number {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its ")".
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return peakMemoryMb(pid) + children.reduce((sum, child) => sum + processTreePeakMemoryMb(child), 0);
}

/** Peak resident memory of a process so far, in MB (Linux: VmHWM). */
export function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
