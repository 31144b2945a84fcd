import { describe, expect, it } from "vitest";
// The subgraphs' list itself, not a copy: a field reason added there without a German sentence fails here.
import { FIELD_REASONS } from "../../../packages/subgraph-kit/src/errors.ts";
import { germanFieldErrors } from "./field-errors";
import { sayFieldIssue } from "./field-sentences";
import { REFUSALS } from "./graphql/reasons";

describe("a service's field refusals in German", () => {
  it("has a sentence for every field reason, with its bound, and never the service's English", () => {
    for (const reason of FIELD_REASONS) {
      const said = sayFieldIssue({ message: "English words", reason, min: 3, max: 300, date: "2026-03-01" });
      expect(said, reason).toMatch(/^[A-ZÄÖÜ].*[.!]$/);
      expect(said, reason).not.toContain("English");
    }
    expect(sayFieldIssue({ message: "", reason: "TOO_LONG", max: 2000 })).toBe(
      "Bitte geben Sie höchstens 2.000 Zeichen ein.",
    );
    expect(sayFieldIssue({ message: "", reason: "TOO_SMALL", min: 0, exclusive: true })).toBe(
      "Bitte geben Sie mehr als 0 an.",
    );
    expect(sayFieldIssue({ message: "", reason: "BEFORE_START", date: "2012-04-26" })).toBe(
      "Dieses Datum darf nicht vor dem 26.04.2012 liegen.",
    );
    // A reason this interface does not know yet: a general sentence, still German.
    expect(sayFieldIssue({ message: "brand new", reason: "SOMETHING_NEW" })).toBe("Bitte prüfen Sie diese Angabe.");
  });

  it("says a refusal only the graph knows in its own sentence, else the form's, else the reason's", async () => {
    expect(
      await germanFieldErrors(
        {
          key: { message: "already taken", reason: "REGION_KEY_TAKEN" },
          name: { message: "at least 2 characters", reason: "TOO_SHORT", min: 2 },
          city: { message: "at most 100 characters", reason: "TOO_LONG", max: 100 },
        },
        { key: "Bitte prüfen Sie den Schlüssel.", name: "Bitte geben Sie einen Namen ein." },
      ),
    ).toEqual({
      key: REFUSALS.REGION_KEY_TAKEN,
      name: "Bitte geben Sie einen Namen ein.",
      city: "Bitte geben Sie höchstens 100 Zeichen ein.",
    });
  });
});
