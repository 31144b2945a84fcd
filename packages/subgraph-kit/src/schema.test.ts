import "reflect-metadata";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "./caller.js";
import { ForbiddenError } from "./errors.js";
import type { Context } from "./context.js";
import { MAX_REPRESENTATIONS } from "./representations.js";
import { buildFederatedSchema, printSubgraphSdl, type EntityReference } from "./schema.js";
import type { AskedFields } from "./reading.js";
import type { SubgraphDefinition } from "./server.js";
import { Item } from "./test-fixtures.js";
import { createTestSubgraph, useTestSubgraph } from "./testing.js";

@ObjectType("Thing")
@Directive('@key(fields: "id")')
class Thing {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  // What a rule would read: it must come from the database, never from a representation.
  @Field(() => String, { nullable: true })
  districtKey?: string;
}

@ObjectType("Area")
class Area {
  @Field(() => String)
  code!: string;
}

/** Another subgraph's entity to which this one adds a field computed from what the gateway hands over. */
@ObjectType("Place")
@Directive('@key(fields: "code")')
class Place {
  @Field(() => String)
  code!: string;

  @Field(() => [ID])
  @Directive("@external")
  memberIds?: string[];

  @Field(() => [Area])
  @Directive("@external")
  areas?: Area[];
}

@Resolver(() => Place)
class PlaceResolver {
  @FieldResolver(() => String)
  @Directive('@requires(fields: "memberIds areas { code }")')
  summary(@Root() place: Place & Record<string, unknown>): string {
    return JSON.stringify({
      memberIds: place.memberIds ?? null,
      areas: place.areas ?? null,
      forged: place.forged ?? null,
    });
  }
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
  resolvers: [ThingResolver, PlaceResolver],
  // No field returns a Place: the gateway reaches it through `_entities` only.
  orphanedTypes: [Place],
  references: [thingReference, { type: "Place", key: "code", load: async (codes) => codes.map((code) => ({ code })) }],
};

const caller: Caller = { subject: "state-1", role: "STATE_OFFICE" };

const subgraph = useTestSubgraph(definition);
let items: Item[];

beforeAll(async () => {
  items = await subgraph.arrange(async (em) =>
    ["one", "two", "three"].map((name) => em.create(Item, { name, districtKey: "01" })),
  );
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
    const result = await subgraph.execute(caller, "query($id: ID!) { thing(id: $id) { id name } }", {
      id: items[1]!.id,
    });

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
      {
        r: [
          { __typename: "Thing", id: items[0]!.id },
          { __typename: "Thing", id: "00000000-0000-4000-8000-000000000000" },
        ],
      },
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
    expect(askedOf).toEqual([
      { published: new Set(["id", "name", "districtKey"]), asked: new Set(["__typename", "id", "name"]) },
    ]);
  });

  it("refuses a representation of a type the subgraph does not have before loading any", async () => {
    const result = await subgraph.execute(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
      {
        r: [
          { __typename: "Thing", id: items[0]!.id },
          { __typename: "Nothing", id: "x" },
        ],
      },
    );

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain('"Nothing"');
    expect(loadCalls).toEqual([]);
  });

  it("takes only the key from a representation: forged fields change nothing the resolvers read", async () => {
    const query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name districtKey } } }";
    const plain = await subgraph.execute(caller, query, { r: [{ __typename: "Thing", id: items[0]!.id }] });
    const forged = await subgraph.execute(caller, query, {
      r: [
        {
          __typename: "Thing",
          id: items[0]!.id,
          name: "forged",
          districtKey: "99",
          version: "x",
          constructor: 1,
          __proto__: { districtKey: "98" },
        },
      ],
    });

    expect(plain).toEqual({ data: { _entities: [{ id: items[0]!.id, name: "one", districtKey: "01" }] } });
    expect(forged).toEqual(plain);
  });

  it("hands a field the @external fields it requires, checked against their types and cut to their selection", async () => {
    const query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Place { code summary } } }";
    const result = await subgraph.execute<{ _entities: { code: string; summary: string }[] }>(caller, query, {
      r: [
        {
          __typename: "Place",
          code: "13071",
          memberIds: ["a", 7],
          areas: [{ code: "13056", label: "forged" }],
          forged: "yes",
        },
        { __typename: "Place", code: "13072" },
      ],
    });

    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e) => JSON.parse(e.summary))).toEqual([
      { memberIds: ["a", "7"], areas: [{ code: "13056" }], forged: null },
      { memberIds: null, areas: null, forged: null },
    ]);
  });

  it.each([
    ["no object", "Thing"],
    ["no __typename", { id: "x" }],
    ["a __typename that is no string", { __typename: ["Thing"], id: "x" }],
    ["no key", { __typename: "Thing" }],
    ["an empty key", { __typename: "Thing", id: "" }],
    ["a key that is no string", { __typename: "Thing", id: { $in: ["x"] } }],
    ["a required field of the wrong type", { __typename: "Place", code: "13071", memberIds: "a,b" }],
    ["a required list with null in it", { __typename: "Place", code: "13071", memberIds: ["a", null] }],
    ["a required object without its selected field", { __typename: "Place", code: "13071", areas: [{ label: "x" }] }],
    ["a type without a key here", { __typename: "Area", code: "x" }],
    ["a root type", { __typename: "Query", id: "x" }],
  ])("refuses a representation with %s as BAD_USER_INPUT before loading any", async (_what, representation) => {
    const result = await subgraph.execute(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
      {
        r: [{ __typename: "Thing", id: items[0]!.id }, representation],
      },
    );

    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(/^representations\.1/);
    expect(loadCalls).toEqual([]);
  });

  it(`refuses more than ${MAX_REPRESENTATIONS} representations in one request`, async () => {
    const r = Array.from({ length: MAX_REPRESENTATIONS + 1 }, () => ({ __typename: "Thing", id: items[0]!.id }));

    const result = await subgraph.execute(
      caller,
      "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
      { r },
    );

    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(loadCalls).toEqual([]);
  });

  it("adds the subgraph's audit trail query", async () => {
    const result = await subgraph.execute<{ thingsAuditTrail: { totalCount: number } }>(
      caller,
      "{ thingsAuditTrail { totalCount } }",
    );

    expect(result).toEqual({ data: { thingsAuditTrail: { totalCount: 0 } } });
  });
});

describe("buildFederatedSchema without a loader", () => {
  it("refuses an entity type that has a @key but no reference loader, which would answer the representation itself", async () => {
    await expect(buildFederatedSchema({ ...definition, references: [thingReference] })).rejects.toThrow(
      /Place has a @key but no reference loader/,
    );
  });
});

let touched = 0;

@Resolver()
class TouchResolver {
  @Mutation(() => Boolean)
  touch(): boolean {
    touched++;
    return true;
  }
}

describe("authorizeChanges", () => {
  it("runs once per request before the first mutation field, and a refusal changes nothing", async () => {
    const checks: string[] = [];
    const guarded = await createTestSubgraph({
      ...definition,
      resolvers: [...definition.resolvers, TouchResolver],
      async authorizeChanges(ctx) {
        checks.push(ctx.caller.subject);
        if (ctx.caller.role === "YOUTH_OFFICE" && ctx.caller.districtKey === "13056")
          throw new ForbiddenError("district 13056 is gone", "UNKNOWN_DISTRICT");
      },
    });
    try {
      expect(await guarded.execute(caller, "mutation { a: touch b: touch }")).toEqual({ data: { a: true, b: true } });
      const refused = await guarded.execute(
        { subject: "gone", role: "YOUTH_OFFICE", districtKey: "13056" },
        "mutation { touch }",
      );
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      expect(await guarded.execute({ subject: "reader", role: "ANALYST" }, '{ thing(id: "x") { id } }')).toEqual({
        data: { thing: null },
      });
      expect(checks).toEqual([caller.subject, "gone"]);
      expect(touched).toBe(2);
    } finally {
      await guarded.close();
    }
  });
});

describe("printSubgraphSdl", () => {
  it("starts with the federation 2 @link and keeps the @key directive", async () => {
    const sdl = await printSubgraphSdl(definition);

    expect(sdl).toMatch(
      /^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[[^\]]*"@key"/,
    );
    expect(sdl).toContain('type Thing @key(fields: "id")');
    expect(sdl).toContain("thingsAuditTrail(");
  });
});
