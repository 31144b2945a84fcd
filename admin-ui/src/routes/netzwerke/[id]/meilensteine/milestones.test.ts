import { describe, expect, it } from "vitest";
import { changePrecision, milestoneErrors, toFormDate, toStoredDate } from "./milestones";

describe("a milestone's date", () => {
  it("is shown in the shape of its precision and stored as a day", () => {
    expect(toFormDate("2017-01-01", "YEAR")).toBe("2017");
    expect(toFormDate("2020-04-01", "MONTH")).toBe("2020-04");
    expect(toFormDate("2012-04-26", "DAY")).toBe("2012-04-26");
    expect(toStoredDate("2017", "YEAR")).toBe("2017-01-01");
    expect(toStoredDate("2020-04", "MONTH")).toBe("2020-04-01");
    expect(toStoredDate("2012-04-26", "DAY")).toBe("2012-04-26");
  });

  it("is no date when it does not fit its precision", () => {
    expect(toStoredDate("2020-04", "YEAR")).toBe("");
    expect(toStoredDate("2020-13", "MONTH")).toBe("");
    expect(toStoredDate("2021-02-29", "DAY")).toBe("");
    expect(toStoredDate("", "DAY")).toBe("");
  });

  it("keeps what still fits when the precision changes", () => {
    expect(changePrecision("2012-04-26", "DAY", "MONTH")).toBe("2012-04");
    expect(changePrecision("2012-04", "MONTH", "YEAR")).toBe("2012");
    expect(changePrecision("2012", "YEAR", "DAY")).toBe("2012-01-01");
    expect(changePrecision("kaputt", "DAY", "YEAR")).toBe("");
  });
});

describe("the milestone form", () => {
  it("wants a date of its precision and a title of 2 to 500 characters", () => {
    const ok = { date: "2020-04", precision: "MONTH" as const, title: "Erste Fachtagung", description: "" };
    expect(milestoneErrors(ok)).toEqual({});
    expect(milestoneErrors({ ...ok, date: "", title: " " })).toEqual({
      date: "Bitte geben Sie an, wann es war.",
      title: "Bitte beschreiben Sie in wenigen Worten, was geschah.",
    });
    expect(milestoneErrors({ ...ok, date: "2020", precision: "MONTH" }).date).toBe(
      "Bitte geben Sie einen Monat an (JJJJ-MM).",
    );
    expect(milestoneErrors({ ...ok, date: "20", precision: "YEAR" }).date).toBe("Bitte geben Sie ein Jahr an (JJJJ).");
    expect(milestoneErrors({ ...ok, title: "x".repeat(501) }).title).toBe("Höchstens 500 Zeichen.");
    expect(milestoneErrors({ ...ok, description: "x".repeat(5001) }).description).toBe("Höchstens 5.000 Zeichen.");
  });
});
