import { describe, expect, it } from "vitest";
import { formatDate, formatDays, formatNumber } from "./format";

describe("German formats", () => {
  it("writes dates as TT.MM.JJJJ whatever the time zone", () => {
    expect(formatDate("2026-03-05")).toBe("05.03.2026");
    expect(formatDate("2026-03-05T23:30:00Z")).toBe("05.03.2026");
    expect(formatDate(null)).toBe("");
  });

  it("writes numbers and days with a decimal comma", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatDays(1)).toBe("1 Tag");
    expect(formatDays(2.5)).toBe("2,5 Tage");
  });
});
