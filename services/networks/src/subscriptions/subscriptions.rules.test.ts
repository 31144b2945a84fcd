import { analyst, stateOffice, youthOffice, ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { subscriberData } from "./subscriptions.rules.js";

describe("who reads a mailing list's names and addresses", () => {
  const entry = { districtKey: "13071", name: "Ehrenamt Beispiel", email: "ehrenamt@example.org" };

  it("shows them to the state office and the responsible youth office", () => {
    expect(subscriberData(stateOffice, entry, "name")).toBe("Ehrenamt Beispiel");
    expect(subscriberData(youthOffice("13071"), entry, "email")).toBe("ehrenamt@example.org");
    expect(subscriberData(youthOffice("13071"), { ...entry, name: null }, "name")).toBeNull();
  });

  it("refuses them to analysts and other districts' youth offices", () => {
    expect(outcome(() => subscriberData(analyst, entry, "email"))).toBe("FORBIDDEN");
    expect(outcome(() => subscriberData(youthOffice("13003"), entry, "name"))).toBe("FORBIDDEN");
  });
});
