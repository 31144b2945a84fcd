// `pnpm bench`: the operations people run (test/support/workload.ts), measured at the demo's size (mv) and at
// Germany's (germany), each (a) through our gateway, (b) through The Guild's Hive Gateway over the same subgraphs
// and supergraph, and (c) as the subgraph requests a gateway makes for it, sent to the subgraphs directly: the
// floor. Prints a table and writes it into docs/performance.md. Never part of `pnpm test`: it takes minutes and
// its figures depend on the machine.
//
//   pnpm bench [--scales mv,germany] [--samples 30] [--seconds 10] [--connections 8] [--operations a,b]
//              [--gateway-workers 1] [--regenerate] [--no-write]
import { freemem, totalmem } from "node:os";
import { parseArgs } from "node:util";
import {
  freePort,
  startGraph,
  startProcess,
  SUBGRAPH_NAMES,
  type RunningGraph,
  type SubgraphName,
} from "../test/support/graph.js";
import {
  findWorkloadTarget,
  WORKLOAD,
  type Send,
  type WorkloadOperation,
  type WorkloadRole,
  type WorkloadTarget,
} from "../test/support/workload.js";
import { urlSetting } from "../gateway/src/subgraphs.js";
import { benchData, type Scale } from "./src/data.js";
import { startBenchIdentity, type BenchIdentity } from "./src/identity.js";
import {
  latencyInTurns,
  peakMemoryMb,
  processTreeCpuMs,
  processTreePeakMemoryMb,
  replayUnderLoad,
  runUnderLoad,
  sequentialLatency,
  timed,
  type HttpRequest,
  type Latency,
  type Throughput,
} from "./src/measure.js";
import { startHiveGateway } from "./src/peer.js";
import { SubgraphRecorder, type SubgraphRequest } from "./src/recorder.js";
import { printReport, writeReport, type BenchResult, type ListMeasured, type Measured } from "./src/report.js";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "mv,germany" },
    samples: { type: "string", default: "30" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    "gateway-workers": { type: "string", default: "1" },
    operations: { type: "string" },
    regenerate: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const scales = values.scales.split(",") as Scale[];
if (scales.some((s) => s !== "mv" && s !== "germany")) throw new Error("--scales: mv, germany or both (mv,germany)");
const settings = {
  samples: Number(values.samples),
  seconds: Number(values.seconds),
  connections: Number(values.connections),
  gatewayWorkers: values["gateway-workers"],
};
const log = (line: string) => process.stderr.write(`${line}\n`);
const chosen = values.operations?.split(",");
const unknownOperations = chosen?.filter((name) => !WORKLOAD.some((o) => o.name === name)) ?? [];
if (unknownOperations.length)
  throw new Error(
    `--operations: no operation ${unknownOperations.join(", ")} (there are ${WORKLOAD.map((o) => o.name).join(", ")})`,
  );

/** Which states the operations work on: the demo state at both sizes (to compare), and the largest one at Germany's. */
const STATES: Record<Scale, { key: string; label: string }[]> = {
  mv: [{ key: "13", label: "MV" }],
  germany: [
    { key: "13", label: "MV" },
    { key: "05", label: "NRW" },
  ],
};

interface Caller {
  send: Send;
  /** The HTTP requests `send` made, to replay them under load. */
  sent: HttpRequest[];
}

function caller(url: string, bearer: string): Caller {
  const sent: HttpRequest[] = [];
  const headers = { "content-type": "application/json", authorization: `Bearer ${bearer}` };
  return {
    sent,
    async send(request) {
      const body = JSON.stringify(request);
      sent.push({ url, headers, body });
      const answer = (await (await fetch(url, { method: "POST", headers, body })).json()) as {
        data?: unknown;
        errors?: unknown[];
      };
      if (answer.errors?.length) throw new Error(`${url}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
      return answer.data;
    },
  };
}

async function sendDirectly(requests: readonly SubgraphRequest[]): Promise<void> {
  for (const r of requests) {
    const answer = (await (await fetch(r.url, { method: "POST", headers: r.headers, body: r.body })).json()) as {
      errors?: unknown[];
    };
    if (answer.errors?.length) throw new Error(`${r.subgraph}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  }
}

async function statements(graph: RunningGraph): Promise<Record<SubgraphName, number>> {
  const counts = await Promise.all(SUBGRAPH_NAMES.map((name) => graph.sqlStatements(name)));
  return Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, counts[i]!])) as Record<SubgraphName, number>;
}

async function measureScale(scale: Scale, identity: BenchIdentity): Promise<BenchResult["scales"][number]> {
  const dataDir = await benchData(scale, values.regenerate, log);
  const token = identity.token;
  const graph = await startGraph({
    dataDir,
    demoData: false,
    env: { ...identity.env, LOG_LEVEL: "warn" },
    gatewayEnv: { RATE_LIMIT_MAX: "0", GATEWAY_WORKERS: settings.gatewayWorkers },
  });
  let hive = await startHiveGateway(graph.subgraphUrls, dataDir).catch(async (error) => {
    await graph.stop();
    throw error;
  });
  // The peer may fail under load (it ran out of memory once at Germany's size): its figures for that operation are
  // then reported as failed, and a fresh one takes over for the next.
  const peer: Peer = {
    url: () => hive.url,
    pid: () => hive.process.pid,
    async replaceAfter(error) {
      const output = hive.process.output();
      const reason = /heap out of memory|OOMErrorHandler/.test(output)
        ? "ran out of memory"
        : String(error instanceof Error ? error.message : error)
            .split("\n")[0]!
            .slice(0, 200);
      log(`  Hive Gateway failed (${reason}); starting it again`);
      await hive.process.stop().catch(() => undefined);
      hive = await startHiveGateway(graph.subgraphUrls, dataDir);
      return `Hive Gateway failed: ${reason}`;
    },
  };
  const recorder = await SubgraphRecorder.start(graph.subgraphUrls);
  const recordingPort = await freePort();
  const recordingGateway = await startProcess(
    "recording-gateway",
    "gateway",
    ["dist/main.js"],
    {
      ...identity.env,
      LOG_LEVEL: "warn",
      PORT: String(recordingPort),
      RATE_LIMIT_MAX: "0",
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlSetting(name), recorder.urls[name]!])),
    },
    `http://127.0.0.1:${recordingPort}/health`,
  );
  const recordingUrl = `http://127.0.0.1:${recordingPort}/graphql`;
  const measured: Measured[] = [];
  try {
    for (const state of STATES[scale]) {
      const stateOffice = await token("state-office");
      const target = await findWorkloadTarget(caller(graph.gatewayUrl, stateOffice).send, state.key);
      const tokens: Record<WorkloadRole, string> = {
        "state-office": stateOffice,
        "youth-office": await token("youth-office", target.districtKey),
        analyst: await token("analyst"),
      };
      // At the second state only what differs by state: the overview, the search and the statistics.
      const operations = (
        state === STATES[scale][0]
          ? WORKLOAD
          : WORKLOAD.filter((o) => ["statewideOverview", "organisationSearch", "statistics"].includes(o.name))
      ).filter((o) => !chosen || chosen.includes(o.name));
      for (const operation of operations) {
        log(`${scale} · ${state.label} · ${operation.name}`);
        measured.push({
          ...(await measureOperation(operation, target, tokens[operation.role], graph, peer, recorder, recordingUrl)),
          state: state.label,
        });
      }
    }
    log(`${scale} · list of ${LIST_ROWS} organisations at the organisations subgraph`);
    const list = await measureList(graph, await token("state-office"));
    const memory: Record<string, number> = {
      // With several workers: the primary and its workers together.
      gateway: processTreePeakMemoryMb(graph.service("gateway").pid),
      "hive-gateway": peakMemoryMb(hive.process.pid),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, peakMemoryMb(graph.service(name).pid)])),
    };
    return { scale, operations: measured, list, memory };
  } catch (error) {
    // What the processes said last, to see which one failed and why.
    for (const name of [...SUBGRAPH_NAMES, "gateway"] as const)
      log(`--- ${name}:\n${graph.service(name).output().split("\n").slice(-15).join("\n")}`);
    log(`--- hive-gateway:\n${hive.process.output().split("\n").slice(-15).join("\n")}`);
    throw error;
  } finally {
    await recordingGateway.stop();
    await recorder.stop();
    await hive.process.stop();
    await graph.stop();
  }
}

interface Peer {
  url(): string;
  /** The running peer's process. */
  pid(): number;
  /** Starts a fresh peer after `error`; answers what to report. */
  replaceAfter(error: unknown): Promise<string>;
}

const NOT_MEASURED: Latency = { p50: Number.NaN, p95: Number.NaN };

/** Runs of an operation through our gateway whose SQL statements are counted (and averaged). */
const SQL_RUNS = 3;

/**
 * Our gateway and the peer under the same load in the order a, b, b, a, each for half the time, their halves
 * averaged: whatever drifts during a run (the operating system's file cache warming to the data, a database
 * growing under the edits) falls on both alike instead of on whichever runs second. Each gateway's CPU time during
 * its halves, per operation served, tells how much of the shared cores it needs for the same work.
 */
async function sideBySide(
  ours: (seconds: number) => Promise<Throughput>,
  peer: (seconds: number) => Promise<Throughput | undefined>,
  pids: { ours: number; peer: () => number },
): Promise<{ ours: Throughput; peer: Throughput | undefined }> {
  const half = settings.seconds / 2;
  const oursFirst = await costed(pids.ours, () => ours(half), half);
  const peerFirst = await costed(pids.peer(), () => peer(half), half);
  const peerSecond = peerFirst && (await costed(pids.peer(), () => peer(half), half));
  const oursSecond = await costed(pids.ours, () => ours(half), half);
  return { ours: averaged(oursFirst!, oursSecond!), peer: peerFirst && peerSecond && averaged(peerFirst, peerSecond) };
}

interface Costed extends Throughput {
  cpuMs: number;
  operations: number;
}

async function costed(
  pid: number,
  measure: () => Promise<Throughput | undefined>,
  seconds: number,
): Promise<Costed | undefined> {
  const before = processTreeCpuMs(pid);
  const throughput = await measure();
  // Undefined when the peer failed meanwhile (its process is gone).
  if (!throughput) return undefined;
  return { ...throughput, cpuMs: processTreeCpuMs(pid) - before, operations: throughput.operationsPerSecond * seconds };
}

function averaged(first: Costed, second: Costed): Throughput {
  return {
    operationsPerSecond: (first.operationsPerSecond + second.operationsPerSecond) / 2,
    failures: first.failures + second.failures,
    // None when no operation completed in either half (a gateway too slow for the load's duration).
    cpuMsPerOperation:
      first.operations + second.operations > 0
        ? (first.cpuMs + second.cpuMs) / (first.operations + second.operations)
        : undefined,
  };
}

async function measureOperation(
  operation: WorkloadOperation,
  target: WorkloadTarget,
  bearer: string,
  graph: RunningGraph,
  hive: Peer,
  recorder: SubgraphRecorder,
  recordingUrl: string,
): Promise<Omit<Measured, "state">> {
  const ours = caller(graph.gatewayUrl, bearer);
  let peerFailure: string | undefined;
  const measurePeer = async <T>(measure: (peer: Caller) => Promise<T>, failed: T): Promise<T> => {
    if (peerFailure) return failed;
    try {
      return await measure(caller(hive.url(), bearer));
    } catch (error) {
      peerFailure = await hive.replaceAfter(error);
      return failed;
    }
  };
  // What one run sends: to a gateway, and from the gateway to the subgraphs.
  const recording = caller(recordingUrl, bearer);
  const subgraphRequests = await recorder.record(() => operation.run(recording.send, target));
  const gatewayRequests = recording.sent;

  // Statements of our gateway's runs alone: the peer's and the floor's runs reach the same subgraphs.
  const before = await statements(graph);
  for (let i = 0; i < SQL_RUNS; i++) await operation.run(ours.send, target);
  const after = await statements(graph);
  const sql = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, Math.round((after[name] - before[name]) / SQL_RUNS)]),
  ) as Record<SubgraphName, number>;

  const peer = peerFailure ? undefined : caller(hive.url(), bearer);
  const measured = await latencyInTurns(
    {
      ours: timed(() => operation.run(ours.send, target)),
      peer: peer && timed(() => operation.run(peer.send, target)),
      // A change cannot be sent twice as it was (the second meets a version conflict): for writes, the floor is
      // the time the subgraphs took for their part of a run through the recording gateway.
      direct: operation.writes
        ? async () =>
            (await recorder.record(() => operation.run(recording.send, target))).reduce((sum, r) => sum + r.ms, 0)
        : timed(() => sendDirectly(subgraphRequests)),
    },
    settings.samples,
    3,
    async (variant, error) => {
      if (variant !== "peer") throw error;
      peerFailure = await hive.replaceAfter(error);
    },
  );
  const latency: Record<"ours" | "peer" | "direct", Latency> = {
    ours: measured.ours!,
    peer: measured.peer ?? NOT_MEASURED,
    direct: measured.direct!,
  };

  let throughput: Record<"ours" | "peer" | "direct", Throughput | undefined>;
  const { connections, seconds } = settings;
  const gatewayPids = { ours: graph.service("gateway").pid, peer: () => hive.pid() };
  if (!operation.writes) {
    const to = (url: string) => gatewayRequests.map((r) => ({ ...r, url }));
    const bySubgraph = SUBGRAPH_NAMES.map((name) => subgraphRequests.filter((r) => r.subgraph === name)).filter(
      (rs) => rs.length > 0,
    );
    const direct: Throughput[] = [];
    for (const requests of bySubgraph) direct.push(await replayUnderLoad(requests, connections, seconds));
    throughput = {
      ...(await sideBySide(
        (time) => replayUnderLoad(to(graph.gatewayUrl), connections, time),
        (time) =>
          measurePeer<Throughput | undefined>(() => replayUnderLoad(to(hive.url()), connections, time), undefined),
        gatewayPids,
      )),
      // The subgraph that serves its part most slowly bounds the operation.
      direct: direct.reduce((slowest, t) => (t.operationsPerSecond < slowest.operationsPerSecond ? t : slowest)),
    };
  } else {
    // Each parallel round edits an organisation of its own: rounds on the same one would only meet conflicts.
    const own = (worker: number) => ({
      ...target,
      organisationId: target.editableOrganisationIds[(worker % (target.editableOrganisationIds.length - 1)) + 1]!,
    });
    throughput = {
      ...(await sideBySide(
        (time) => runUnderLoad((w) => operation.run(ours.send, own(w)), connections, time),
        (time) =>
          measurePeer<Throughput | undefined>(
            (peer) => runUnderLoad((w) => operation.run(peer.send, own(w)), connections, time),
            undefined,
          ),
        gatewayPids,
      )),
      direct: undefined,
    };
  }
  return {
    operation: operation.name,
    description: operation.description,
    requests: gatewayRequests.length,
    subgraphRequests: subgraphRequests.length,
    latency,
    throughput,
    sql,
    peerFailure,
  };
}

/** How many rows the list target is about. */
const LIST_ROWS = 2_000;

/**
 * A long list at one subgraph, as a gateway asks for it: the organisations subgraph resolving 2,000 organisations
 * in one `_entities` request (what the statewide overview of a large state needs for its members' sectors).
 */
async function measureList(graph: RunningGraph, stateOffice: string): Promise<ListMeasured> {
  const ids: string[] = [];
  let after: string | null = null;
  const gateway = caller(graph.gatewayUrl, stateOffice);
  while (ids.length < LIST_ROWS) {
    const { organisations } = await gateway.send({
      query:
        "query ($after: String) { organisations(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }",
      variables: { after },
    });
    ids.push(...organisations.nodes.map((o: { id: string }) => o.id));
    if (!organisations.pageInfo.hasNextPage) break;
    after = organisations.pageInfo.endCursor;
  }
  const rows = ids.slice(0, LIST_ROWS);
  const request: SubgraphRequest = {
    subgraph: "organisations",
    url: graph.subgraphUrls.organisations,
    headers: { "content-type": "application/json", authorization: `Bearer ${stateOffice}` },
    body: JSON.stringify({
      query:
        "query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { id name kind sector city districtKey status } } }",
      variables: { representations: rows.map((id) => ({ __typename: "Organisation", id })) },
    }),
    ms: 0,
  };
  const latency = await sequentialLatency(() => sendDirectly([request]), settings.samples);
  const throughput = await replayUnderLoad([request], settings.connections, settings.seconds);
  return { rows: rows.length, latency, throughput };
}

const started = new Date();
const result: BenchResult = {
  startedAt: started.toISOString(),
  settings,
  machine: { freeMemoryMb: Math.round(freemem() / 2 ** 20), totalMemoryMb: Math.round(totalmem() / 2 ** 20) },
  scales: [],
};
const identity = await startBenchIdentity();
try {
  for (const scale of scales) result.scales.push(await measureScale(scale, identity));
} finally {
  await identity.stop();
}
printReport(result);
if (!values["no-write"]) log(`written to ${writeReport(result)}`);
