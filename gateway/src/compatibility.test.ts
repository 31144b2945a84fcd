import { describe, expect, it } from "vitest";
import {
  describeChange,
  readAnnouncements,
  readPublishedSchema,
  unannouncedBreakingChanges,
  schemaChanges,
} from "./compatibility.js";
import { compose } from "./supergraph.js";

const published = `
type Query { organisations(first: Int): [Organisation!]! network(id: ID!): Network }
type Organisation { id: ID! name: String! email: String }
type Network { id: ID! kind: NetworkKind! }
enum NetworkKind { EARLY_HELP CHILD_PROTECTION }
`;

describe("schema compatibility", () => {
  it("lets no unannounced breaking change of the public schema through (announce it in schema-announcements.json)", async () => {
    const unannounced = await unannouncedBreakingChanges(
      readPublishedSchema(),
      compose().apiSchema,
      readAnnouncements(),
    );
    expect(unannounced.map(describeChange)).toEqual([]);
  });

  it("reports removed fields, removed enum values and new required arguments as breaking, each at its path", async () => {
    const changed = published
      .replace(" email: String", "")
      .replace("EARLY_HELP CHILD_PROTECTION", "EARLY_HELP")
      .replace("organisations(first: Int)", "organisations(first: Int, year: Int!)");
    const breaking = await unannouncedBreakingChanges(published, changed, []);
    expect(breaking.map((c) => c.path).sort()).toEqual([
      "NetworkKind.CHILD_PROTECTION",
      "Organisation.email",
      "Query.organisations.year",
    ]);
  });

  it("reports a removed root operation type as breaking at schema.<operation>, so that it can be announced", async () => {
    const withSubscriptions = `${published}\ntype Subscription { name: String }`;
    const breaking = await unannouncedBreakingChanges(withSubscriptions, published, []);
    expect(breaking.map(describeChange)).toContainEqual(expect.stringMatching(/^BREAKING +schema\.subscription: /));
    const announcements = ["schema.subscription", "Subscription"].map((path) => ({
      path,
      reason: "no subscriptions",
      announcedOn: "2026-12-07",
    }));
    expect(await unannouncedBreakingChanges(withSubscriptions, published, announcements)).toEqual([]);
  });

  it("lets an announced breaking change and any additive change through", async () => {
    const changed = published.replace(" email: String", " website: String");
    const announcement = { path: "Organisation.email", reason: "moved to contacts", announcedOn: "2026-11-01" };
    expect(await unannouncedBreakingChanges(published, changed, [announcement])).toEqual([]);
    expect((await schemaChanges(published, changed)).map((c) => c.path)).toContain("Organisation.website");
  });
});
