import { describe, expect, it } from "vitest";
import { RegionKind } from "./region.entity.js";
import { closedForRecords, existsOn, isOfficeDistrictOn } from "./regions.rules.js";

const mueritz = {
  key: "13056",
  name: "Müritz",
  kind: RegionKind.DISTRICT,
  validFrom: "1994-06-12",
  validUntil: "2011-09-03",
};
const seenplatte = {
  key: "13071",
  name: "Mecklenburgische Seenplatte",
  kind: RegionKind.DISTRICT,
  validFrom: "2011-09-04",
  validUntil: undefined,
};

describe("existsOn", () => {
  it("counts the first and the last day in", () => {
    expect(existsOn(mueritz, "1994-06-12")).toBe(true);
    expect(existsOn(mueritz, "2011-09-03")).toBe(true);
    expect(existsOn(mueritz, "2011-09-04")).toBe(false);
    expect(existsOn(seenplatte, "2011-09-03")).toBe(false);
    expect(existsOn(seenplatte, "2026-12-07")).toBe(true);
  });

  it("takes a region without dates as always there", () => {
    expect(existsOn({ validFrom: undefined, validUntil: undefined }, "1900-01-01")).toBe(true);
  });
});

describe("closedForRecords", () => {
  it("refuses a dissolved region and names its last day", () => {
    expect(closedForRecords(mueritz, "2026-12-07")).toMatch(
      /13056 \(Müritz\) does not exist on 2026-12-07: it was dissolved after 2011-09-03/,
    );
    expect(closedForRecords(seenplatte, "2026-12-07")).toBeNull();
  });

  it("refuses a municipality whose district is dissolved", () => {
    const waren = {
      key: "13056089",
      name: "Waren (Müritz)",
      validFrom: undefined,
      validUntil: undefined,
      parent: mueritz,
    };
    expect(closedForRecords(waren, "2026-12-07")).toMatch(/district 13056, which does not exist/);
    expect(closedForRecords({ ...waren, parent: seenplatte }, "2026-12-07")).toBeNull();
  });
});

describe("isOfficeDistrictOn", () => {
  it("holds for a current district or independent city only", () => {
    expect(isOfficeDistrictOn(seenplatte, "2026-12-07")).toBe(true);
    expect(isOfficeDistrictOn({ ...seenplatte, kind: RegionKind.INDEPENDENT_CITY }, "2026-12-07")).toBe(true);
    expect(isOfficeDistrictOn(mueritz, "2026-12-07")).toBe(false);
    expect(isOfficeDistrictOn({ ...seenplatte, kind: RegionKind.STATE }, "2026-12-07")).toBe(false);
    expect(isOfficeDistrictOn({ ...seenplatte, kind: RegionKind.MUNICIPALITY }, "2026-12-07")).toBe(false);
    expect(isOfficeDistrictOn(null, "2026-12-07")).toBe(false);
  });
});
