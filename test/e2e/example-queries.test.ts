import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";

// The example queries the explorer offers (docs/queries/*.graphql) must keep running against the graph.
const folder = fileURLToPath(new URL("../../docs/queries/", import.meta.url));
const examples = readdirSync(folder)
  .filter((file) => file.endsWith(".graphql"))
  .sort()
  .map((file) => ({ file, text: readFileSync(`${folder}${file}`, "utf8") }));

let graph: RunningGraph;
let analyst: string;

beforeAll(async () => {
  graph = await startGraph();
  analyst = await token("analyst");
});
afterAll(async () => {
  await graph?.stop();
});

describe("the example queries of docs/queries", () => {
  it("are there, each explained in its first line", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const { file, text } of examples) expect(text, file).toMatch(/^# \S.{10,}\n/);
  });

  it.each(examples.map((e) => [e.file, e.text] as const))(
    "%s runs for an analyst without errors and finds data",
    async (_file, text) => {
      const result = await graph.gql(analyst, text);
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      // Every example finds something in the demo data: an empty answer would teach nothing.
      expect(JSON.stringify(result.data)).toMatch(/"name":"[^"]+"|"totalCount":[1-9]|"deliveredDays":[1-9]/);
    },
  );
});
