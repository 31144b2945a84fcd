import { openDatabase } from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { organisationsScenario } from "../e2e/scenarios/organisations.js";
import { startGraph } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";

let postgres: PostgresHandle;
beforeAll(async () => {
  postgres = await startPostgres({ databases: ["organisations", "migrations_check"] });
});
afterAll(() => postgres?.stop());

organisationsScenario("PostgreSQL", () => startGraph({ databaseUrls: { organisations: postgres.urlFor("organisations") }, demoData: true }));

describe("PostgreSQL migrations of the organisations subgraph", () => {
  it("build exactly the schema the entities describe (run `pnpm migration:create organisations` after a change)", async () => {
    const orm = await openDatabase({ ...organisationsSubgraph, service: "organisations", dataDir: ":memory:", databaseUrl: postgres.urlFor("migrations_check") });
    try {
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    } finally {
      await orm.close();
    }
  });
});
