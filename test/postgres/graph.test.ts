import { openDatabase, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetsSubgraph } from "../../services/budgets/src/schema.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { budgetsScenario } from "../e2e/scenarios/budgets.js";
import { networkStatisticsScenario } from "../e2e/scenarios/network-statistics.js";
import { networksScenario } from "../e2e/scenarios/networks.js";
import { organisationsScenario } from "../e2e/scenarios/organisations.js";
import { startGraph, subgraphDatabases } from "../support/graph.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";

const SUBGRAPHS: SubgraphDefinition[] = [organisationsSubgraph, networksSubgraph, budgetsSubgraph];

let postgres: PostgresHandle;
beforeAll(async () => {
  postgres = await startPostgres({ databases: SUBGRAPHS.flatMap((s) => [s.name, `${s.name}_migrations`]) });
});
afterAll(() => postgres?.stop());

// The scenarios run one after the other on the same databases, as the demo graph would on PostgreSQL.
const graphOnPostgres = () =>
  startGraph({
    databaseUrls: subgraphDatabases(postgres),
    demoData: true,
  });

organisationsScenario("PostgreSQL", graphOnPostgres);
networksScenario("PostgreSQL", graphOnPostgres);
networkStatisticsScenario("PostgreSQL", graphOnPostgres);
budgetsScenario("PostgreSQL", graphOnPostgres);

describe("PostgreSQL migrations", () => {
  for (const subgraph of SUBGRAPHS) {
    it(`build exactly the schema the ${subgraph.name} entities describe (else: pnpm migration:create ${subgraph.name})`, async () => {
      const orm = await openDatabase({
        ...subgraph,
        service: subgraph.name,
        dataDir: ":memory:",
        databaseUrl: postgres.urlFor(`${subgraph.name}_migrations`),
      });
      try {
        expect(await orm.migrator.checkSchema()).toBe(false);
      } finally {
        await orm.close();
      }
    });
  }
});
