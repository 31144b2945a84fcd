// `pnpm migration:create <service>`: writes the PostgreSQL migration that brings the service's migrated schema
// up to its entities, against a throw-away PostgreSQL server (or TEST_DATABASE_URL), and lists it in the
// service's migrations/index.ts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { startPostgres } from "../test/support/postgres.js";

const service = process.argv[2];
if (!service || !/^[a-z]+$/.test(service)) {
  console.error("usage: pnpm migration:create <service>   (e.g. organisations)");
  process.exit(2);
}
const folder = fileURLToPath(new URL(`../services/${service}/src/migrations/`, import.meta.url));
const module = (await import(`../services/${service}/src/schema.ts`)) as Record<string, unknown>;
const definition = Object.values(module).find(
  (v): v is SubgraphDefinition => !!v && typeof v === "object" && "entities" in v,
);
if (!definition) throw new Error(`services/${service}/src/schema.ts exports no subgraph definition`);

const postgres = await startPostgres({ databases: ["migration"] });
try {
  const orm = await openDatabase({
    ...definition,
    service,
    dataDir: ":memory:",
    databaseUrl: postgres.urlFor("migration"),
  });
  const result = await orm.migrator.create(folder);
  await orm.close();
  if (!result.fileName) {
    console.error(`${service}: the migrations already match the entities; nothing written.`);
  } else {
    const file = `${folder}/${result.fileName}`;
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("from '@mikro-orm/migrations'", 'from "@kinderschutz/subgraph-kit"'),
    );
    const names = readdirSync(folder)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .sort()
      .map((f) => f.replace(/\.ts$/, ""));
    writeFileSync(
      `${folder}/index.ts`,
      [
        'import type { MigrationObject } from "@mikro-orm/core";',
        ...names.map((n) => `import { ${n} } from "./${n}.js";`),
        "",
        `/** PostgreSQL migrations, oldest first (written by \`pnpm migration:create ${service}\`). */`,
        "export const migrations: MigrationObject[] = [",
        ...names.map((n) => `  { name: "${n}", class: ${n} },`),
        "];",
        "",
      ].join("\n"),
    );
    console.error(`${service}: wrote ${result.fileName}`);
  }
} finally {
  await postgres.stop();
}
