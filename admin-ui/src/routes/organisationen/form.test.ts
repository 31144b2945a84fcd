import { describe, expect, it } from "vitest";
import { emptyValues, validate } from "./form";

describe("the organisation form's checks", () => {
  const valid = {
    ...emptyValues("13072"),
    name: "Kita Sonnenblume",
    kind: "DAYCARE",
    sector: "EDUCATION",
    postalCode: "18273",
  };

  it("lets a complete organisation through", () => {
    expect(validate(valid)).toEqual({});
  });

  it("names each problem at its field, in German", () => {
    const errors = validate({ ...valid, name: " ", kind: "", postalCode: "1827", website: "www", email: "info@" });
    expect(Object.keys(errors).sort()).toEqual(["email", "kind", "name", "postalCode", "website"]);
    expect(errors.postalCode).toMatch(/5 Ziffern/);
  });
});
