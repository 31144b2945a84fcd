import { analyst, stateOffice, youthOffice, ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { ChargedTo, ConsultationStatus } from "./consultation.enums.js";
import {
  assertCanRequest,
  assertDeliveredAfterPlanned,
  assertNeutralTitle,
  assertTransition,
  canReadConsultation,
  chargeTarget,
  type ConsultationAction,
} from "./consultations.rules.js";

describe("requesting", () => {
  it("lets a youth office request against its own contingent only, and the state office for any", () => {
    expect(outcome(() => assertCanRequest(youthOffice("13071"), "13071"))).toBe("allowed");
    expect(outcome(() => assertCanRequest(youthOffice("13071"), "13003"))).toBe("FORBIDDEN");
    expect(outcome(() => assertCanRequest(stateOffice, "13003"))).toBe("allowed");
    expect(outcome(() => assertCanRequest(analyst, "13003"))).toBe("FORBIDDEN");
  });

  it("charges consultations of two or more offices to the pool", () => {
    expect(chargeTarget("13071", [])).toBe(ChargedTo.BUDGET);
    expect(chargeTarget("13071", ["13071"])).toBe(ChargedTo.BUDGET);
    expect(chargeTarget("13071", ["13075"])).toBe(ChargedTo.POOL);
  });

  it("refuses titles that look like case details", () => {
    expect(outcome(() => assertNeutralTitle("Fachtag Kinderschutz in Kitas 2026"))).toBe("allowed");
    expect(outcome(() => assertNeutralTitle("Fallberatung Kind geb. 03.04.2019"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertNeutralTitle("Beratung zu Az. 4711"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertNeutralTitle("Fallnummer 12"))).toBe("BAD_USER_INPUT");
  });
});

describe("the life of a consultation", () => {
  const at = (status: ConsultationStatus) => ({ status, requestingDistrictKey: "13071" });
  const table: [ConsultationAction, ConsultationStatus, string][] = [
    ["approve", ConsultationStatus.REQUESTED, "allowed"],
    ["approve", ConsultationStatus.APPROVED, "CONFLICT"],
    ["deliver", ConsultationStatus.APPROVED, "allowed"],
    ["deliver", ConsultationStatus.REQUESTED, "CONFLICT"],
    ["cancel", ConsultationStatus.REQUESTED, "allowed"],
    ["cancel", ConsultationStatus.APPROVED, "allowed"],
    ["cancel", ConsultationStatus.DELIVERED, "CONFLICT"],
    ["cancel", ConsultationStatus.CANCELLED, "CONFLICT"],
  ];

  it.each(table)("state office: %s a %s consultation → %s", (action, status, expected) => {
    expect(outcome(() => assertTransition(stateOffice, at(status), action))).toBe(expected);
  });

  it("lets a youth office withdraw its own open request but approve or deliver nothing", () => {
    expect(outcome(() => assertTransition(youthOffice("13071"), at(ConsultationStatus.REQUESTED), "cancel"))).toBe(
      "allowed",
    );
    expect(outcome(() => assertTransition(youthOffice("13071"), at(ConsultationStatus.APPROVED), "cancel"))).toBe(
      "FORBIDDEN",
    );
    expect(outcome(() => assertTransition(youthOffice("13003"), at(ConsultationStatus.REQUESTED), "cancel"))).toBe(
      "FORBIDDEN",
    );
    expect(outcome(() => assertTransition(youthOffice("13071"), at(ConsultationStatus.REQUESTED), "approve"))).toBe(
      "FORBIDDEN",
    );
    expect(outcome(() => assertTransition(analyst, at(ConsultationStatus.APPROVED), "deliver"))).toBe("FORBIDDEN");
  });

  it("shows a youth office the consultations it requested or takes part in", () => {
    expect(canReadConsultation(youthOffice("13071"), { requestingDistrictKey: "13071" }, [])).toBe(true);
    expect(canReadConsultation(youthOffice("13075"), { requestingDistrictKey: "13071" }, ["13075"])).toBe(true);
    expect(canReadConsultation(youthOffice("13003"), { requestingDistrictKey: "13071" }, ["13075"])).toBe(false);
    expect(canReadConsultation(analyst, { requestingDistrictKey: "13071" }, [])).toBe(true);
  });
});

describe("recording a delivery", () => {
  // A consultation planned for 15 December was once accepted as delivered on 7 December.
  it("takes it on the planned day or later, never before", () => {
    const planned = { plannedDate: "2026-12-15" };
    expect(outcome(() => assertDeliveredAfterPlanned(planned, "2026-12-07"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertDeliveredAfterPlanned(planned, "2026-12-14"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertDeliveredAfterPlanned(planned, "2026-12-15"))).toBe("allowed");
    expect(outcome(() => assertDeliveredAfterPlanned(planned, "2027-01-04"))).toBe("allowed");
  });
});
