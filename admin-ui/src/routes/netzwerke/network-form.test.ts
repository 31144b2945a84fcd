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

  it("says the service's refusals in German", () => {
    expect(profileServerErrors({ endedOn: "before 2012-04-26", x: "y" })).toEqual({
      endedOn: "Dieses Datum liegt vor der Gründung des Netzwerks.",
      x: "Bitte prüfen Sie diese Angabe.",
    });
  });
});
