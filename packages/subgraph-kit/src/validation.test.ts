import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BadUserInputError } from "./errors.js";
import { parseInput } from "./validation.js";

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
    const parsed = parseInput(organisationInput, { name: "  Frühe Hilfen  ", email: "a@b.de", address: { postalCode: "10115" } });

    expect(parsed).toEqual({ name: "Frühe Hilfen", email: "a@b.de", address: { postalCode: "10115" }, tags: [] });
  });

  it("reports every invalid field with its path under `input`", () => {
    const error = rejectionOf(() =>
      parseInput(organisationInput, { name: " ", email: "nope", address: { postalCode: "1" }, tags: ["ok", "too long"] }),
    );

    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual([
      { field: "input.name", message: "must not be empty" },
      { field: "input.email", message: "must be an e-mail address" },
      { field: "input.address.postalCode", message: "five digits" },
      { field: "input.tags.1", message: "at most 3 characters" },
    ]);
  });

  it("names every problem in the message", () => {
    const error = rejectionOf(() => parseInput(organisationInput, { name: "x", email: "nope", address: { postalCode: "1" } }));

    expect(error.message).toBe("Invalid input: input.email: must be an e-mail address; input.address.postalCode: five digits");
  });

  it("uses the given argument name in the paths", () => {
    const error = rejectionOf(() => parseInput(z.object({ first: z.number().int() }), { first: 1.5 }, "page"));

    expect(error.extensions.fields).toEqual([{ field: "page.first", message: expect.any(String) }]);
    expect(error.message).toMatch(/^Invalid page: page\.first: /);
  });

  it("reports a wrong top-level value under the argument itself", () => {
    const error = rejectionOf(() => parseInput(organisationInput, null));

    expect(error.extensions.fields).toEqual([{ field: "input", message: expect.any(String) }]);
  });
});
