import { describe, expect, it } from "vitest";
import { AGREEMENT_FIELDS, agreementErrors, agreementFieldId, agreementInput, serverFieldErrors } from "./agreements";

const agreement = {
  title: "Vereinbarung nach § 8a SGB VIII",
  legalBasis: "SGB_VIII_8A",
  status: "SIGNED",
  signedOn: "2026-03-01",
  validUntil: "",
  parties: [
    { id: "a", name: "Jugendamt" },
    { id: "b", name: "Kita" },
  ],
};

describe("cooperation-agreement forms", () => {
  it("want a title of 3 to 300 characters, a legal basis and a status", () => {
    expect(agreementErrors(agreement)).toEqual({});
    expect(agreementErrors({ ...agreement, title: "", legalBasis: "", status: "" })).toEqual({
      title: "Bitte geben Sie den Titel der Vereinbarung an.",
      legalBasis: "Bitte wählen Sie die Rechtsgrundlage.",
      status: "Bitte wählen Sie den Stand der Vereinbarung.",
    });
    expect(agreementErrors({ ...agreement, title: "§8" }).title).toBe("Mindestens 3 Zeichen.");
    expect(agreementErrors({ ...agreement, title: "x".repeat(301) }).title).toBe("Höchstens 300 Zeichen.");
  });

  it("want the day of signature of a signed agreement, and no end before it", () => {
    expect(agreementErrors({ ...agreement, signedOn: "" }).signedOn).toBe(
      "Eine unterzeichnete Vereinbarung braucht das Datum der Unterzeichnung.",
    );
    expect(agreementErrors({ ...agreement, status: "PLANNED", signedOn: "" })).toEqual({});
    expect(agreementErrors({ ...agreement, signedOn: "2026-02-30" }).signedOn).toBe(
      "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).",
    );
    expect(agreementErrors({ ...agreement, validUntil: "2026-02-28" }).validUntil).toBe(
      "Die Vereinbarung wurde erst am 01.03.2026 unterzeichnet.",
    );
    expect(agreementErrors({ ...agreement, validUntil: "2028-12-31" })).toEqual({});
  });

  it("want at least two different parties", () => {
    expect(agreementErrors({ ...agreement, parties: [agreement.parties[0]!] }).partyIds).toBe(
      "Bitte wählen Sie mindestens zwei Vertragsparteien.",
    );
    expect(agreementErrors({ ...agreement, parties: [agreement.parties[0]!, agreement.parties[0]!] }).partyIds).toBe(
      "Bitte wählen Sie mindestens zwei Vertragsparteien.",
    );
  });

  it("send empty dates as null and the parties by id", () => {
    expect(agreementInput({ ...agreement, title: " Vereinbarung " })).toEqual({
      title: "Vereinbarung",
      legalBasis: "SGB_VIII_8A",
      status: "SIGNED",
      signedOn: "2026-03-01",
      validUntil: null,
      partyIds: ["a", "b"],
    });
  });

  it("say the service's refusals in German, field by field", async () => {
    expect(
      await serverFieldErrors({
        partyIds: { message: "unknown organisation", reason: "UNKNOWN_REFERENCE" },
        validUntil: { message: "before 2026-03-01", reason: "BEFORE_START", date: "2026-03-01" },
      }),
    ).toEqual({
      partyIds: "Mindestens zwei verschiedene Vertragsparteien, die es noch gibt.",
      validUntil: "Die Vereinbarung kann nicht vor ihrer Unterzeichnung enden.",
    });
  });
});

describe("an agreement form with errors", () => {
  it("takes the person to the first field in the form's order, the parties to their search", () => {
    expect(AGREEMENT_FIELDS.find((f) => ({ validUntil: "x", title: "y" })[f as string])).toBe("title");
    expect(agreementFieldId("partyIds")).toBe("partySearch");
    expect(agreementFieldId("signedOn")).toBe("signedOn");
  });
});
