import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Caller } from "./caller.js";
import { assertCanChangeDistrict, assertMayChange, assertStateOffice } from "./rules.js";
import { fields, peekInput } from "./validation.js";

const stateOffice: Caller = { subject: "s", role: "STATE_OFFICE" };
const analyst: Caller = { subject: "a", role: "ANALYST" };
const seenplatte: Caller = { subject: "y", role: "YOUTH_OFFICE", districtKey: "13071" };

const outcome = (rule: () => void): string => {
  try {
    rule();
    return "allowed";
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
};

describe("the role check every change starts with", () => {
  it("lets the state office and youth offices on to the record check, and refuses analysts", () => {
    expect(outcome(() => assertMayChange(stateOffice))).toBe("allowed");
    expect(outcome(() => assertMayChange(seenplatte))).toBe("allowed");
    expect(outcome(() => assertMayChange(analyst))).toBe("FORBIDDEN");
  });

  it("refuses a role it does not know, should a token ever carry one", () => {
    expect(outcome(() => assertMayChange({ subject: "x", role: "AUDITOR" } as unknown as Caller))).toBe("FORBIDDEN");
  });

  it("leaves the state office's own changes to the state office", () => {
    expect(outcome(() => assertStateOffice(stateOffice, "keep the list of experts"))).toBe("allowed");
    expect(outcome(() => assertStateOffice(seenplatte, "keep the list of experts"))).toBe("FORBIDDEN");
    expect(outcome(() => assertStateOffice(analyst, "keep the list of experts"))).toBe("FORBIDDEN");
  });

  it("then a youth office changes its own district's records only", () => {
    expect(outcome(() => assertCanChangeDistrict(seenplatte, "13071", "this record"))).toBe("allowed");
    expect(outcome(() => assertCanChangeDistrict(seenplatte, "13003", "this record"))).toBe("FORBIDDEN");
    expect(outcome(() => assertCanChangeDistrict(seenplatte, null, "this record"))).toBe("FORBIDDEN");
  });
});

describe("peekInput", () => {
  const placement = z.object({ regionKey: fields.regionKey() });

  it("reads the fields that decide the rights, ignoring the rest of the input", () => {
    expect(peekInput(placement, { regionKey: "13003", name: "" })).toEqual({ regionKey: "13003" });
  });

  it("gives nothing for invalid ones instead of reporting them (the full parse reports them with the rest)", () => {
    expect(peekInput(placement, { regionKey: "Rostock" })).toBeUndefined();
    expect(peekInput(placement, null)).toBeUndefined();
  });
});
