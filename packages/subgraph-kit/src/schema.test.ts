import "reflect-metadata";
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "./caller.js";
import type { Context } from "./context.js";
import { printSubgraphSdl, type EntityReference } from "./schema.js";
import type { AskedFields } from "./reading.js";
import type { SubgraphDefinition } from "./server.js";
import { Item } from "./test-fixtures.js";
import { createTestSubgraph, type TestSubgraph } from "./testing.js";

@ObjectType("Thing")
@Directive('@key(fields: "id")')
class Thing {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { nullable: true })
  thing(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Item | null> {
    return ctx.em.findOne(Item, id);
  }
}

/** Every call of the reference loader, with the keys it got. */
const loadCalls: (readonly string[])[] = [];
/** The fields asked of each call (when `_entities` knew them). */
const askedOf: (AskedFields | undefined)[] = [];

const thingReference: EntityReference<Item> = {
  type: "Thing",
  key: "id",
  load(keys, ctx, fields) {
    loadCalls.push(keys);
    askedOf.push(fields);
    return ctx.em.find(Item, { id: { $in: [...keys] } });
  },
};

const definition: SubgraphDefinition = {
  name: "things",
  defaultPort: 0,
  entities: [Item],
  migrations: [],
  resolvers: [ThingResolver],
  references: [thingReference],
};

const caller: Caller = { subject: "state-1", role: "STATE_OFFICE" };

let subgraph: TestSubgraph;
let items: Item[];

beforeAll(async () => {
  subgraph = await createTestSubgraph(definition);
  items = await subgraph.arrange(async (em) => ["one", "two", "three"].map((name) => em.create(Item, { name })));
});

afterAll(async () => {
  await subgraph.close();
});

beforeEach(() => {
  loadCalls.length = 0;
  askedOf.length = 0;
});

describe("buildFederatedSchema", () => {
  it("publishes the entity key in the subgraph SDL", async () => {
    const result = await subgraph.execute<{ _service: { sdl: string } }>(caller, "{ _service { sdl } }");

    expect(result.errors).toBeUndefined();
    expect(result.data!._service.sdl).toMatch(/type Thing\s+@key\(fields: "id"\)/);
  });

  it("resolves the subgraph's own queries", async () => {
    const result = await subgraph.execute(caller, "query($id: ID!) { thing(id: $id) { id name } }", { id: items[1]!.id });

    expect(result).toEqual({ data: { thing: { id: items[1]!.id, name: "two" } } });
  });

  it("resolves all representations of a type with one call of the reference loader", async () => {
    const representations = [...items].reverse().map((item) => ({ __typename: "Thing", id: item.id }));

    const result = await subgraph.execute<{ _entities: { id: string; name: string }[] }>(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }",
      { r: representations },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e) => e.name)).toEqual(["three", "two", "one"]);
    expect(loadCalls).toHaveLength(1);
    expect([...loadCalls[0]!].sort()).toEqual(items.map((i) => i.id).sort());
  });

  it("answers null for a representation whose record does not exist", async () => {
    const result = await subgraph.execute<{ _entities: ({ name: string } | null)[] }>(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { name } } }",
      { r: [{ __typename: "Thing", id: items[0]!.id }, { __typename: "Thing", id: "00000000-0000-4000-8000-000000000000" }] },
    );

    expect(result.data!._entities).toEqual([{ name: "one" }, null]);
    expect(loadCalls).toHaveLength(1);
  });

  it("asks the loader for a key given twice once and answers it at both places", async () => {
    const [one, two] = [items[0]!.id, items[1]!.id];
    const r = [one, two, one].map((id) => ({ __typename: "Thing", id }));

    const result = await subgraph.execute<{ _entities: { id: string; name: string }[] }>(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Thing { id name } } }",
      { r },
    );

    expect(result.data!._entities).toEqual([
      { __typename: "Thing", id: one, name: "one" },
      { __typename: "Thing", id: two, name: "two" },
      { __typename: "Thing", id: one, name: "one" },
    ]);
    expect(loadCalls.map((keys) => [...keys].sort())).toEqual([[one, two].sort()]);
  });

  it("tells the loader which of the type's fields are asked for, through inline and named fragments", async () => {
    const result = await subgraph.execute(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Thing { id } ...named } } fragment named on Thing { name }",
      { r: [{ __typename: "Thing", id: items[0]!.id }] },
    );

    expect(result.errors).toBeUndefined();
    expect(askedOf).toEqual([{ published: new Set(["id", "name"]), asked: new Set(["__typename", "id", "name"]) }]);
  });

  it("refuses a representation of a type the subgraph does not have before loading any", async () => {
    const result = await subgraph.execute(caller, "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }", {
      r: [{ __typename: "Thing", id: items[0]!.id }, { __typename: "Nothing", id: "x" }],
    });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain('"Nothing"');
    expect(loadCalls).toEqual([]);
  });

  it("adds the subgraph's audit trail query", async () => {
    const result = await subgraph.execute<{ thingsAuditTrail: { totalCount: number } }>(caller, "{ thingsAuditTrail { totalCount } }");

    expect(result).toEqual({ data: { thingsAuditTrail: { totalCount: 0 } } });
  });
});

describe("printSubgraphSdl", () => {
  it("starts with the federation 2 @link and keeps the @key directive", async () => {
    const sdl = await printSubgraphSdl(definition);

    expect(sdl).toMatch(/^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[[^\]]*"@key"/);
    expect(sdl).toContain('type Thing @key(fields: "id")');
    expect(sdl).toContain("thingsAuditTrail(");
  });
});
