import { Arg, ID, Int } from "type-graphql";

/** The `id` argument naming the record a query or change is about: `@IdArg("offer")` reads "The offer's id.". */
export const IdArg = (what: string) => Arg("id", () => ID, { description: `The ${what}'s id.` });

/** The `version` argument of a change to a versioned record: a stale one fails with CONFLICT (`assertVersion`). */
export const VersionArg = () => Arg("version", () => Int, { description: "The version the change is based on." });
