import { ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { WorkingGroupStatus } from "./working-group.enums.js";
import { assertWorkingGroupState } from "./working-groups.rules.js";

describe("a working group's state", () => {
  it("needs an end date once closed or gone, and only a group that left carries on elsewhere", () => {
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.ACTIVE }))).toBe("allowed");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.CLOSED }))).toBe("BAD_USER_INPUT");
    expect(
      outcome(() =>
        assertWorkingGroupState({
          status: WorkingGroupStatus.LEFT_NETWORK,
          endedOn: "2012-01-01",
          continuedByOrganisationId: "x",
        }),
      ),
    ).toBe("allowed");
    expect(
      outcome(() =>
        assertWorkingGroupState({
          status: WorkingGroupStatus.CLOSED,
          endedOn: "2012-01-01",
          continuedByOrganisationId: "x",
        }),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.ACTIVE, endedOn: "2012-01-01" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      outcome(() =>
        assertWorkingGroupState({ status: WorkingGroupStatus.CLOSED, foundedOn: "2012-01-01", endedOn: "2011-01-01" }),
      ),
    ).toBe("BAD_USER_INPUT");
  });
});
