import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateInto, SUBGRAPH_NAMES } from "../../test/support/graph.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type Scale = "mv" | "germany";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the generated data depends on: the built services, kit and demo data. Changed code means new data. */
function codeVersion(): string {
  const hash = createHash("sha256");
  const dirs = [
    ...["subgraph-kit", "demo-data"].map((name) => path.join(ROOT, "packages", name, "dist")),
    ...SUBGRAPH_NAMES.map((name) => path.join(ROOT, "services", name, "dist")),
  ];
  for (const file of dirs.flatMap(filesUnder).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * The SQLite files of a scale under bench/.data/<scale>/, made with `generate <scale>` once and kept while the
 * code that made them is unchanged (the germany scale takes minutes to make).
 */
export async function benchData(scale: Scale, regenerate: boolean, log: (line: string) => void): Promise<string> {
  const dataDir = path.join(ROOT, "bench", ".data", scale);
  const marker = path.join(dataDir, "generated-by.txt");
  const version = codeVersion();
  if (!regenerate && existsSync(marker) && readFileSync(marker, "utf8") === version) {
    log(`${scale}: data from an earlier run (${dataDir})`);
    return dataDir;
  }
  mkdirSync(dataDir, { recursive: true });
  log(`${scale}: generating the data (${dataDir})`);
  const started = performance.now();
  await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      generateInto(name, { DATA_DIR: dataDir }, [scale, "--fresh"], (line) => log(`  ${line}`)),
    ),
  );
  log(`${scale}: generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(marker, version);
  return dataDir;
}
