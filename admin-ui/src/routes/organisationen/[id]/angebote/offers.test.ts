import { describe, expect, it } from "vitest";
import { offerErrors, offerInput, serverFieldErrors } from "./offers";

const offer = { title: "Elterncafé", kind: "GROUP", minAge: "0", maxAge: "3", regionKey: "" };

describe("offer forms", () => {
  it("want a title of 3 to 300 characters and a kind", () => {
    expect(offerErrors(offer)).toEqual({});
    expect(offerErrors({ ...offer, title: " ", kind: "" })).toEqual({
      title: "Bitte geben Sie den Titel des Angebots an.",
      kind: "Bitte wählen Sie die Art des Angebots.",
    });
    expect(offerErrors({ ...offer, title: "AB" }).title).toBe("Mindestens 3 Zeichen.");
    expect(offerErrors({ ...offer, title: "A".repeat(301) }).title).toBe("Höchstens 300 Zeichen.");
  });

  it("take whole ages from 0 to 27, the youngest not above the oldest, both optional", () => {
    expect(offerErrors({ ...offer, minAge: "", maxAge: "" })).toEqual({});
    expect(offerErrors({ ...offer, minAge: "-1" }).minAge).toBe("Bitte geben Sie ein ganzes Alter von 0 bis 27 an.");
    expect(offerErrors({ ...offer, maxAge: "28" }).maxAge).toBe("Bitte geben Sie ein ganzes Alter von 0 bis 27 an.");
    expect(offerErrors({ ...offer, minAge: "2.5" }).minAge).toBe("Bitte geben Sie ein ganzes Alter von 0 bis 27 an.");
    expect(offerErrors({ ...offer, minAge: "6", maxAge: "3" }).maxAge).toBe(
      "Das Höchstalter darf nicht unter dem Mindestalter liegen.",
    );
  });

  it("take ages as a number input gives them, numbers or null", () => {
    const asBound = { ...offer, minAge: 6 as unknown as string, maxAge: null as unknown as string };
    expect(offerErrors(asBound)).toEqual({});
    expect(offerInput(asBound)).toMatchObject({ minAge: 6, maxAge: null });
  });

  it("send empty ages and region as null", () => {
    expect(offerInput({ ...offer, title: " Elterncafé ", minAge: "", regionKey: "" })).toEqual({
      title: "Elterncafé",
      kind: "GROUP",
      minAge: null,
      maxAge: 3,
      regionKey: null,
    });
  });

  it("say the service's refusals in German, field by field", async () => {
    expect(
      await serverFieldErrors({
        maxAge: { message: "the youngest age cannot be above the oldest", reason: "MIN_ABOVE_MAX" },
        other: { message: "x", reason: "REGION_DISSOLVED" },
      }),
    ).toEqual({
      maxAge: "Das Höchstalter muss zwischen Mindestalter und 27 liegen.",
      other:
        "Diese Region ist aufgelöst: Ihr lässt sich nichts Neues mehr zuordnen. Bitte wählen Sie ihre Nachfolgerin.",
    });
  });
});
