import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { MapperKind, mapSchema, printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLObjectType, parse, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { createAuditResolver } from "./audit/audit.resolver.js";
import type { Context } from "./context.js";
import { BadUserInputError } from "./errors.js";
import { askedFields, type AskedFields } from "./reading.js";

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
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: EntityReference[];
}

/**
 * A representation carries, besides the key, the fields that a field of this subgraph `@requires` (fetched by the
 * gateway from the subgraph that resolves them). They reach the field resolvers on top of the loaded row: a plain
 * row (another subgraph's entity) is copied; an entity becomes the prototype of an object per representation, so
 * the cached entity itself is never changed and stays an instance of its class (type-graphql would otherwise
 * copy only own properties into a new instance).
 */
function withRequiredFields(row: object | null, representation: Record<string, unknown>, key: string): object | null {
  const { __typename: _typename, [key]: _key, ...required } = representation;
  if (!row || Object.keys(required).length === 0) return row;
  if (Object.getPrototypeOf(row) === Object.prototype) return { ...row, ...required };
  return Object.assign(Object.create(row) as object, required);
}

/**
 * One representation at a time, through a DataLoader per type: what Apollo's own `_entities` calls, which
 * `resolveEntitiesInBatches` hands a request to only when it also holds types without a reference loader here.
 */
function referenceResolvers(references: EntityReference[]) {
  return Object.fromEntries(
    references.map((ref) => [
      ref.type,
      {
        async __resolveReference(representation: Record<string, string>, ctx: Context) {
          const loader = ctx.loader<string, object>(`reference:${ref.type}`, async (keys) => {
            const found = new Map((await ref.load(keys, ctx)).map((row) => [(row as Record<string, unknown>)[ref.key], row]));
            return keys.map((key) => found.get(key) ?? null);
          });
          return withRequiredFields(await loader.load(representation[ref.key]!), representation, ref.key);
        },
      },
    ]),
  );
}

// type-graphql cannot describe the root types. Every subgraph gives them the same words, so composition keeps
// them without a hint about differing descriptions.
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: "Everything that can be read; every request needs a token. Personal data is null, with a FORBIDDEN error, for those who may not see it.",
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
    [MapperKind.ROOT_OBJECT]: (type) => new GraphQLObjectType({ ...type.toConfig(), description: type.description ?? ROOT_DESCRIPTIONS[type.name] }),
  });
}

/** Builds a Federation 2 subgraph schema from type-graphql resolvers (keys come from `@Directive("@key(...)")`). */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema(definition);
  const resolvers: Record<string, Record<string, unknown>> = { ...(createResolversMap(schema) as Record<string, Record<string, unknown>>) };
  for (const [type, extra] of Object.entries(referenceResolvers(definition.references ?? []))) {
    resolvers[type] = { ...resolvers[type], ...extra };
  }
  const subgraphSchema = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
  resolveEntitiesInBatches(subgraphSchema, definition.references ?? []);
  return subgraphSchema;
}

/**
 * Apollo's `_entities` resolves each representation on its own: a promise, a DataLoader call and a type check
 * per row, most of the time of a long list (2,000 organisations for a statewide overview). When every
 * representation is of a type with a reference loader here, this resolver loads each type's keys at once and
 * answers the rows in order instead; anything else goes to Apollo's resolver as before.
 */
function resolveEntitiesInBatches(schema: GraphQLSchema, references: EntityReference[]): void {
  const byType = new Map(references.map((ref) => [ref.type, ref]));
  const field = schema.getQueryType()?.getFields()._entities;
  const resolveOneByOne = field?.resolve;
  if (!field || !resolveOneByOne) return;
  field.resolve = async (source, args: { representations: Record<string, string>[] }, ctx: Context, info) => {
    const { representations } = args;
    const unknown = representations.find((representation) => !info.schema.getType(representation.__typename!));
    if (unknown) throw new BadUserInputError(`This subgraph has no type ${JSON.stringify(unknown.__typename)}.`, [{ field: "representations", message: "unknown __typename" }]);
    if (!representations.every((representation) => byType.has(representation.__typename!))) return resolveOneByOne(source, args, ctx, info);
    const rows = new Array<object | null>(representations.length);
    const indexesByType = new Map<string, number[]>();
    representations.forEach((representation, index) => {
      const indexes = indexesByType.get(representation.__typename!) ?? [];
      indexes.push(index);
      indexesByType.set(representation.__typename!, indexes);
    });
    await Promise.all(
      [...indexesByType].map(async ([type, indexes]) => {
        const ref = byType.get(type)!;
        const keys = [...new Set(indexes.map((index) => representations[index]![ref.key]!))];
        const found = new Map((await ref.load(keys, ctx, askedFields(info, type))).map((row) => [(row as Record<string, unknown>)[ref.key], row]));
        for (const index of indexes) {
          const representation = representations[index]!;
          rows[index] = withTypename(withRequiredFields(found.get(representation[ref.key]) ?? null, representation, ref.key), type);
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
