import { ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { assertCanBeginOn, assertCanEndOn, isCurrentOn } from "./memberships.rules.js";

describe("when a membership counts", () => {
  it("counts from its first day through its last, an open beginning or end counting as open", () => {
    const ended = { since: "2019-01-01", until: "2020-12-31" };
    expect(["2018-12-31", "2019-01-01", "2020-12-31", "2021-01-01"].map((day) => isCurrentOn(ended, day))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isCurrentOn({ since: null, until: null }, "1990-01-01")).toBe(true);
    expect(isCurrentOn({ since: "2030-01-01" }, "2029-12-31")).toBe(false);
  });
});

describe("a membership's days", () => {
  it("begins no later than it ended", () => {
    expect(outcome(() => assertCanBeginOn({ until: "2020-12-31" }, "2020-12-31"))).toBe("allowed");
    expect(outcome(() => assertCanBeginOn({ until: "2020-12-31" }, "2021-01-01"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertCanBeginOn({ until: null }, "2030-01-01"))).toBe("allowed");
  });

  it("ends once, and not before it began", () => {
    expect(outcome(() => assertCanEndOn({ since: "2015-01-01" }, "2015-01-01"))).toBe("allowed");
    expect(outcome(() => assertCanEndOn({ since: "2015-01-01" }, "2014-12-31"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertCanEndOn({ since: "2015-01-01", until: "2020-12-31" }, "2021-06-30"))).toBe(
      "BAD_USER_INPUT",
    );
    expect(outcome(() => assertCanEndOn({ since: null }, "1990-01-01"))).toBe("allowed");
  });
});
