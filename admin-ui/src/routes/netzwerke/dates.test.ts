import { describe, expect, it } from "vitest";
import { formatMilestoneDate, isCurrent } from "./dates";

describe("network dates", () => {
  it("shows a milestone only as exactly as it is known", () => {
    expect(formatMilestoneDate("2017-01-01", "YEAR")).toBe("2017");
    expect(formatMilestoneDate("2020-04-01", "MONTH")).toBe("04.2020");
    expect(formatMilestoneDate("2012-04-26", "DAY")).toBe("26.04.2012");
  });

  it("counts a membership as current from its first to its last day", () => {
    expect(isCurrent("2012-04-26", null, "2026-11-22")).toBe(true);
    expect(isCurrent("2026-11-23", null, "2026-11-22")).toBe(false);
    expect(isCurrent(null, "2026-11-22", "2026-11-22")).toBe(true);
    expect(isCurrent(null, "2026-11-21", "2026-11-22")).toBe(false);
  });
});
