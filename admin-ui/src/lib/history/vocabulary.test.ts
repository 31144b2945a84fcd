import { describe, expect, it } from "vitest";
import { fieldLabel, showValue, shownChanges } from "./vocabulary";

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
