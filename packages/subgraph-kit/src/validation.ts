import { z } from "zod";
import { BadUserInputError, FIELD_REASONS, REFUSAL_REASONS, type FieldProblem, type FieldReason } from "./errors.js";

const KNOWN_REASONS: ReadonlySet<string> = new Set([...FIELD_REASONS, ...REFUSAL_REASONS]);

/**
 * A custom check's reason (and bound) for {@link fieldReasonOf}: `.refine(check, { message, ...because("X") })`.
 * zod keeps `params` only on custom checks, so a field whose reason matters is checked with `refine`.
 */
export const because = (reason: FieldReason, bound: Pick<FieldProblem, "min" | "max" | "date"> = {}) => ({
  params: { reason, ...bound },
});

const FORMAT_REASONS: Record<string, FieldReason> = {
  date: "INVALID_DATE",
  email: "INVALID_EMAIL",
  uuid: "INVALID_ID",
  url: "INVALID_URL",
};

const isList = (origin: string) => origin === "array" || origin === "set";

/** What a zod issue says, as a field reason with its bound: what a client can say in its own words. */
export function fieldReasonOf(issue: z.core.$ZodIssue): Omit<FieldProblem, "field" | "message"> {
  switch (issue.code) {
    case "invalid_type":
      return { reason: issue.input === undefined || issue.input === null ? "REQUIRED" : "INVALID" };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? { reason: "REQUIRED" } : { reason: "TOO_SHORT", min };
      if (isList(issue.origin)) return { reason: "TOO_FEW", min };
      return { reason: "TOO_SMALL", min, ...(issue.inclusive === false ? { exclusive: true } : {}) };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { reason: "TOO_LONG", max };
      return { reason: isList(issue.origin) ? "TOO_MANY" : "TOO_LARGE", max };
    }
    case "invalid_format":
      return { reason: FORMAT_REASONS[issue.format] ?? "INVALID_FORMAT" };
    case "invalid_value":
      return { reason: "INVALID_CHOICE" };
    case "custom": {
      const { reason, min, max, date } = (issue.params ?? {}) as Partial<FieldProblem>;
      return {
        reason: typeof reason === "string" && KNOWN_REASONS.has(reason) ? reason : "INVALID",
        ...(typeof min === "number" ? { min } : {}),
        ...(typeof max === "number" ? { max } : {}),
        ...(typeof date === "string" ? { date } : {}),
      };
    }
    default:
      return { reason: "INVALID" };
  }
}

/** Validates an argument with a zod schema; every problem is reported with the path of its field and its reason. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = "input"): z.infer<S> {
  // The input only tells a missing value from a wrong one; it never leaves this function.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [argument, ...issue.path.map(String)].join("."),
    message: issue.message,
    ...fieldReasonOf(issue),
  }));
  throw new BadUserInputError(
    `Invalid ${argument}: ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
    fields,
  );
}

/**
 * The fields of an input that decide whether the caller may make the change at all (the record a new one goes
 * into, the district it is for), read before the rest so that rights are checked before the input's other rules.
 * Undefined when they are invalid: then they name no record to check rights on, and the `parseInput` of the
 * whole input that follows reports them together with every other problem.
 */
export function peekInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

const uuid = z.uuid();

/** Whether `id` can be one of ours (all ids are UUIDs); others are simply not found. */
export const isUuid = (id: string): boolean => uuid.safeParse(id).success;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

// C0 controls, DEL and C1 controls, apart from tab, line feed and carriage return (checked separately).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Half of a UTF-16 pair without its other half.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What is wrong with the characters of a text field, or undefined when nothing is. Text is stored exactly as sent
 * and shown as text, so markup or SQL in it is harmless and allowed; refused are only characters that would make
 * it read or store differently from what was sent:
 * - control characters (U+0000–U+001F, U+007F–U+009F): invisible, they break CSV files, terminals and logs, and
 *   PostgreSQL cannot store U+0000. Multi-line text (minutes, descriptions) keeps tab, line feed and carriage return;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text read in another
 *   order than it is stored ("Trojan Source");
 * - lone surrogates (broken UTF-16): a UTF-8 database would store a replacement character instead.
 */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | undefined {
  const control = CONTROL.exec(value)?.[0];
  if (control) return `must not contain control characters (found ${codePoint(control)})`;
  const lineBreak = options.multiline ? undefined : LINE_BREAK_OR_TAB.exec(value)?.[0];
  if (lineBreak) return `must be a single line without tabs (found ${codePoint(lineBreak)})`;
  const bidi = BIDI_CONTROL.exec(value)?.[0];
  if (bidi) return `must not contain bidirectional control characters (found ${codePoint(bidi)})`;
  if (LONE_SURROGATE.test(value))
    return "must not contain a lone UTF-16 surrogate (broken encoding): send valid Unicode text";
  return undefined;
}

/** Text checked by {@link textProblem} (after trimming); `.min()`/`.max()` can follow. */
const text = (multiline: boolean) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, { multiline });
      if (problem) ctx.addIssue({ code: "custom", message: problem, ...because("INVALID_CHARACTERS") });
    });

// Built once: a zod schema takes far longer to build than to check a value, and resolvers validate arguments
// such as a day or a year for each of hundreds of networks in one answer. Schemas never change (`.min()` and the
// like make new ones), so all callers can share them.
const ISO_DATE = z.iso
  // A value that is no date at all need not hear about the range as well.
  .date({ message: "must be a date YYYY-MM-DD", abort: true })
  .refine((d) => d >= "1900-01-01" && d <= "2100-12-31", {
    message: "must lie between 1900 and 2100",
    ...because("DATE_OUT_OF_RANGE"),
  });
/**
 * A text that matches `pattern`, refused for `reason` (zod's regex check cannot carry one); `base` when it is
 * trimmed first, for instance.
 */
export const matching = (pattern: RegExp, message: string, reason: FieldReason, base = z.string()) =>
  base.refine((value) => pattern.test(value), { message, ...because(reason) });
const TIME_OF_DAY = matching(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (00:00 to 23:59)", "INVALID_TIME");
const YEAR = z.number().int().min(1900, { message: "1900 or later" }).max(2100, { message: "2100 or earlier" });
const REGION_KEY = matching(/^\d{2,12}$/, "must be an official region key of 2 to 12 digits", "INVALID_REGION_KEY");
const idSchemas = new Map<string, z.ZodUUID>();

/** Input pieces every subgraph validates the same way. */
export const fields = {
  isoDate: () => ISO_DATE,
  /** A time of day as people write it on an invitation, `09:30`. */
  timeOfDay: () => TIME_OF_DAY,
  year: () => YEAR,
  regionKey: () => REGION_KEY,
  id: (what = "record") => {
    let schema = idSchemas.get(what);
    if (!schema) idSchemas.set(what, (schema = z.uuid({ message: `must be the id of a ${what}` })));
    return schema;
  },
  /** Ids of records asked for at once (e.g. the names a change history refers to): at most `max`. */
  ids: (what = "record", max = 100) => z.array(fields.id(what)).max(max, { message: `at most ${max} ids` }),
  /** One line of text (trimmed; no control characters, see {@link textProblem}): add `.min()`/`.max()`. */
  line: () => text(false),
  /** Optional single-line text: empty or blank becomes null (clears the field). */
  optionalText: (max: number) =>
    text(false)
      .max(max, { message: `at most ${max} characters` })
      .nullish()
      .transform((v) => v || null),
  /** Optional text of several lines (minutes, descriptions): keeps tabs and line breaks; empty becomes null. */
  optionalMultilineText: (max: number) =>
    text(true)
      .max(max, { message: `at most ${max} characters` })
      .nullish()
      .transform((v) => v || null),
  /** An optional value typed as text (a postal code, a web address): missing, null or empty becomes null. */
  optional: <S extends z.ZodType<string>>(schema: S) =>
    schema
      .nullish()
      .or(z.literal(""))
      .transform((v) => v || null),
  /** An optional e-mail address, at most 254 characters (the longest one mail delivers); empty becomes null. */
  optionalEmail: () => fields.optional(z.email({ message: "must be an e-mail address" }).max(254)),
  name: (max = 300) =>
    text(false)
      .min(2, { message: "at least 2 characters" })
      .max(max, { message: `at most ${max} characters` }),
};

/** Today as YYYY-MM-DD (UTC), the form every date of the graph has. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Whether something valid from `validFrom` to `validUntil` (YYYY-MM-DD, both days included, either open) holds on
 * `day`: a region between two reforms, for instance.
 */
export function validOn(period: { validFrom?: string | null; validUntil?: string | null }, day: string): boolean {
  return (!period.validFrom || period.validFrom <= day) && (!period.validUntil || period.validUntil >= day);
}
