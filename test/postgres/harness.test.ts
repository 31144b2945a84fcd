import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "../support/postgres.js";

describe("postgres test harness", () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  let startMs = 0;

  beforeAll(async () => {
    const t0 = performance.now();
    server = await startPostgres({ databases: ["harness_a", "harness_b"] });
    startMs = performance.now() - t0;
  });

  afterAll(async () => {
    const t0 = performance.now();
    await server?.stop();
    const stopMs = performance.now() - t0;
    if (process.env.PG_HARNESS_TIMINGS)
      console.log(`[harness] start ${startMs.toFixed(0)} ms, stop ${stopMs.toFixed(0)} ms`);
  });

  it("serves the requested databases", async () => {
    for (const name of ["harness_a", "harness_b"]) {
      const url = server.urlFor(name);
      expect(url).toMatch(/^postgres:\/\//);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ version: string; db: string }>(
          "select version() as version, current_database() as db",
        );
        expect(rows[0]?.version).toContain("PostgreSQL");
        expect(rows[0]?.db).toMatch(new RegExp(`^${name}`));
      } finally {
        await client.end();
      }
    }
  });

  it("rejects databases that were not requested", () => {
    expect(() => server.urlFor("nope")).toThrow(/not requested/);
  });
});
