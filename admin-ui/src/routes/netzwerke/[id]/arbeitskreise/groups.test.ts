import { describe, expect, it } from "vitest";
import { endErrors, groupErrors, serverFieldErrors } from "./groups";

const network = { foundedOn: "2012-04-26", endedOn: null };

describe("working-group forms", () => {
  it("want a name of 2 to 300 characters, a kind, and a founding day in the network's lifetime", () => {
    expect(groupErrors({ name: "AG Frühe Hilfen", kind: "STANDING", foundedOn: "" }, network)).toEqual({});
    expect(groupErrors({ name: " ", kind: "", foundedOn: "2010-01-01" }, network)).toEqual({
      name: "Bitte geben Sie den Namen des Arbeitskreises an.",
      kind: "Bitte wählen Sie, ob der Arbeitskreis ständig oder befristet ist.",
      foundedOn: "Das Netzwerk wurde erst am 26.04.2012 gegründet.",
    });
    expect(groupErrors({ name: "A", kind: "STANDING", foundedOn: "" }, network).name).toBe("Mindestens 2 Zeichen.");
    expect(groupErrors({ name: "A".repeat(301), kind: "STANDING", foundedOn: "" }, network).name).toBe(
      "Höchstens 300 Zeichen.",
    );
  });

  it("end a group on a real day, not before it was founded, with a short note", () => {
    const end = { status: "CLOSED" as const, endedOn: "2026-06-30", continuedByOrganisationId: "", statusNote: "" };
    expect(endErrors(end, "2020-01-01")).toEqual({});
    expect(endErrors({ ...end, endedOn: "" }, null).endedOn).toBe(
      "Bitte geben Sie den Tag an, an dem der Arbeitskreis endete.",
    );
    expect(endErrors({ ...end, endedOn: "2019-12-31" }, "2020-01-01").endedOn).toBe(
      "Der Arbeitskreis wurde erst am 01.01.2020 gegründet.",
    );
    expect(endErrors({ ...end, statusNote: "x".repeat(501) }, null).statusNote).toBe("Höchstens 500 Zeichen.");
  });

  it("say the service's refusals in German, field by field", async () => {
    expect(
      await serverFieldErrors({
        endedOn: { message: "before 2020-01-01", reason: "BEFORE_START", date: "2020-01-01" },
        other: { message: "x" },
      }),
    ).toEqual({
      endedOn: "Dieses Datum passt nicht zum Arbeitskreis.",
      other: "Bitte prüfen Sie diese Angabe.",
    });
  });
});
