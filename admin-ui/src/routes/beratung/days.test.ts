import { describe, expect, it } from "vitest";
import { daysProblem, daysText, parseDays } from "./days";

describe("days as people type them", () => {
  it("reads a decimal comma or point", () => {
    expect(parseDays("1,5")).toBe(1.5);
    expect(parseDays(" 2.0 ")).toBe(2);
    expect(parseDays("1,5 Tage")).toBeUndefined();
    expect(parseDays("-1")).toBeUndefined();
  });

  it("accepts half-day steps above zero and explains everything else in German", () => {
    expect(daysProblem("1,5")).toBeUndefined();
    expect(daysProblem("")).toMatch(/Bitte geben Sie die Tage an/);
    expect(daysProblem("0")).toMatch(/mehr als 0/);
    expect(daysProblem("0,3")).toMatch(/halben Tagen/);
    expect(daysProblem("abc")).toMatch(/Zahl/);
    expect(daysProblem("0", { allowZero: true })).toBeUndefined();
    expect(daysProblem("12", { max: 10 })).toMatch(/Höchstens 10 Tage/);
  });

  it("writes days back with a decimal comma", () => {
    expect(daysText(2.5)).toBe("2,5");
    expect(daysText(null)).toBe("");
  });
});
