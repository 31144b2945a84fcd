import { describe, expect, it } from "vitest";
import { profileErrors, profileServerErrors } from "./network-form";

const ok = {
  name: "Netzwerk Kinderschutz Süd",
  kind: "CHILD_PROTECTION",
  regionKey: "13072",
  plenaryMeetingsPerYear: "3",
  description: "",
};

describe("a network's profile", () => {
  it("wants a name, a kind, a region and at most 52 meetings a year", () => {
    expect(profileErrors(ok)).toEqual({});
    expect(profileErrors({ ...ok, name: "N", kind: "", regionKey: "", plenaryMeetingsPerYear: "53" })).toEqual({
      name: "Bitte geben Sie den Namen des Netzwerks an (mindestens 2 Zeichen).",
      kind: "Bitte wählen Sie die Art des Netzwerks.",
      regionKey: "Bitte wählen Sie die Region, für die das Netzwerk arbeitet.",
      plenaryMeetingsPerYear: "Eine ganze Zahl von 0 bis 52.",
    });
    expect(profileErrors({ ...ok, plenaryMeetingsPerYear: "2.5" }).plenaryMeetingsPerYear).toBeDefined();
    expect(profileErrors({ ...ok, description: "x".repeat(2001) }).description).toBe("Höchstens 2.000 Zeichen.");
  });

  it("says the service's refusals in German", async () => {
    expect(
      await profileServerErrors({
        endedOn: { message: "before 2012-04-26", reason: "BEFORE_START", date: "2012-04-26" },
        x: { message: "y", reason: "INVALID" },
        description: { message: "at most 2000 characters", reason: "TOO_LONG", max: 2000 },
      }),
    ).toEqual({
      endedOn: "Dieses Datum liegt vor der Gründung des Netzwerks.",
      x: "Bitte prüfen Sie diese Angabe.",
      description: "Bitte geben Sie höchstens 2.000 Zeichen ein.",
    });
  });
});
