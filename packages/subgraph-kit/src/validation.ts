import { z } from "zod";
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

const uuid = z.uuid();

/** Whether `id` can be one of ours (all ids are UUIDs); others are simply not found. */
export const isUuid = (id: string): boolean => uuid.safeParse(id).success;

/** Input pieces every subgraph validates the same way. */
export const fields = {
  isoDate: () =>
    z.iso
      .date({ message: "must be a date YYYY-MM-DD" })
      .refine((d) => d >= "1900-01-01" && d <= "2100-12-31", { message: "must lie between 1900 and 2100" }),
  year: () => z.number().int().min(1900, { message: "1900 or later" }).max(2100, { message: "2100 or earlier" }),
  regionKey: () => z.string().regex(/^\d{2,12}$/, { message: "must be an official region key of 2 to 12 digits" }),
  id: (what = "record") => z.uuid({ message: `must be the id of a ${what}` }),
  /** Optional text: empty or blank becomes null (clears the field). */
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, { message: `at most ${max} characters` })
      .nullish()
      .transform((v) => v || null),
  name: (max = 300) => z.string().trim().min(2, { message: "at least 2 characters" }).max(max, { message: `at most ${max} characters` }),
};

/** Today as YYYY-MM-DD (UTC), the form every date of the graph has. */
export const today = (): string => new Date().toISOString().slice(0, 10);
