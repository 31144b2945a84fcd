import { analyst, stateOffice, youthOffice, ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { NetworkStatus } from "./network.enums.js";
import { assertCanChangeNetwork, assertCanEnd, assertNoCycle } from "./networks.rules.js";

const müritz = { name: "Netzwerk Müritz", responsibleDistrictKey: "13071" };
const bündnis = { name: "Bündnis Kinderschutz MV", responsibleDistrictKey: null };

describe("who may change a network", () => {
  it("lets the responsible youth office and the state office change it", () => {
    expect(outcome(() => assertCanChangeNetwork(youthOffice("13071"), müritz, müritz))).toBe("allowed");
    expect(outcome(() => assertCanChangeNetwork(stateOffice, müritz, müritz))).toBe("allowed");
  });

  it("forbids other districts' youth offices and analysts", () => {
    expect(outcome(() => assertCanChangeNetwork(youthOffice("13003"), müritz, müritz))).toBe("FORBIDDEN");
    expect(outcome(() => assertCanChangeNetwork(analyst, müritz, müritz))).toBe("FORBIDDEN");
  });

  it("keeps statewide networks with the state office", () => {
    expect(outcome(() => assertCanChangeNetwork(youthOffice("13071"), bündnis))).toBe("FORBIDDEN");
    expect(outcome(() => assertCanChangeNetwork(stateOffice, bündnis))).toBe("allowed");
  });

  it("forbids a youth office to hand its network to another district or take one over", () => {
    expect(
      outcome(() =>
        assertCanChangeNetwork(youthOffice("13071"), { ...müritz, responsibleDistrictKey: "13075" }, müritz),
      ),
    ).toBe("FORBIDDEN");
    expect(
      outcome(() =>
        assertCanChangeNetwork(youthOffice("13075"), { ...müritz, responsibleDistrictKey: "13075" }, müritz),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("ending a network", () => {
  const active = { id: "a", status: NetworkStatus.ACTIVE, foundedOn: "2011-03-07" };

  it("dissolves or merges an active network", () => {
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.DISSOLVED, endedOn: "2020-12-31" }))).toBe(
      "allowed",
    );
    expect(
      outcome(() => assertCanEnd(active, { status: NetworkStatus.MERGED, endedOn: "2020-12-31", successorId: "b" })),
    ).toBe("allowed");
  });

  it("refuses to end twice, to merge into itself, or to end before the founding", () => {
    expect(
      outcome(() =>
        assertCanEnd(
          { ...active, status: NetworkStatus.DISSOLVED },
          { status: NetworkStatus.DISSOLVED, endedOn: "2020-12-31" },
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      outcome(() => assertCanEnd(active, { status: NetworkStatus.MERGED, endedOn: "2020-12-31", successorId: "a" })),
    ).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.DISSOLVED, endedOn: "2010-01-01" }))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("refuses umbrella cycles", () => {
    expect(outcome(() => assertNoCycle("a", ["b", "c"]))).toBe("allowed");
    expect(outcome(() => assertNoCycle("a", ["b", "a"]))).toBe("BAD_USER_INPUT");
  });
});
