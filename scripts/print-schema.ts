// `pnpm schema`: writes each subgraph's SDL to services/<name>/schema.graphql (what composition reads); the
// gateway's compose step then writes the supergraph. Both files are committed and checked by tests.
import { writeFileSync } from "node:fs";
import { printSubgraphSdl, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { SUBGRAPHS } from "../gateway/src/subgraphs.ts";

for (const { name: service } of SUBGRAPHS) {
  const module = (await import(`../services/${service}/src/schema.ts`)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (v): v is SubgraphDefinition => !!v && typeof v === "object" && "entities" in v,
  );
  if (!definition) throw new Error(`services/${service}/src/schema.ts exports no subgraph definition`);
  const file = new URL(`../services/${service}/schema.graphql`, import.meta.url);
  writeFileSync(file, await printSubgraphSdl(definition));
  console.error(`wrote ${file.pathname}`);
}
