import {
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type StringValueNode,
} from "graphql";
import { BadUserInputError } from "./errors.js";

/**
 * What `_entities` takes from a representation. Anyone who reaches a subgraph can send representations, so the
 * gateway's word counts for no more than a caller's: of a representation only the entity's key is used, and the
 * fields this subgraph itself `@requires` (for computations that need another subgraph's data, never for
 * rights). Everything a rule or a field reads comes from the subgraph's own database.
 */
export interface RepresentationShape {
  type: string;
  key: string;
  /** The `@external` fields a field of this subgraph requires, each with the selection it requires of it. */
  required: Map<string, { type: GraphQLOutputType; selection?: SelectionSetNode }>;
}

/** At most this many representations in one `_entities` call (a statewide overview sends a few thousand). */
export const MAX_REPRESENTATIONS = 20_000;

const stringArgument = (
  directive: { arguments?: readonly { name: { value: string }; value: { kind: string } }[] },
  name: string,
) => {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? (argument.value as StringValueNode).value : undefined;
};

/** The resolvable `@key` types of a subgraph SDL and what each may take from a representation. */
export function representationShapes(typeDefs: DocumentNode, schema: GraphQLSchema): Map<string, RepresentationShape> {
  const shapes = new Map<string, RepresentationShape>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const keyDirective = definition.directives?.find((d) => d.name.value === "key" && !isUnresolvable(d));
    if (!keyDirective) continue;
    const key = stringArgument(keyDirective, "fields")?.trim() ?? "";
    if (!/^\w+$/.test(key))
      throw new Error(
        `${definition.name.value}: only a single key field is supported, not @key(fields: ${JSON.stringify(key)})`,
      );
    const type = schema.getType(definition.name.value);
    if (!isObjectType(type)) continue;
    const required = new Map<string, { type: GraphQLOutputType; selection?: SelectionSetNode }>();
    for (const field of definition.fields ?? []) {
      const requires = field.directives?.find((d) => d.name.value === "requires");
      const fields = requires && stringArgument(requires, "fields");
      if (!fields) continue;
      for (const selection of selectionOf(fields).selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const external = type.getFields()[selection.name.value];
        if (external) required.set(selection.name.value, { type: external.type, selection: selection.selectionSet });
      }
    }
    shapes.set(type.name, { type: type.name, key, required });
  }
  return shapes;
}

function isUnresolvable(directive: {
  arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[];
}): boolean {
  const argument = directive.arguments?.find((a) => a.name.value === "resolvable");
  return argument?.value.kind === Kind.BOOLEAN && argument.value.value === false;
}

function selectionOf(fields: string): SelectionSetNode {
  const operation = parse(`{ ${fields} }`).definitions[0]!;
  return (operation as { selectionSet: SelectionSetNode }).selectionSet;
}

export interface Representation {
  type: string;
  key: string;
  /** The required fields the representation carried, checked against their types. */
  required: Record<string, unknown>;
}

const refuse = (index: number, message: string) =>
  new BadUserInputError(`Representation ${index}: ${message}`, [
    { field: `representations.${index}`, message, reason: "INVALID" },
  ]);

/**
 * Checks every representation before anything is loaded and keeps only what may be taken from it. A
 * representation that is no object, names no entity type of this subgraph, lacks its key or carries a required
 * field of the wrong type is refused; fields it may not set are left out, whatever they hold.
 */
export function readRepresentations(
  representations: unknown,
  shapes: ReadonlyMap<string, RepresentationShape>,
): Representation[] {
  if (!Array.isArray(representations))
    throw new BadUserInputError("'representations' must be a list.", [
      { field: "representations", message: "not a list", reason: "INVALID" },
    ]);
  if (representations.length > MAX_REPRESENTATIONS) {
    throw new BadUserInputError(`At most ${MAX_REPRESENTATIONS} representations per request.`, [
      {
        field: "representations",
        message: `more than ${MAX_REPRESENTATIONS}`,
        reason: "TOO_MANY",
        max: MAX_REPRESENTATIONS,
      },
    ]);
  }
  return representations.map((representation: unknown, index) => {
    if (!isPlainObject(representation)) throw refuse(index, "must be an object with __typename and the key");
    const typename = representation.__typename;
    const shape = typeof typename === "string" ? shapes.get(typename) : undefined;
    if (!shape) {
      throw new BadUserInputError(`This subgraph has no type ${JSON.stringify(typename)} to resolve.`, [
        { field: `representations.${index}.__typename`, message: "unknown __typename", reason: "INVALID_CHOICE" },
      ]);
    }
    const key = representation[shape.key];
    if (typeof key !== "string" || key.length === 0)
      throw refuse(index, `${shape.type} needs its key '${shape.key}' as a non-empty string`);
    const required: Record<string, unknown> = {};
    for (const [name, field] of shape.required) {
      if (!(name in representation)) continue;
      const value = checked(representation[name], field.type, field.selection);
      if (value === INVALID) throw refuse(index, `'${name}' is not a value of ${String(field.type)}`);
      required[name] = value;
    }
    return { type: shape.type, key, required };
  });
}

const INVALID = Symbol("invalid");

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as a field of `type` holds it, with objects cut down to the selected fields; INVALID otherwise. */
function checked(value: unknown, type: GraphQLOutputType, selection?: SelectionSetNode): unknown {
  if (value === null || value === undefined) return isNonNullType(type) ? INVALID : null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return INVALID;
    const items = value.map((item: unknown) => checked(item, nullable.ofType, selection));
    return items.includes(INVALID) ? INVALID : items;
  }
  if (isScalarType(nullable) || isEnumType(nullable)) {
    if (typeof value === "object") return INVALID;
    try {
      return nullable.parseValue(value);
    } catch {
      return INVALID;
    }
  }
  if (isObjectType(nullable) && selection && isPlainObject(value)) {
    const object: Record<string, unknown> = {};
    for (const node of selection.selections) {
      if (node.kind !== Kind.FIELD) continue;
      const field = nullable.getFields()[node.name.value];
      if (!field) return INVALID;
      const inner = checked(value[node.name.value], field.type, node.selectionSet);
      if (inner === INVALID) return INVALID;
      object[node.name.value] = inner;
    }
    return object;
  }
  return INVALID;
}
