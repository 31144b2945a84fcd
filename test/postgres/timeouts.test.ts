// PostgreSQL under pressure: a statement that waits too long is cancelled with a clear TIMEOUT (and the rest of
// the answer stands), and instances that start together on a fresh database migrate it once, one after the other.
import { openDatabase, type Database } from "@kinderschutz/subgraph-kit";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetsSubgraph } from "../../services/budgets/src/schema.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { startGraph, subgraphDatabases, token, type RunningGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";

const SUBGRAPHS = [organisationsSubgraph, networksSubgraph, budgetsSubgraph];

let postgres: PostgresHandle;
beforeAll(async () => {
  postgres = await startPostgres({ databases: [...SUBGRAPHS.map((s) => s.name), "race"] });
});
afterAll(() => postgres?.stop());

describe("statement timeout", () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({
      databaseUrls: subgraphDatabases(postgres),
      demoData: true,
      env: { DATABASE_STATEMENT_TIMEOUT_MS: "800" },
    });
  });
  afterAll(() => graph?.stop());

  it("cancels a statement that waits for a lock longer than DATABASE_STATEMENT_TIMEOUT_MS with TIMEOUT, the other subgraphs' fields answered", async () => {
    const stateOffice = await token("state-office");
    const query = `{ organisations(first: 1) { nodes { name } } networks(first: 1) { nodes { name } } }`;
    // Someone else (a long maintenance job, say) holds the table.
    const blocker = new pg.Client({ connectionString: postgres.urlFor("organisations") });
    await blocker.connect();
    try {
      await blocker.query("begin");
      await blocker.query("lock table organisation in access exclusive mode");
      const answer = await graph.gql(stateOffice, query);
      expect(answer.status).toBe(200);
      expect(answer.data?.organisations).toBeNull();
      expect(answer.data?.networks.nodes).toHaveLength(1);
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/database took too long.*try again/i),
          extensions: expect.objectContaining({ code: "TIMEOUT", subgraph: "organisations" }),
        }),
      ]);
    } finally {
      await blocker.query("rollback");
      await blocker.end();
    }
    const again = await graph.gql(stateOffice, query);
    expect(again.errors).toBeUndefined();
    expect(again.data?.organisations.nodes).toHaveLength(1);
  });
});

describe("migrations at start", () => {
  it("are applied once when several instances start together on a fresh database", async () => {
    const databaseUrl = postgres.urlFor("race");
    const opened = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openDatabase({ ...organisationsSubgraph, service: "organisations", dataDir: ":memory:", databaseUrl }),
      ),
    );
    const orms = opened
      .filter((o): o is PromiseFulfilledResult<Database> => o.status === "fulfilled")
      .map((o) => o.value);
    try {
      expect(opened.filter((o) => o.status === "rejected")).toEqual([]);
      const executed = await orms[0]!.migrator.getExecuted();
      expect(executed.map((m) => m.name)).toEqual(organisationsSubgraph.migrations.map((m) => m.name));
      expect(await orms[0]!.migrator.checkSchema()).toBe(false);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });
});
