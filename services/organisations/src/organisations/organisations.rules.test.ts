import { analyst, stateOffice, youthOffice, ruleOutcome as code } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { OrganisationKind } from "./organisation.enums.js";
import { assertCanArchiveOrganisation, assertCanSaveOrganisation } from "./organisations.rules.js";

const daycare = (districtKey: string) => ({ name: "Kita Regenbogen", kind: OrganisationKind.DAYCARE, districtKey });
const office = (districtKey: string) => ({
  name: `Jugendamt ${districtKey}`,
  kind: OrganisationKind.YOUTH_OFFICE,
  districtKey,
});

describe("who may save an organisation", () => {
  it("lets the state office create and change anything", () => {
    expect(code(() => assertCanSaveOrganisation(stateOffice, office("13071")))).toBe("allowed");
    expect(code(() => assertCanSaveOrganisation(stateOffice, daycare("13003"), daycare("13071")))).toBe("allowed");
  });

  it("lets a youth office create and change organisations of its own district", () => {
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13071")))).toBe("allowed");
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13071"), daycare("13071")))).toBe(
      "allowed",
    );
  });

  it("forbids a youth office to touch another district's organisation", () => {
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13003")))).toBe("FORBIDDEN");
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13003"), daycare("13003")))).toBe(
      "FORBIDDEN",
    );
  });

  it("forbids a youth office to move an organisation into or out of its district", () => {
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13003"), daycare("13071")))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13071"), daycare("13003")))).toBe(
      "FORBIDDEN",
    );
  });

  it("lets a youth office keep its own profile but not create or re-classify offices", () => {
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), office("13071"), office("13071")))).toBe(
      "allowed",
    );
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), office("13071")))).toBe("FORBIDDEN");
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), daycare("13071"), office("13071")))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => assertCanSaveOrganisation(youthOffice("13071"), office("13071"), daycare("13071")))).toBe(
      "FORBIDDEN",
    );
  });

  it("forbids analysts every change", () => {
    expect(code(() => assertCanSaveOrganisation(analyst, daycare("13071")))).toBe("FORBIDDEN");
    expect(code(() => assertCanArchiveOrganisation(analyst, daycare("13071")))).toBe("FORBIDDEN");
  });

  it("forbids records without a district (statewide bodies) to youth offices", () => {
    expect(
      code(() =>
        assertCanSaveOrganisation(youthOffice("13071"), { name: "Ministerium", kind: OrganisationKind.MINISTRY }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("who may archive an organisation", () => {
  it("lets a youth office archive its district's partners but not youth offices", () => {
    expect(code(() => assertCanArchiveOrganisation(youthOffice("13071"), daycare("13071")))).toBe("allowed");
    expect(code(() => assertCanArchiveOrganisation(youthOffice("13071"), office("13071")))).toBe("FORBIDDEN");
    expect(code(() => assertCanArchiveOrganisation(stateOffice, office("13071")))).toBe("allowed");
  });
});
