import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import {
  compose,
  composeSupergraph,
  readCommittedApiSchema,
  readCommittedSupergraph,
  readSubgraphSdls,
} from "./supergraph.js";

describe("the supergraph", () => {
  it("composes from the subgraphs' committed SDL and matches the committed supergraph.graphql (run `pnpm schema`)", () => {
    expect(composeSupergraph()).toBe(readCommittedSupergraph());
  });

  it("matches the committed public schema.graphql that the admin interface is built against (run `pnpm schema`)", () => {
    const { apiSchema } = compose();
    expect(apiSchema).toBe(readCommittedApiSchema());
    expect(apiSchema).not.toMatch(/join__|@link/);
  });

  // A type named Subscription in any subgraph becomes the subscription root by GraphQL's naming convention, and
  // the graph has no subscriptions: the gateway could not run one.
  it("declares no subscription root, in the supergraph or in any subgraph", () => {
    const { supergraphSdl, apiSchema } = compose();
    expect(buildSchema(apiSchema).getSubscriptionType()).toBeUndefined();
    expect(supergraphSdl).not.toMatch(/^\s*subscription:/m);
    for (const { name, sdl } of readSubgraphSdls())
      expect(sdl, name).not.toMatch(/^(?:extend )?type Subscription\b|^\s*subscription:/m);
  });

  it("fails to compose with every reason when subgraphs disagree", () => {
    const [organisations] = readSubgraphSdls();
    const clash = {
      name: "clash",
      url: "http://127.0.0.1:1/graphql",
      sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Region @key(fields: "key") { key: Int! }`,
    };
    expect(() => composeSupergraph([organisations!, clash])).toThrow(/do not compose/);
  });
});
