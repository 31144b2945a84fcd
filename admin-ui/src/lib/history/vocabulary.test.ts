import { describe, expect, it } from "vitest";
import { actorOf, fieldLabel, referencesOf, showValue, shownChanges } from "./vocabulary";

describe("the change history in words", () => {
  it("names fields in German and keeps unknown ones as they are", () => {
    expect(fieldLabel("Membership", "role")).toBe("Rolle");
    expect(fieldLabel("Consultation", "bookedHalfDays")).toBe("Gebucht");
    expect(fieldLabel("Network", "somethingNew")).toBe("somethingNew");
    expect(fieldLabel("Unknown", "name")).toBe("name");
  });

  it("says enum values by their labels, dates as dates and half-days as days", () => {
    expect(showValue("Membership", "role", '"STEERING"')).toBe("Steuerungsgruppe");
    expect(showValue("Membership", "since", '"2026-01-01"')).toBe("01.01.2026");
    expect(showValue("Consultation", "bookedHalfDays", "5")).toBe("2,5 Tage");
    expect(showValue("Consultation", "requestedHalfDays", "2")).toBe("1 Tag");
    expect(showValue("Meeting", "status", '"CANCELLED"')).toBe("abgesagt");
    expect(showValue("Offer", "kind", '"COUNSELLING"')).toBe("Beratung");
    expect(showValue("CooperationAgreement", "legalBasis", '"SGB_VIII_8A"')).toBe("§ 8a SGB VIII (Schutzauftrag)");
    expect(showValue("CooperationAgreement", "status", '"SIGNED"')).toBe("unterzeichnet");
    expect(showValue("CooperationAgreement", "validUntil", '"2027-12-31"')).toBe("31.12.2027");
    expect(fieldLabel("Offer", "minAge")).toBe("Alter von");
    expect(fieldLabel("Contact", "phone")).toBe("Telefon");
  });

  it("shows no value as a dash and other values plainly", () => {
    expect(showValue("Network", "description", null)).toBe("–");
    expect(showValue("Network", "description", "null")).toBe("–");
    expect(showValue("Network", "description", '""')).toBe("–");
    expect(showValue("Network", "name", '"Netzwerk Süd"')).toBe("Netzwerk Süd");
    expect(showValue("Network", "plenaryMeetingsPerYear", "3")).toBe("3");
    expect(showValue("Network", "unknown", "true")).toBe("ja");
    expect(showValue("Network", "unknown", "not json")).toBe("not json");
  });

  it("leaves out ids and what ties a part to the page it is shown on", () => {
    const changes = ["id", "network", "districtKey", "role", "since"].map((field) => ({ field }));
    expect(shownChanges("Membership", changes).map((c) => c.field)).toEqual(["role", "since"]);
    expect(shownChanges("Organisation", changes).map((c) => c.field)).toEqual([
      "network",
      "districtKey",
      "role",
      "since",
    ]);
  });
});

describe("the records a history refers to", () => {
  const OFFICE = "3f1e8a52-5b6f-4c1d-9a0e-2b7c1d4e5f60";
  const PARTY = "7a2b9c3d-1e4f-4a5b-8c6d-9e0f1a2b3c4d";
  const entries = [
    {
      callerDistrictKey: "13072",
      changes: [
        { field: "responsibleOfficeId", before: null, after: JSON.stringify(OFFICE) },
        { field: "regionKey", before: '"13071"', after: '"13072"' },
        { field: "name", before: null, after: '"Netzwerk Süd"' },
      ],
    },
  ];

  it("collects the ids and keys of one page by what they refer to, the acting office's district too", () => {
    expect(referencesOf("Network", entries)).toEqual({
      organisation: [OFFICE],
      network: [],
      contact: [],
      region: ["13072", "13071"],
      workingGroup: [],
    });
    const parties = [{ changes: [{ field: "parties", before: null, after: JSON.stringify([OFFICE, PARTY]) }] }];
    expect(referencesOf("CooperationAgreement", parties).organisation).toEqual([OFFICE, PARTY]);
  });

  it("shows names instead of ids, and without a name says what it was, never the id", () => {
    const names = { [`organisation:${OFFICE}`]: "Jugendamt Landkreis Rostock", "region:13072": "Landkreis Rostock" };
    expect(showValue("Network", "responsibleOfficeId", JSON.stringify(OFFICE), names)).toBe(
      "Jugendamt Landkreis Rostock",
    );
    expect(showValue("Network", "regionKey", '"13072"', names)).toBe("Landkreis Rostock");
    expect(showValue("CooperationAgreement", "parties", JSON.stringify([OFFICE, PARTY]), names)).toBe(
      "Jugendamt Landkreis Rostock, eine Organisation (Name nicht verfügbar)",
    );
    expect(showValue("Consultation", "networkId", JSON.stringify(PARTY))).toBe("ein Netzwerk (Name nicht verfügbar)");
    expect(shownChanges("Consultation", [{ field: "budget" }, { field: "pool" }, { field: "status" }])).toEqual([
      { field: "status" },
    ]);
  });

  it("names the acting office by its district", () => {
    const roles = { YOUTH_OFFICE: "Jugendamt", STATE_OFFICE: "Landeskoordinierungsstelle" };
    const names = { "region:13072": "Landkreis Rostock" };
    expect(actorOf("YOUTH_OFFICE", "13072", names, roles)).toBe("Jugendamt Landkreis Rostock");
    expect(actorOf("STATE_OFFICE", null, names, roles)).toBe("Landeskoordinierungsstelle");
    expect(actorOf("YOUTH_OFFICE", "13071", names, roles)).toBe("Jugendamt (Kreis 13071)");
  });
});
