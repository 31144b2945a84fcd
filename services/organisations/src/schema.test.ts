import { readFileSync } from "node:fs";
import { printSubgraphSdl } from "@kinderschutz/subgraph-kit";
import { expect, it } from "vitest";
import { organisationsSubgraph } from "./schema.js";

it("matches the committed schema.graphql that composition reads (run `pnpm schema` after a change)", async () => {
  const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
  expect(await printSubgraphSdl(organisationsSubgraph)).toBe(committed);
});
