import "reflect-metadata";
import {
  graphql,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "./caller.js";
import { actorStorage } from "./context.js";
import type { Database } from "./database.js";
import { loadMany, loadOne } from "./loading.js";
import { contextFor } from "./server.js";
import { Item, openTestDatabase, Part } from "./test-fixtures.js";

const stateOffice: Caller = { subject: "state-1", role: "STATE_OFFICE" };

let orm: Database;
let queries: string[];
let items: Item[];

beforeAll(async () => {
  ({ orm, queries } = await openTestDatabase());
  const em = orm.em.fork();
  items = Array.from({ length: 20 }, (_, i) => em.create(Item, { name: `item-${i}`, districtKey: "01" }));
  // item 0 gets three parts, item 1 one part, the others none
  for (const [index, label] of [
    [0, "c"],
    [0, "a"],
    [1, "x"],
    [0, "b"],
  ] as const)
    em.create(Part, { label, item: items[index]! });
  await actorStorage.run({ audit: false }, () => em.flush());
});

afterAll(async () => {
  await orm.close();
});

beforeEach(() => {
  queries.length = 0;
});

const selects = () => queries.filter((q) => /\bselect\b/i.test(q));

describe("loadOne", () => {
  it("answers 20 concurrent calls with one select", async () => {
    const ctx = contextFor(orm, stateOffice);

    const loaded = await Promise.all(items.map((item) => loadOne(ctx, Item, "id", item.id)));

    expect(loaded.map((row) => row?.name)).toEqual(items.map((item) => item.name));
    expect(selects()).toHaveLength(1);
  });

  it("answers null for a key without a row and for a missing key, without querying for the latter", async () => {
    const ctx = contextFor(orm, stateOffice);

    const [unknown, none, known] = await Promise.all([
      loadOne(ctx, Item, "id", "00000000-0000-4000-8000-000000000000"),
      loadOne(ctx, Item, "id", null),
      loadOne(ctx, Item, "name", "item-3"),
    ]);

    expect(unknown).toBeNull();
    expect(none).toBeNull();
    expect(known?.id).toBe(items[3]!.id);
    expect(selects()).toHaveLength(2); // one per field, none for the null key
  });

  it("keeps batches of different requests apart", async () => {
    await loadOne(contextFor(orm, stateOffice), Item, "id", items[0]!.id);
    await loadOne(contextFor(orm, stateOffice), Item, "id", items[0]!.id);

    expect(selects()).toHaveLength(2);
  });

  it("serves a repeated key in one request from the request's cache", async () => {
    const ctx = contextFor(orm, stateOffice);
    const first = await loadOne(ctx, Item, "id", items[5]!.id);
    const again = await loadOne(ctx, Item, "id", items[5]!.id);

    expect(again).toBe(first);
    expect(selects()).toHaveLength(1);
  });
});

describe("loadMany", () => {
  it("groups the rows by foreign key with one select for all keys", async () => {
    const ctx = contextFor(orm, stateOffice);

    const [ofFirst, ofSecond, ofThird] = await Promise.all(
      items.slice(0, 3).map((item) => loadMany(ctx, Part, "item", item.id, { orderBy: { label: "asc" } })),
    );

    expect(ofFirst!.map((p) => p.label)).toEqual(["a", "b", "c"]);
    expect(ofSecond!.map((p) => p.label)).toEqual(["x"]);
    expect(ofThird).toEqual([]);
    expect(selects()).toHaveLength(1);
  });

  it("applies the extra condition to every group", async () => {
    const ctx = contextFor(orm, stateOffice);

    const [ofFirst, ofSecond] = await Promise.all([
      loadMany(ctx, Part, "item", items[0]!.id, { where: { label: { $ne: "b" } }, orderBy: { label: "desc" } }),
      loadMany(ctx, Part, "item", items[1]!.id, { where: { label: { $ne: "b" } }, orderBy: { label: "desc" } }),
    ]);

    expect(ofFirst!.map((p) => p.label)).toEqual(["c", "a"]);
    expect(ofSecond!.map((p) => p.label)).toEqual(["x"]);
    expect(selects()).toHaveLength(1);
  });

  describe("with the resolver's info", () => {
    // Items with their parts, as a subgraph publishes a list inside a record.
    const PartType = new GraphQLObjectType({
      name: "Part",
      fields: { id: { type: new GraphQLNonNull(GraphQLID) }, label: { type: GraphQLString } },
    });
    const ItemType = new GraphQLObjectType({
      name: "Item",
      fields: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        parts: {
          type: new GraphQLList(PartType),
          resolve: (item: Item, _args, ctx, info) =>
            loadMany(ctx, Part, "item", item.id, { orderBy: { label: "asc" }, info }),
        },
      },
    });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: { items: { type: new GraphQLList(ItemType), resolve: () => items.slice(0, 3) } },
      }),
    });
    const run = (source: string) => graphql({ schema, source, contextValue: contextFor(orm, stateOffice) });
    // `label` in the select list (it is also in the ORDER BY of both).
    const SELECTS_LABEL = /[`"]label[`"]\s*(,|from)/i;
    const partSelects = () => selects().filter((q) => /\bfrom [`"]part[`"]/i.test(q));

    it("reads only the columns the query asks for, once for the whole list", async () => {
      const result = await run("{ items { parts { id } } }");

      expect(result.errors).toBeUndefined();
      expect((result.data as any).items.map((item: { parts: unknown[] }) => item.parts.length)).toEqual([3, 1, 0]);
      expect(partSelects()).toHaveLength(1);
      expect(partSelects()[0]).not.toMatch(SELECTS_LABEL);
    });

    it("loads a second selection of the same list with its own columns", async () => {
      const result = await run("{ items { parts { id } labelled: parts { label } } }");

      expect(result.errors).toBeUndefined();
      expect((result.data as any).items[0].labelled.map((part: { label: string }) => part.label)).toEqual([
        "a",
        "b",
        "c",
      ]);
      expect(partSelects()).toHaveLength(2);
      expect(partSelects().filter((q) => SELECTS_LABEL.test(q))).toHaveLength(1);
    });
  });
});
