import { describe, expect, it } from "vitest";
import { countBySector } from "./sectors";

describe("members by sector", () => {
  it("counts each sector once per member, the largest first, unknown sectors left out", () => {
    const labels = { HEALTH: "Gesundheit", SOCIAL: "Soziales", POLICE: "Polizei" };
    expect(
      countBySector<keyof typeof labels>(["SOCIAL", "HEALTH", null, "SOCIAL", "POLICE", undefined, "HEALTH"], labels),
    ).toEqual([
      { sector: "HEALTH", label: "Gesundheit", count: 2 },
      { sector: "SOCIAL", label: "Soziales", count: 2 },
      { sector: "POLICE", label: "Polizei", count: 1 },
    ]);
  });
});
