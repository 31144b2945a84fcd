import { registerEnumType } from "type-graphql";

/** The values of an enum made by graphqlEnum, as a type: `export type Kind = EnumValue<typeof Kind>`. */
export type EnumValue<E> = E[keyof E];

/** `{ VALUE: "VALUE" }` for each value: what MikroORM's `@Enum({ items })`, zod's `z.enum` and type-graphql take. */
export type EnumObject<V> = { readonly [K in keyof V & string]: K };

/**
 * An enum spelled once for TypeScript, GraphQL and the database: each value with the description analysts read in
 * the schema, in the order the schema lists them. Registered with type-graphql under `name`.
 */
export function graphqlEnum<const V extends Record<string, string>>(
  name: string,
  description: string,
  values: V,
): EnumObject<V> {
  const object = Object.freeze(Object.fromEntries(Object.keys(values).map((value) => [value, value]))) as EnumObject<V>;
  const valuesConfig = Object.fromEntries(
    Object.entries(values).map(([value, text]) => [value, { description: text }]),
  );
  registerEnumType(object, {
    name,
    description,
    valuesConfig: valuesConfig as Record<keyof V & string, { description: string }>,
  });
  return object;
}
