import { describe, expect, it } from "vitest";
import { addressErrors, entries, exportFileName, exportRows } from "./mailing-list";

describe("the mailing list", () => {
  it("shows contacts with their organisation and addresses by themselves, by name", () => {
    const list = entries([
      { id: "1", name: null, email: "kita@beispiel.example", contact: null },
      {
        id: "2",
        contact: {
          function: "Leitung",
          name: "Anna Berg",
          email: "a.berg@kita.example",
          organisation: { name: "Kita Sonnenblume" },
        },
      },
      { id: "3", name: "Zoe Ahrens", email: "z@example.org" },
    ]);
    expect(list.map((e) => [e.name, e.email, e.organisation, e.function])).toEqual([
      ["Anna Berg", "a.berg@kita.example", "Kita Sonnenblume", "Leitung"],
      ["", "kita@beispiel.example", "", ""],
      ["Zoe Ahrens", "z@example.org", "", ""],
    ]);
  });

  it("wants an e-mail address and at most 200 characters of name", () => {
    expect(addressErrors("", "info@example.org")).toEqual({});
    expect(addressErrors("", "")).toEqual({ email: "Bitte geben Sie die E-Mail-Adresse an." });
    expect(addressErrors("", "info@example").email).toMatch(/^Bitte geben Sie eine gültige E-Mail-Adresse an/);
    expect(addressErrors("x".repeat(201), "a@b.de").name).toBe("Höchstens 200 Zeichen.");
  });

  it("exports a header and a row an entry, under a file name from the network's name", () => {
    expect(exportRows([{ id: "1", name: "Anna", email: "a@b.de", organisation: "Kita", function: "Leitung" }])).toEqual(
      [
        ["Name", "E-Mail-Adresse", "Organisation", "Funktion"],
        ["Anna", "a@b.de", "Kita", "Leitung"],
      ],
    );
    expect(exportFileName("Netzwerk Frühe Hilfen Landkreis Rostock")).toBe(
      "verteiler-netzwerk-fruehe-hilfen-landkreis-rostock.csv",
    );
    expect(exportFileName("***")).toBe("verteiler-netzwerk.csv");
  });
});
