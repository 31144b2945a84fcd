// Every filter of the benchmarked operations has an index: the operations run against PostgreSQL with the generated
// data, every SELECT they send is explained with sequential scans disabled, and no plan may still read a table
// front to back to apply a filter (the planner falls back to that only when no index serves the condition; a
// table read whole because the query wants all of it is fine). On a small data set the planner would rightly
// prefer sequential scans, so the check asks what is possible, not what is cheapest today.
import { stripVTControlCharacters } from "node:util";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { gatewaySettings } from "../../gateway/src/config.js";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, parseConfig } from "../../packages/subgraph-kit/src/config.js";
import { budgetsSubgraph } from "../../services/budgets/src/schema.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { freePort, generateInto, SUBGRAPH_NAMES, token, type SubgraphName } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { findWorkloadTarget, WORKLOAD, type WorkloadRole } from "../support/workload.js";

const STATE = "01";
const DEFINITIONS: Record<SubgraphName, SubgraphDefinition> = {
  organisations: organisationsSubgraph,
  networks: networksSubgraph,
  budgets: budgetsSubgraph,
};

let postgres: PostgresHandle;
const stops: (() => Promise<unknown>)[] = [];
const statements: Record<SubgraphName, Set<string>> = {
  organisations: new Set(),
  networks: new Set(),
  budgets: new Set(),
};
let gatewayUrl: string;

/** The statement MikroORM logged, without its `[query]` prefix and its `[took …]` note. */
function statementOf(logged: string): string | undefined {
  const match = /^\[query\] (.*?)(?: \[took [^\]]*\])?$/s.exec(stripVTControlCharacters(logged).trim());
  return match ? numberedPlaceholders(match[1]!) : undefined;
}

/** MikroORM logs statements with `?` placeholders; PostgreSQL plans a statement with `$1, $2, …` for any value. */
function numberedPlaceholders(sql: string): string {
  let n = 0;
  // Quoted text and identifiers are kept as they are; a `?` outside them is a placeholder.
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (token) => (token === "?" ? `$${++n}` : token));
}

beforeAll(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED = "1";
  postgres = await startPostgres({ databases: [...SUBGRAPH_NAMES] });
  await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      generateInto(name, { DATABASE_URL: postgres.urlFor(name) }, ["germany", "--states", STATE, "--density", "0.1"]),
    ),
  );
  for (const name of SUBGRAPH_NAMES) {
    const client = new pg.Client({ connectionString: postgres.urlFor(name) });
    await client.connect();
    // For every connection the subgraph opens from now on.
    await client.query(
      `alter database "${(await client.query("select current_database() as db")).rows[0].db}" set enable_seqscan = off`,
    );
    await client.end();
  }
  const auth = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE } as const;
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const running: RunningSubgraph = await startSubgraph(
      DEFINITIONS[name],
      {
        databaseUrl: postgres.urlFor(name),
        dataDir: "unused",
        demoData: false,
        auth,
        production: false,
        // Started in order: each asks only subgraphs started before it (networks asks organisations, budgets networks).
        peerUrls: { ...urls },
        onQuery: (logged) => {
          const sql = statementOf(logged);
          if (sql && /^\s*(with|select)\b/i.test(sql)) statements[name].add(sql);
        },
      },
      { port: 0, host: "127.0.0.1" },
    );
    stops.push(() => running.stop());
    urls[name] = running.url;
  }
  const { startGateway } = await import("../../gateway/src/server.js");
  const { readCommittedSupergraph } = await import("../../gateway/src/supergraph.js");
  const config = parseConfig(gatewaySettings, {
    PORT: String(await freePort()),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    RATE_LIMIT_MAX: "0",
    ORGANISATIONS_URL: urls.organisations,
    NETWORKS_URL: urls.networks,
    BUDGETS_URL: urls.budgets,
  });
  const gateway = await startGateway(config, readCommittedSupergraph());
  stops.unshift(() => gateway.stop());
  gatewayUrl = gateway.url;
}, 240_000);

afterAll(async () => {
  for (const stop of stops) await stop();
  await postgres?.stop();
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** Sequential scans that filter: a condition no index serves. */
function filteringSeqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node.Filter ? [`${node["Relation Name"]}: ${node.Filter}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(filteringSeqScans)];
}

it("finds an index for every filter of the benchmarked operations", async () => {
  const send =
    (bearer: string, name: string) => async (request: { query: string; variables?: Record<string, unknown> }) => {
      const response = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify(request),
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect(answer.errors, `${name}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
      return answer.data;
    };
  const stateOffice = await token("state-office");
  const target = await findWorkloadTarget(send(stateOffice, "target"), STATE);
  const tokens: Record<WorkloadRole, string> = {
    "state-office": stateOffice,
    "youth-office": await token("youth-office", target.districtKey),
    analyst: await token("analyst"),
  };
  for (const name of SUBGRAPH_NAMES) statements[name].clear();
  for (const operation of WORKLOAD) await operation.run(send(tokens[operation.role], operation.name), target);

  const problems: string[] = [];
  let explained = 0;
  for (const name of SUBGRAPH_NAMES) {
    const client = new pg.Client({ connectionString: postgres.urlFor(name) });
    await client.connect();
    try {
      for (const sql of statements[name]) {
        // Statements logged with their placeholders ($1, …) are planned for any value (PostgreSQL 16+).
        const generic = /\$\d/.test(sql) ? "generic_plan, " : "";
        const { rows } = await client.query(
          `explain (${generic}format json) ${sql.replace(/\s+for (update|share)\b.*$/is, "")}`,
        );
        explained++;
        for (const scan of filteringSeqScans(rows[0]["QUERY PLAN"][0].Plan))
          problems.push(`${name}: ${scan}\n    in ${sql.slice(0, 300)}`);
      }
    } finally {
      await client.end();
    }
  }
  expect(explained).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
