// `pnpm generate <mv | germany> [--states 01,05] [--density 0.1..1] [--fresh]`: fills every service's database
// with the demo data (mv) or the demo data and the rest of Germany (germany), each service in a process of its own
// (`node dist/main.js generate ...`), side by side. Each service reads its database settings as it does when it
// serves: DATA_DIR (its SQLite file, relative to services/<name>/), or a PostgreSQL database given here as
// <NAME>_DATABASE_URL (e.g. BUDGETS_DATABASE_URL), passed to it as DATABASE_URL.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { printPrefixed } from "./lib/prefixed-output.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { SUBGRAPHS } = await import("../gateway/dist/subgraphs.js");
const args = process.argv.slice(2);
const started = Date.now();

const results = await Promise.all(
  SUBGRAPHS.map(({ name }) => {
    const databaseUrl = process.env[`${name.toUpperCase()}_DATABASE_URL`];
    const env = { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    const child = spawn(process.execPath, ["dist/main.js", "generate", ...args], {
      cwd: `${root}/services/${name}`,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    printPrefixed(name, child);
    return new Promise((resolve) => child.once("exit", (code) => resolve({ name, code })));
  }),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`Not generated: ${failed.join(", ")} (see above). The others were.`);
  process.exit(1);
}
console.log(
  `All databases filled in ${((Date.now() - started) / 1000).toFixed(0)} s. Start the graph with: node scripts/start.mjs (or pnpm start)`,
);
