import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startProcess, type ExtraProcess } from "../../test/support/graph.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface PeerGateway {
  url: string;
  process: ExtraProcess;
}

/**
 * The Guild's Hive Gateway over the same subgraphs and the same supergraph as ours (the committed
 * gateway/supergraph.graphql, pointed at this run's subgraphs), with its default settings; only the caller's token
 * and request id are passed on to the subgraphs, as our gateway does, since the subgraphs check every caller.
 */
export async function startHiveGateway(subgraphUrls: Record<string, string>, workDir: string): Promise<PeerGateway> {
  let supergraph = readFileSync(path.join(ROOT, "gateway", "supergraph.graphql"), "utf8");
  for (const [name, url] of Object.entries(subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+`), `$1${url}`);
  }
  const supergraphFile = path.join(workDir, "supergraph.graphql");
  writeFileSync(supergraphFile, supergraph);
  const bin = path.join(
    path.dirname(createRequire(import.meta.url).resolve("@graphql-hive/gateway/package.json")),
    "dist",
    "bin.js",
  );
  const port = await freePort();
  const process = await startProcess(
    "hive-gateway",
    "bench",
    [
      bin,
      "supergraph",
      supergraphFile,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--config-path",
      path.join(ROOT, "bench", "hive-gateway.config.mjs"),
    ],
    { NODE_ENV: "production" },
    `http://127.0.0.1:${port}/readiness`,
  );
  return { url: `http://127.0.0.1:${port}/graphql`, process };
}
