/**
 * The package spells each subgraph's enum values itself (`<subgraph>/vocabulary.ts`), since it may not import a
 * service; each subgraph checks at compile time with `Same` that those spellings are its enums' own.
 */

/** True only when both name the same values. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
