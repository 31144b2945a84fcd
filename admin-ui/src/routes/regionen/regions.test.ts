import { describe, expect, it } from "vitest";
import { dissolveErrors, regionErrors } from "./regions";

describe("region forms", () => {
  it("want a new district's key of its state, a name and a real day", () => {
    expect(regionErrors({ key: "13077", name: "Landkreis Neu", validFrom: "2027-01-01" }, "13", true)).toEqual({});
    expect(regionErrors({ key: "", name: "", validFrom: "2027-02-30" }, "13", true)).toEqual({
      key: "Bitte geben Sie den amtlichen Schlüssel an.",
      name: "Bitte geben Sie den Namen an (mindestens 2 Zeichen).",
      validFrom: "Bitte geben Sie ein gültiges Datum an.",
    });
    expect(regionErrors({ key: "14077", name: "Kreis", validFrom: "" }, "13", true).key).toBe(
      "Der Kreisschlüssel hat fünf Ziffern und beginnt mit 13.",
    );
    expect(regionErrors({ key: "", name: "Kreis", validFrom: "" }, "13", false)).toEqual({});
  });

  it("want a last day not before the first and at least one successor", () => {
    expect(dissolveErrors("2027-12-31", ["13072"], "2011-09-04")).toEqual({});
    expect(dissolveErrors("", [], null)).toEqual({
      validUntil: "Bitte geben Sie den letzten Tag der Region an.",
      successorKeys: "Bitte wählen Sie mindestens eine Nachfolgeregion.",
    });
    expect(dissolveErrors("2010-01-01", ["13072"], "2011-09-04").validUntil).toBe(
      "Die Region besteht erst seit dem 04.09.2011.",
    );
  });
});
