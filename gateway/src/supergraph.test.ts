import { describe, expect, it } from "vitest";
import { composeSupergraph, readCommittedSupergraph, readSubgraphSdls } from "./supergraph.js";

describe("the supergraph", () => {
  it("composes from the subgraphs' committed SDL and matches the committed supergraph.graphql (run `pnpm schema`)", () => {
    expect(composeSupergraph()).toBe(readCommittedSupergraph());
  });

  it("fails to compose with every reason when subgraphs disagree", () => {
    const [organisations] = readSubgraphSdls();
    const clash = { name: "clash", url: "http://127.0.0.1:1/graphql", sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Region @key(fields: "key") { key: Int! }` };
    expect(() => composeSupergraph([organisations!, clash])).toThrow(/do not compose/);
  });
});
