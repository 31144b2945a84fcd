import type { Caller } from "@kinderschutz/subgraph-kit";
import { ruleOutcome as code } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { assertCoordinator, assertLinkedNetworks, assertResponsibleOffice } from "./network-references.rules.js";

const seenplatte: Caller = { subject: "yo", role: "YOUTH_OFFICE", districtKey: "13071" };
const stateOffice: Caller = { subject: "so", role: "STATE_OFFICE" };

describe("assertResponsibleOffice", () => {
  it("lets a youth office name only its own youth office", () => {
    expect(code(() => assertResponsibleOffice(seenplatte, "o", { kind: "YOUTH_OFFICE", districtKey: "13071" }))).toBe(
      "allowed",
    );
    expect(code(() => assertResponsibleOffice(seenplatte, "o", { kind: "YOUTH_OFFICE", districtKey: "13003" }))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => assertResponsibleOffice(seenplatte, "o", { kind: "DAYCARE", districtKey: "13071" }))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => assertResponsibleOffice(seenplatte, "o", undefined))).toBe("BAD_USER_INPUT");
  });

  it("leaves the state office free", () => {
    expect(code(() => assertResponsibleOffice(stateOffice, "o", { kind: "MINISTRY", districtKey: null }))).toBe(
      "allowed",
    );
  });
});

describe("assertCoordinator", () => {
  it("lets a youth office name a contact of its own district only", () => {
    expect(code(() => assertCoordinator(seenplatte, "c", { organisation: { districtKey: "13071" } }))).toBe("allowed");
    expect(code(() => assertCoordinator(seenplatte, "c", { organisation: { districtKey: "13003" } }))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => assertCoordinator(seenplatte, "c", { organisation: null }))).toBe("FORBIDDEN");
    expect(code(() => assertCoordinator(seenplatte, "c", undefined))).toBe("BAD_USER_INPUT");
    expect(code(() => assertCoordinator(stateOffice, "c", { organisation: { districtKey: "13003" } }))).toBe("allowed");
  });
});

describe("assertLinkedNetworks", () => {
  it("lets a youth office link networks of its own district and statewide ones", () => {
    const own = { name: "Verbund", responsibleDistrictKey: "13071" };
    const statewide = { name: "Bündnis", responsibleDistrictKey: null };
    const rostock = { name: "Rostock", responsibleDistrictKey: "13003" };
    expect(code(() => assertLinkedNetworks(seenplatte, [own, statewide], "input.extendsIds"))).toBe("allowed");
    expect(code(() => assertLinkedNetworks(seenplatte, [own, rostock], "input.extendsIds"))).toBe("FORBIDDEN");
    expect(code(() => assertLinkedNetworks(stateOffice, [rostock], "input.parentId"))).toBe("allowed");
  });
});
