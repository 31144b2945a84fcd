import { Arg, ID, Int, type ClassType } from "type-graphql";

/** The `id` argument naming the record a query or change is about: `@IdArg("offer")` reads "The offer's id.". */
export const IdArg = (what: string) => Arg("id", () => ID, { description: `The ${what}'s id.` });

/** The `version` argument of a change to a versioned record: a stale one fails with CONFLICT (`assertVersion`). */
export const VersionArg = () => Arg("version", () => Int, { description: "The version the change is based on." });

/** The `input` argument of a change: `@InputArg(CreateOfferInput, "The new offer.")`. */
export const InputArg = (type: ClassType, description: string) => Arg("input", () => type, { description });

/** The `input` argument of an update, whose omitted fields stay as they are. */
export const ChangesArg = (type: ClassType) => InputArg(type, "The fields to change.");

/** The optional `filter` argument of a list query; the description says what an omitted one lists. */
export const FilterArg = (type: ClassType, description: string) =>
  Arg("filter", () => type, { nullable: true, description });
