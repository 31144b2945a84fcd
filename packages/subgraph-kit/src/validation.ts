import type { z } from "zod";
import { BadUserInputError } from "./errors.js";

/** Validates an argument with a zod schema; every problem is reported with the path of its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = "input"): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [argument, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw new BadUserInputError(`Invalid ${argument}: ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`, fields);
}
