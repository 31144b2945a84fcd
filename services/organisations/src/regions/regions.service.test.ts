import { describe, expect, it } from "vitest";
import { RegionKind } from "./region.entity.js";
import { officeDistrictKey } from "./regions.service.js";

describe("which youth office keeps a region's records", () => {
  it("is the district's or independent city's own", () => {
    expect(officeDistrictKey({ key: "13071", kind: RegionKind.DISTRICT })).toBe("13071");
    expect(officeDistrictKey({ key: "13004", kind: RegionKind.INDEPENDENT_CITY })).toBe("13004");
  });

  it("is the surrounding district's for a municipality", () => {
    expect(officeDistrictKey({ key: "13071156", kind: RegionKind.MUNICIPALITY, parent: { key: "13071" } })).toBe(
      "13071",
    );
  });

  it("is none for a state", () => {
    expect(officeDistrictKey({ key: "13", kind: RegionKind.STATE })).toBeUndefined();
  });
});
