/**
 * What the load test measures per operation: how often it ran, how it was answered (accepted, refused as the
 * domain expects, or failed, by `extensions.code`) and how long it took. Latencies go into Node's own HDR
 * histograms (perf_hooks), which give the percentiles.
 */
import { createHistogram, type RecordableHistogram } from "node:perf_hooks";

export interface Answer {
  /** HTTP status; 0 when no answer came (connection failed, client gave up). */
  status: number;
  /** `extensions.code` of every error in the answer (or a pseudo code for answers without GraphQL errors). */
  codes: string[];
  /** The first error message, kept for the failure report. */
  message?: string;
}

export interface OperationStats {
  operation: string;
  count: number;
  accepted: number;
  /** Refusals the domain expects under concurrency, by code. */
  refused: Map<string, number>;
  /** Everything else: these fail the test, by code. */
  failed: Map<string, number>;
  serverErrors: number;
  histogram: RecordableHistogram;
  /** A few failure messages, to say what went wrong without a debugger. */
  samples: string[];
}

const increment = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export class Recorder {
  readonly operations = new Map<string, OperationStats>();
  readonly overall: RecordableHistogram = createHistogram();
  readonly byRole = new Map<string, RecordableHistogram>();

  /** `expectedRefusal`: the errors are a correct answer under concurrency (e.g. CONFLICT on a stale version). */
  record(
    role: string,
    operation: string,
    latencyMs: number,
    answer: Answer,
    expectedRefusal = false,
  ): "accepted" | "refused" | "failed" {
    let stats = this.operations.get(operation);
    if (!stats) {
      stats = {
        operation,
        count: 0,
        accepted: 0,
        refused: new Map(),
        failed: new Map(),
        serverErrors: 0,
        histogram: createHistogram(),
        samples: [],
      };
      this.operations.set(operation, stats);
    }
    let roleHistogram = this.byRole.get(role);
    if (!roleHistogram) this.byRole.set(role, (roleHistogram = createHistogram()));
    // Microseconds: the histograms take whole numbers ≥ 1.
    const micros = Math.max(1, Math.round(latencyMs * 1000));
    for (const h of [stats.histogram, this.overall, roleHistogram]) h.record(micros);
    stats.count++;
    if (answer.status >= 500) stats.serverErrors++;

    if (answer.codes.length === 0 && answer.status === 200) {
      stats.accepted++;
      return "accepted";
    }
    const isExpected = expectedRefusal && answer.status < 500 && answer.codes.length > 0;
    for (const code of answer.codes.length ? answer.codes : [`HTTP_${answer.status}`])
      increment(isExpected ? stats.refused : stats.failed, code);
    if (!isExpected && stats.samples.length < 5)
      stats.samples.push(`HTTP ${answer.status} ${answer.codes.join(",")}: ${answer.message ?? ""}`.trim());
    return isExpected ? "refused" : "failed";
  }

  totals() {
    let count = 0;
    let serverErrors = 0;
    const failed = new Map<string, number>();
    for (const s of this.operations.values()) {
      count += s.count;
      serverErrors += s.serverErrors;
      for (const [code, n] of s.failed) failed.set(code, (failed.get(code) ?? 0) + n);
    }
    return { count, serverErrors, failed };
  }
}

const ms = (micros: number) => (micros / 1000).toFixed(micros < 10_000 ? 1 : 0);
const codes = (map: Map<string, number>) => [...map].map(([code, n]) => `${code}×${n}`).join(" ") || "–";

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i >= cells.length - 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The report printed at the end: one row per operation, then the totals and p95 overall and per role. */
export function formatReport(recorder: Recorder, seconds: number): string {
  const rows = [...recorder.operations.values()]
    .sort((a, b) => a.operation.localeCompare(b.operation))
    .map((s) => [
      s.operation,
      String(s.count),
      String(s.accepted),
      ms(s.histogram.percentile(50)),
      ms(s.histogram.percentile(95)),
      ms(s.histogram.percentile(99)),
      ms(s.histogram.max),
      codes(s.refused),
      codes(s.failed),
    ]);
  const { count } = recorder.totals();
  const h = recorder.overall;
  const roles = [...recorder.byRole].map(([role, rh]) => `${role} p95 ${ms(rh.percentile(95))} ms`).join(", ");
  return [
    table(["operation", "count", "ok", "p50 ms", "p95 ms", "p99 ms", "max ms", "refused (expected)", "errors"], rows),
    "",
    `${count} requests in ${seconds.toFixed(0)} s (${(count / seconds).toFixed(0)}/s); all requests: p50 ${ms(h.percentile(50))} ms, p95 ${ms(h.percentile(95))} ms, p99 ${ms(h.percentile(99))} ms, max ${ms(h.max)} ms`,
    roles,
  ].join("\n");
}
