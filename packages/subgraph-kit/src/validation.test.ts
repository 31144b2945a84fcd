import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BadUserInputError } from "./errors.js";
import { because, fields, parseInput, textProblem } from "./validation.js";

const organisationInput = z.object({
  name: z.string().trim().min(1, { message: "must not be empty" }),
  email: z.email({ message: "must be an e-mail address" }),
  address: z.object({ postalCode: z.string().regex(/^\d{5}$/, { message: "five digits" }) }),
  tags: z.array(z.string().max(3, { message: "at most 3 characters" })).default([]),
});

function rejectionOf(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error("expected parseInput to reject the input");
}

describe("parseInput", () => {
  it("returns the parsed value (with defaults and transforms) when the input is valid", () => {
    const parsed = parseInput(organisationInput, {
      name: "  Frühe Hilfen  ",
      email: "a@b.de",
      address: { postalCode: "10115" },
    });

    expect(parsed).toEqual({ name: "Frühe Hilfen", email: "a@b.de", address: { postalCode: "10115" }, tags: [] });
  });

  it("reports every invalid field with its path under `input`", () => {
    const error = rejectionOf(() =>
      parseInput(organisationInput, {
        name: " ",
        email: "nope",
        address: { postalCode: "1" },
        tags: ["ok", "too long"],
      }),
    );

    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual([
      { field: "input.name", message: "must not be empty", reason: "REQUIRED" },
      { field: "input.email", message: "must be an e-mail address", reason: "INVALID_EMAIL" },
      { field: "input.address.postalCode", message: "five digits", reason: "INVALID_FORMAT" },
      { field: "input.tags.1", message: "at most 3 characters", reason: "TOO_LONG", max: 3 },
    ]);
  });

  // A client says each problem in its own words from the reason and the bound, never from the English message.
  it("names each problem's reason and the bound it breaks", () => {
    const schema = z.object({
      days: z.number().positive(),
      count: z.number().int().max(52),
      kind: z.enum(["PLENARY", "STEERING"]),
      parties: z.array(z.string()).min(2),
      keys: z.array(z.string()).max(1),
      name: fields.name(),
      founded: fields.isoDate(),
      ended: fields.isoDate(),
      starts: fields.timeOfDay(),
      region: fields.regionKey(),
      id: fields.id("network"),
      steps: z.number().refine((n) => n % 0.5 === 0, { message: "in half days", ...because("HALF_DAY_STEPS") }),
      until: z
        .string()
        .refine(() => false, { message: "too early", ...because("BEFORE_START", { date: "2026-01-01" }) }),
    });
    const error = rejectionOf(() =>
      parseInput(schema, {
        days: 0,
        count: 53,
        kind: "OTHER",
        parties: ["a"],
        keys: ["1", "2"],
        name: "x",
        founded: "2026-02-30",
        ended: "1899-12-31",
        starts: "24:00",
        region: "1",
        id: "nope",
        steps: 0.3,
        until: "2025-12-31",
      }),
    );

    expect(
      (error.extensions.fields as { field: string; message: string }[]).map(({ message: _, ...rest }) => rest),
    ).toEqual([
      { field: "input.days", reason: "TOO_SMALL", min: 0, exclusive: true },
      { field: "input.count", reason: "TOO_LARGE", max: 52 },
      { field: "input.kind", reason: "INVALID_CHOICE" },
      { field: "input.parties", reason: "TOO_FEW", min: 2 },
      { field: "input.keys", reason: "TOO_MANY", max: 1 },
      { field: "input.name", reason: "TOO_SHORT", min: 2 },
      { field: "input.founded", reason: "INVALID_DATE" },
      { field: "input.ended", reason: "DATE_OUT_OF_RANGE" },
      { field: "input.starts", reason: "INVALID_TIME" },
      { field: "input.region", reason: "INVALID_REGION_KEY" },
      { field: "input.id", reason: "INVALID_ID" },
      { field: "input.steps", reason: "HALF_DAY_STEPS" },
      { field: "input.until", reason: "BEFORE_START", date: "2026-01-01" },
    ]);
  });

  it("tells a missing value from a wrong one", () => {
    const error = rejectionOf(() => parseInput(z.object({ name: z.string(), year: z.number() }), { year: "2026" }));

    expect(error.extensions.fields).toEqual([
      { field: "input.name", message: expect.any(String), reason: "REQUIRED" },
      { field: "input.year", message: expect.any(String), reason: "INVALID" },
    ]);
  });

  it("names every problem in the message", () => {
    const error = rejectionOf(() =>
      parseInput(organisationInput, { name: "x", email: "nope", address: { postalCode: "1" } }),
    );

    expect(error.message).toBe(
      "Invalid input: input.email: must be an e-mail address; input.address.postalCode: five digits",
    );
  });

  it("uses the given argument name in the paths", () => {
    const error = rejectionOf(() => parseInput(z.object({ first: z.number().int() }), { first: 1.5 }, "page"));

    expect(error.extensions.fields).toEqual([{ field: "page.first", message: expect.any(String), reason: "INVALID" }]);
    expect(error.message).toMatch(/^Invalid page: page\.first: /);
  });

  it("reports a wrong top-level value under the argument itself", () => {
    const error = rejectionOf(() => parseInput(organisationInput, null));

    expect(error.extensions.fields).toEqual([{ field: "input", message: expect.any(String), reason: "REQUIRED" }]);
  });
});

describe("text fields", () => {
  const problemsOf = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it("refuse C0 and C1 control characters, naming the one found", () => {
    for (const [char, code] of [
      ["\u0000", "U+0000"],
      ["\u0007", "U+0007"],
      ["\u001b", "U+001B"],
      ["\u007f", "U+007F"],
      ["\u0085", "U+0085"],
      ["\u009f", "U+009F"],
    ]) {
      expect(textProblem(`Jugend${char}amt`), code).toBe(`must not contain control characters (found ${code})`);
      expect(textProblem(`Jugend${char}amt`, { multiline: true }), code).toBe(
        `must not contain control characters (found ${code})`,
      );
    }
  });

  it("keep tabs and line breaks in multi-line text only", () => {
    const minutes = "1. Begrüßung\n2. Berichte\r\n\tNachfragen";
    expect(textProblem(minutes, { multiline: true })).toBeUndefined();
    expect(textProblem("Jugend\namt")).toBe("must be a single line without tabs (found U+000A)");
    expect(textProblem("Jugend\tamt")).toBe("must be a single line without tabs (found U+0009)");
  });

  it("refuse bidirectional overrides, embeddings and isolates", () => {
    for (const char of ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(textProblem(`Jugend${char}amt`)).toMatch(
        /^must not contain bidirectional control characters \(found U\+20(2[A-E]|6[6-9])\)$/,
      );
    }
  });

  it("refuse lone surrogates but keep characters outside the BMP", () => {
    expect(textProblem("Jugend\ud800amt")).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem("Jugend\udc00amt")).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem("Kita 🌈 Sonnenschein")).toBeUndefined();
  });

  it("accept markup, SQL and formula-like text as it is: it is stored verbatim and shown as text", () => {
    for (const value of [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "'); DROP TABLE organisation; --",
      "' OR '1'='1",
      '=HYPERLINK("x")',
      "Straße & Söhne – „Frühe Hilfen“",
      "عربي עברית",
    ]) {
      expect(textProblem(value), value).toBeUndefined();
      expect(fields.name().parse(value)).toBe(value);
    }
  });

  it("name, line and optionalText check the characters after trimming, next to their lengths", () => {
    expect(fields.name().parse("  Jugendamt \n")).toBe("Jugendamt");
    expect(problemsOf(fields.name(), "Jugend\u202eamt")).toEqual([
      "must not contain bidirectional control characters (found U+202E)",
    ]);
    expect(problemsOf(fields.name(10), "\u0007".repeat(20))).toEqual([
      "must not contain control characters (found U+0007)",
      "at most 10 characters",
    ]);
    expect(problemsOf(fields.line().min(3), "a\nb")).toEqual(["must be a single line without tabs (found U+000A)"]);
    expect(problemsOf(fields.optionalText(100), "Haupt\u0000str. 1")).toEqual([
      "must not contain control characters (found U+0000)",
    ]);
    expect(fields.optionalText(100).parse("   ")).toBeNull();
  });

  it("optionalMultilineText keeps line breaks and refuses the rest", () => {
    expect(fields.optionalMultilineText(100).parse("Zeile 1\nZeile 2\n")).toBe("Zeile 1\nZeile 2");
    expect(fields.optionalMultilineText(100).parse("")).toBeNull();
    expect(problemsOf(fields.optionalMultilineText(100), "Zeile\u0000")).toEqual([
      "must not contain control characters (found U+0000)",
    ]);
    expect(problemsOf(fields.optionalMultilineText(5), "Zeile 1\nZeile 2")).toEqual(["at most 5 characters"]);
  });

  it("optional and optionalEmail take a missing, null or empty value as null and check any other", () => {
    const postalCode = fields.optional(z.string().regex(/^\d{5}$/, { message: "must be 5 digits" }));
    expect([undefined, null, ""].map((v) => postalCode.parse(v))).toEqual([null, null, null]);
    expect(postalCode.parse("17033")).toBe("17033");
    expect(postalCode.safeParse("1703").success).toBe(false);
    expect(fields.optionalEmail().parse("")).toBeNull();
    expect(fields.optionalEmail().parse("jugendamt@example.org")).toBe("jugendamt@example.org");
    expect(fields.optionalEmail().safeParse("kein Mail").success).toBe(false);
    expect(fields.optionalEmail().safeParse(`${"a".repeat(250)}@example.org`).success).toBe(false);
  });

  it("reports a bad character with the field's path and BAD_USER_INPUT", () => {
    const error = rejectionOf(() => parseInput(z.object({ name: fields.name() }), { name: "Jugend\u001bamt" }));

    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual([
      {
        field: "input.name",
        message: "must not contain control characters (found U+001B)",
        reason: "INVALID_CHARACTERS",
      },
    ]);
  });
});

describe("fields.isoDate", () => {
  it("refuses impossible dates, other forms and years outside 1900–2100, with one message each", () => {
    const problemsOf = (value: string) =>
      fields
        .isoDate()
        .safeParse(value)
        .error?.issues.map((i) => i.message);
    expect(problemsOf("2026-02-28")).toBeUndefined();
    expect(problemsOf("2026-02-30")).toEqual(["must be a date YYYY-MM-DD"]);
    expect(problemsOf("yesterday")).toEqual(["must be a date YYYY-MM-DD"]);
    expect(problemsOf("99999-01-01")).toEqual(["must be a date YYYY-MM-DD"]);
    expect(problemsOf("1899-12-31")).toEqual(["must lie between 1900 and 2100"]);
  });
});
