/**
 * The package spells each subgraph's enum values itself (`<subgraph>/vocabulary.ts`), since it may not import a
 * service; each subgraph checks at compile time with `Same` that those spellings are its enums' own.
 */

/** True only when both name the same values. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `{ VALUE: "VALUE" }` for each value, so that the vocabularies spell each value once. */
export function stringEnum<const V extends readonly string[]>(...values: V): { readonly [K in V[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { readonly [K in V[number]]: K };
}

/** The values of a `stringEnum` as a type: `export type Kind = EnumValue<typeof Kind>`. */
export type EnumValue<E> = E[keyof E];
