// `pnpm backup:sqlite <target-folder> [service...]`: copies each service's embedded SQLite database
// (`<DATA_DIR>/<service>.db`) into `<target-folder>/<service>.db` while the graph runs. Each copy is made with
// SQLite's `VACUUM INTO` (packages/subgraph-kit/src/backup.ts): one consistent moment of that database, taken
// through SQLite's locks. The services are copied one after the other, so the copies are not of one moment
// together; references between subgraphs are ids that stay valid, so that is fine.
//
// DATA_DIR is read as the services read it. A relative DATA_DIR (and the default `data`) is taken from each
// service's folder, services/<service>/, which is where `pnpm start` runs it.
//
// Restore: stop the service, put `<service>.db` back into its DATA_DIR (remove a `<service>.db-journal` left
// there), start the service. See docs/operations.md.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The kit's backup module alone: the whole kit would load the GraphQL server for nothing.
import { backupEmbeddedDatabase } from "../packages/subgraph-kit/src/backup.ts";
import { SUBGRAPHS } from "../gateway/src/subgraphs.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const names = SUBGRAPHS.map((s) => s.name as string);
const [target, ...chosen] = process.argv.slice(2);
const unknown = chosen.filter((s) => !names.includes(s));
if (!target || target.startsWith("-") || unknown.length) {
  if (unknown.length) console.error(`unknown service ${unknown.join(", ")}`);
  console.error(`usage: pnpm backup:sqlite <target-folder> [${names.join(" | ")} ...]`);
  process.exit(2);
}
// pnpm runs scripts in the repository's root; a relative target means the folder the command was typed in.
const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
mkdirSync(folder, { recursive: true });

let failed = false;
for (const service of chosen.length ? chosen : names) {
  const source = path.resolve(root, "services", service, process.env.DATA_DIR || "data", `${service}.db`);
  const copy = path.join(folder, `${service}.db`);
  const started = performance.now();
  try {
    await backupEmbeddedDatabase(source, copy);
    console.log(`${service}: ${source} → ${copy} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed = true;
    console.error(`${service}: no backup: ${(error as Error).message}`);
  }
}
if (failed) {
  console.error(
    "Some databases were not copied (a service on PostgreSQL is backed up with pg_dump: docs/operations.md).",
  );
  process.exit(1);
}
