import { describe, expect, it } from "vitest";
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, REFUSAL_REASONS } from "./errors.js";

describe("NotFoundError", () => {
  it("names the type and id that were not found", () => {
    const error = new NotFoundError("Organisation", "7c0e8a5e-0000-4000-8000-000000000000");
    expect(error.message).toBe("Organisation '7c0e8a5e-0000-4000-8000-000000000000' does not exist.");
    expect(error.extensions).toEqual({
      code: "NOT_FOUND",
      type: "Organisation",
      id: "7c0e8a5e-0000-4000-8000-000000000000",
    });
  });

  it("quotes at most 100 characters of an overlong id, so a caller's 100,000 characters are not echoed back", () => {
    const error = new NotFoundError("Organisation", "x".repeat(100_000));
    expect(error.message).toBe(`Organisation '${"x".repeat(100)}…' does not exist.`);
    expect(error.extensions.id).toBe(`${"x".repeat(100)}…`);
  });
});

describe("a refusal's reason", () => {
  it("goes with the code in the extensions, beside the fields and whatever else the refusal tells", () => {
    expect(new ForbiddenError("Only the state office may do this.", "STATE_OFFICE_ONLY").extensions).toEqual({
      code: "FORBIDDEN",
      reason: "STATE_OFFICE_ONLY",
    });
    const input = new BadUserInputError(
      "Already a member.",
      [{ field: "input.organisationId", message: "x", reason: "ALREADY_MEMBER" }],
      "ALREADY_MEMBER",
    );
    expect(input.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.organisationId", message: "x", reason: "ALREADY_MEMBER" }],
      reason: "ALREADY_MEMBER",
    });
    expect(new ConflictError("Too few days.", "NOT_ENOUGH_DAYS", { remainingDays: 1 }).extensions).toEqual({
      code: "CONFLICT",
      reason: "NOT_ENOUGH_DAYS",
      remainingDays: 1,
    });
    expect(new ForbiddenError("No.", "READ_ONLY_ROLE").extensions).toEqual({
      code: "FORBIDDEN",
      reason: "READ_ONLY_ROLE",
    });
  });

  it("is named once, in capitals, each of them", () => {
    expect(new Set(REFUSAL_REASONS).size).toBe(REFUSAL_REASONS.length);
    for (const reason of REFUSAL_REASONS) expect(reason).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
