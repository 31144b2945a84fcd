import type { Caller } from "@kinderschutz/subgraph-kit";
import { ruleOutcome as code } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { assertConsultationNetwork } from "./consultation-references.js";

const seenplatte: Caller = { subject: "yo", role: "YOUTH_OFFICE", districtKey: "13071" };

describe("assertConsultationNetwork", () => {
  const own = { name: "Müritz", responsibleDistrictKey: "13071", region: { key: "13071" } };
  const rostock = { name: "Rostock", responsibleDistrictKey: "13003", region: { key: "13003" } };

  it("lets a youth office link a network of its own district or of a participating office's", () => {
    expect(code(() => assertConsultationNetwork(seenplatte, "n", own, ["13071"]))).toBe("allowed");
    expect(code(() => assertConsultationNetwork(seenplatte, "n", rostock, ["13071", "13003"]))).toBe("allowed");
    expect(
      code(() =>
        assertConsultationNetwork(
          seenplatte,
          "n",
          { name: "Cluster", responsibleDistrictKey: null, region: { key: "13071" } },
          ["13071"],
        ),
      ),
    ).toBe("allowed");
  });

  it("refuses another district's network, a statewide one and an unknown one", () => {
    expect(code(() => assertConsultationNetwork(seenplatte, "n", rostock, ["13071"]))).toBe("FORBIDDEN");
    expect(
      code(() =>
        assertConsultationNetwork(
          seenplatte,
          "n",
          { name: "Bündnis", responsibleDistrictKey: null, region: { key: "13" } },
          ["13071"],
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(code(() => assertConsultationNetwork(seenplatte, "n", undefined, ["13071"]))).toBe("BAD_USER_INPUT");
  });

  it("leaves the state office free", () => {
    expect(
      code(() => assertConsultationNetwork({ subject: "so", role: "STATE_OFFICE" }, "n", rostock, ["13071"])),
    ).toBe("allowed");
  });
});
