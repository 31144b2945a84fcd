import { describe, expect, it } from "vitest";
import { sanitizeRequestId } from "./request-id.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("sanitizeRequestId", () => {
  it("keeps a short id of letters, digits and . _ : -", () => {
    expect(sanitizeRequestId("req-42")).toBe("req-42");
    expect(sanitizeRequestId("3f2c1a9e-7b1d-4c1e-9a51-0c8f6b2d7e10")).toBe("3f2c1a9e-7b1d-4c1e-9a51-0c8f6b2d7e10");
    expect(sanitizeRequestId("lb:eu-1.trace_7")).toBe("lb:eu-1.trace_7");
    expect(sanitizeRequestId("a".repeat(100))).toBe("a".repeat(100));
  });

  it("makes a fresh UUID for a missing, empty, long or otherwise unsafe id", () => {
    for (const given of [
      undefined,
      "",
      "a".repeat(101),
      "two words",
      "line\nbreak",
      'quote"d',
      "<script>",
      "ümlaut",
      "a/b",
      "a{b}",
    ]) {
      expect(sanitizeRequestId(given), JSON.stringify(given)).toMatch(UUID);
    }
  });

  it("makes a fresh UUID when the header came twice", () => {
    expect(sanitizeRequestId(["one", "two"])).toMatch(UUID);
  });

  it("makes a different id for every request", () => {
    expect(sanitizeRequestId(undefined)).not.toBe(sanitizeRequestId(undefined));
  });
});
