import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SUBGRAPH_NAMES, startGraph, token } from "../support/graph.js";

const dataDir = mkdtempSync(path.join(tmpdir(), "kinderschutz-restart-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("starting and stopping the graph", () => {
  it("stops every process cleanly on SIGTERM and finds its data again on the next start", async () => {
    const stateOffice = await token("state-office");
    const first = await startGraph({ dataDir });
    const school = (
      await first.gql(
        stateOffice,
        `{ organisations(filter: { kind: SCHOOL, regionKey: "13073" }, first: 1) { nodes { id version } } }`,
      )
    ).data.organisations.nodes[0];
    const changed = await first.gql(
      stateOffice,
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { city: "Putbus (nach Neustart)" }) { city version } }`,
      { id: school.id, v: school.version },
    );
    expect(changed.errors).toBeUndefined();
    const exits = await first.stop();
    expect(exits.map((e) => e.name).sort()).toEqual([...SUBGRAPH_NAMES, "gateway"].sort());
    expect(exits.every((e) => e.code === 0 && !e.killed)).toBe(true);

    const second = await startGraph({ dataDir });
    try {
      const again = await second.gql(stateOffice, `query($id: ID!) { organisation(id: $id) { city version } }`, {
        id: school.id,
      });
      expect(again.data.organisation).toEqual({ city: "Putbus (nach Neustart)", version: school.version + 1 });
    } finally {
      await second.stop();
    }
  });
});
