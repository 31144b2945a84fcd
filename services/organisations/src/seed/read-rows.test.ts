import { createTestSubgraph, readRowsMismatches } from "@kinderschutz/subgraph-kit/testing";
import { expect, it } from "vitest";
import { entities, organisationsSubgraph } from "../schema.js";

// Lists and references are served from read-only rows (the kit's readRows): they must hold what entities hold.
it("reads every entity of the demo data as read-only rows exactly as em.find loads it", async () => {
  const subgraph = await createTestSubgraph(organisationsSubgraph, { demoData: true });
  try {
    expect(await readRowsMismatches(subgraph.orm, entities)).toEqual([]);
  } finally {
    await subgraph.close();
  }
});
