import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { MapperKind, mapSchema, printSchemaWithDirectives } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLObjectType, parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { createAuditResolver } from "./audit/audit.resolver.js";
import type { Context } from "./context.js";
import { askedFields, type AskedFields } from "./reading.js";
import { readRepresentations, representationShapes, type RepresentationShape } from "./representations.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject"])';

/**
 * How the other subgraphs' entities are resolved from a representation. All representations of one type in a
 * request are loaded together: `load` gets every key at once and must answer with one query.
 */
export interface EntityReference<T extends object = object> {
  /** The GraphQL type name, e.g. `Organisation`. */
  type: string;
  /** The key field named in `@key(fields: ...)`. */
  key: string;
  /**
   * `fields`, when given, names the fields the query asks of this type, so that a loader may read only the
   * columns behind them ({@link readRows} with `fields`).
   */
  load(keys: readonly string[], ctx: Context, fields?: AskedFields): Promise<T[]>;
}

export interface SchemaDefinition {
  /** The subgraph's name, e.g. `organisations`. */
  name: string;
  // type-graphql's own types for resolver and type classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references?: EntityReference[];
  /**
   * Runs once per request, before its first mutation field: refuses with FORBIDDEN a caller whom this
   * subgraph's own data shows to have no right to change anything (e.g. a youth office whose district is gone).
   */
  authorizeChanges?(ctx: Context): Promise<void>;
}

/**
 * A representation's required fields reach the field resolvers on top of the loaded row: a plain row (another
 * subgraph's entity) is copied; an entity becomes the prototype of an object per representation, so the cached
 * entity itself is never changed and stays an instance of its class (type-graphql would otherwise copy only own
 * properties into a new instance). Defined, not assigned: a getter of the row is shadowed, never called as a setter.
 */
function withRequiredFields(row: object | null, required: Record<string, unknown>): object | null {
  if (!row || Object.keys(required).length === 0) return row;
  if (Object.getPrototypeOf(row) === Object.prototype) return { ...row, ...required };
  const copy = Object.create(row) as object;
  for (const [name, value] of Object.entries(required)) Object.defineProperty(copy, name, { value, enumerable: true });
  return copy;
}

// type-graphql cannot describe the root types. Every subgraph gives them the same words, so composition keeps
// them without a hint about differing descriptions.
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Everything that can be read; every request needs a token. Personal data is null, with a FORBIDDEN error, for those who may not see it.",
  Mutation: "Everything that can be changed; the subgraph that owns the data checks who may (analysts change nothing).",
};

async function buildTypeGraphQLSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...definition.resolvers, createAuditResolver(definition.name)],
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) =>
      new GraphQLObjectType({ ...type.toConfig(), description: type.description ?? ROOT_DESCRIPTIONS[type.name] }),
  });
}

/** Builds a Federation 2 subgraph schema from type-graphql resolvers (keys come from `@Directive("@key(...)")`). */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema(definition);
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const subgraphSchema = buildSubgraphSchema([{ typeDefs, resolvers: createResolversMap(schema) as never }]);
  resolveEntities(subgraphSchema, representationShapes(typeDefs, subgraphSchema), definition.references ?? []);
  if (definition.authorizeChanges) guardMutations(subgraphSchema, definition.authorizeChanges);
  return subgraphSchema;
}

function guardMutations(schema: GraphQLSchema, authorize: (ctx: Context) => Promise<void>): void {
  const checked = new WeakMap<Context, Promise<void>>();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: Context, info) => {
      let check = checked.get(ctx);
      if (!check) checked.set(ctx, (check = authorize(ctx)));
      await check;
      return resolve(source, args, ctx, info);
    };
  }
}

/**
 * `_entities` as this kit answers it, instead of Apollo's resolver (which hands each representation, all its
 * fields included, to `__resolveReference` or returns it as the object itself): representations are checked and
 * cut down to key and required fields first (readRepresentations), then each type's keys are loaded at once
 * and the rows answered in order.
 */
function resolveEntities(
  schema: GraphQLSchema,
  shapes: ReadonlyMap<string, RepresentationShape>,
  references: EntityReference[],
): void {
  const byType = new Map(references.map((ref) => [ref.type, ref]));
  for (const type of shapes.keys()) {
    // A key without a loader would answer the caller's representation as the record: refuse to start instead.
    if (!byType.has(type))
      throw new Error(`The entity type ${type} has a @key but no reference loader in the subgraph definition.`);
  }
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field) return;
  field.resolve = async (_source, args: { representations: unknown }, ctx: Context, info) => {
    const representations = readRepresentations(args.representations, shapes);
    const rows = new Array<object | null>(representations.length);
    const indexesByType = new Map<string, number[]>();
    representations.forEach((representation, index) => {
      const indexes = indexesByType.get(representation.type) ?? [];
      indexes.push(index);
      indexesByType.set(representation.type, indexes);
    });
    await Promise.all(
      [...indexesByType].map(async ([type, indexes]) => {
        const ref = byType.get(type)!;
        const keys = [...new Set(indexes.map((index) => representations[index]!.key))];
        const found = new Map(
          (await ref.load(keys, ctx, askedFields(info, type))).map((row) => [
            (row as Record<string, unknown>)[ref.key],
            row,
          ]),
        );
        for (const index of indexes) {
          const representation = representations[index]!;
          rows[index] = withTypename(
            withRequiredFields(found.get(representation.key) ?? null, representation.required),
            type,
          );
        }
      }),
    );
    return rows;
  };
}

/** How the `_Entity` union tells which type a row is (as Apollo's resolver marks them). */
function withTypename(row: object | null, type: string): object | null {
  if (!row) return row;
  if ((row as { __typename?: string }).__typename === type) return row;
  if ("__typename" in row) return { ...row, __typename: type };
  return Object.defineProperty(row, "__typename", { value: type });
}

/** The subgraph's SDL as composition sees it (what `_service { sdl }` returns). */
export async function printSubgraphSdl(definition: SchemaDefinition): Promise<string> {
  const schema = await buildTypeGraphQLSchema(definition);
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`;
}
