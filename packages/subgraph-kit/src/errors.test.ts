import { describe, expect, it } from "vitest";
import { NotFoundError } from "./errors.js";

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
