import { describe, expect, it } from "vitest";
import { dayInNetworkError, isCalendarDay, isTimeOfDay } from "./checks";

describe("days in the network's forms", () => {
  it("takes only calendar days that exist", () => {
    expect(isCalendarDay("2020-02-29")).toBe(true);
    expect(isCalendarDay("2021-02-29")).toBe(false);
    expect(isCalendarDay("2024-13-01")).toBe(false);
    expect(isCalendarDay("1.3.2024")).toBe(false);
  });

  it("takes no day, or one within the network's lifetime", () => {
    const network = { foundedOn: "2012-04-26", endedOn: "2024-01-01" };
    expect(dayInNetworkError("", network)).toBeUndefined();
    expect(dayInNetworkError("2012-04-26", network)).toBeUndefined();
    expect(dayInNetworkError("2012-04-25", network)).toBe("Das Netzwerk wurde erst am 26.04.2012 gegründet.");
    expect(dayInNetworkError("2024-01-02", network)).toBe("Das Netzwerk endete am 01.01.2024.");
    expect(dayInNetworkError("2021-02-29", network)).toBe("Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).");
  });

  it("takes times of day from 00:00 to 23:59", () => {
    expect(["00:00", "09:30", "23:59"].map(isTimeOfDay)).toEqual([true, true, true]);
    expect(["24:00", "9:30", "09:60", "09:30:00", ""].map(isTimeOfDay)).toEqual([false, false, false, false, false]);
  });
});
