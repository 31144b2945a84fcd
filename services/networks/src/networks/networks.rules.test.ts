import { analyst, stateOffice, youthOffice, ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { assertMeetingContent } from "../meetings/meetings.rules.js";
import { assertWorkingGroupState } from "../working-groups/working-groups.service.js";
import { MeetingKind, MeetingStatus } from "../meetings/meeting.enums.js";
import { NetworkStatus } from "./network.enums.js";
import { WorkingGroupStatus } from "../working-groups/working-group.enums.js";
import { assertCanChangeNetwork, assertCanEnd, assertMeetingWithinNetworkLife, assertNoCycle } from "./networks.rules.js";

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
    expect(outcome(() => assertCanChangeNetwork(youthOffice("13071"), { ...müritz, responsibleDistrictKey: "13075" }, müritz))).toBe("FORBIDDEN");
    expect(outcome(() => assertCanChangeNetwork(youthOffice("13075"), { ...müritz, responsibleDistrictKey: "13075" }, müritz))).toBe("FORBIDDEN");
  });
});

describe("ending a network", () => {
  const active = { id: "a", status: NetworkStatus.ACTIVE, foundedOn: "2011-03-07" };

  it("dissolves or merges an active network", () => {
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.DISSOLVED, endedOn: "2020-12-31" }))).toBe("allowed");
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.MERGED, endedOn: "2020-12-31", successorId: "b" }))).toBe("allowed");
  });

  it("refuses to end twice, to merge into itself, or to end before the founding", () => {
    expect(outcome(() => assertCanEnd({ ...active, status: NetworkStatus.DISSOLVED }, { status: NetworkStatus.DISSOLVED, endedOn: "2020-12-31" }))).toBe("CONFLICT");
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.MERGED, endedOn: "2020-12-31", successorId: "a" }))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertCanEnd(active, { status: NetworkStatus.DISSOLVED, endedOn: "2010-01-01" }))).toBe("BAD_USER_INPUT");
  });

  it("accepts meetings of an ended network up to its last day only", () => {
    const ended = { name: "Alt", status: NetworkStatus.MERGED, endedOn: "2013-03-19" };
    expect(outcome(() => assertMeetingWithinNetworkLife(ended, "2013-03-19"))).toBe("allowed");
    expect(outcome(() => assertMeetingWithinNetworkLife(ended, "2013-03-20"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertMeetingWithinNetworkLife({ ...ended, status: NetworkStatus.ACTIVE, endedOn: null }, "2030-01-01"))).toBe("allowed");
  });

  it("refuses umbrella cycles", () => {
    expect(outcome(() => assertNoCycle("a", ["b", "c"]))).toBe("allowed");
    expect(outcome(() => assertNoCycle("a", ["b", "a"]))).toBe("BAD_USER_INPUT");
  });
});

describe("what a meeting may record", () => {
  const base = { date: "2024-05-01", status: MeetingStatus.HELD, agendaItemCount: 0 };

  it("keeps anonymous case consultations free of minutes and agenda", () => {
    const kind = MeetingKind.ANONYMOUS_CASE_CONSULTATION;
    expect(outcome(() => assertMeetingContent({ ...base, kind, participantCount: 6 }, "2024-06-01"))).toBe("allowed");
    expect(outcome(() => assertMeetingContent({ ...base, kind, minutes: "Fall besprochen" }, "2024-06-01"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertMeetingContent({ ...base, kind, agendaItemCount: 1 }, "2024-06-01"))).toBe("BAD_USER_INPUT");
  });

  it("allows minutes and agenda for other meetings", () => {
    expect(outcome(() => assertMeetingContent({ ...base, kind: MeetingKind.PLENARY, minutes: "Protokoll", agendaItemCount: 3 }, "2024-06-01"))).toBe("allowed");
  });

  it("refuses a held meeting in the future and counted participants of one not held", () => {
    expect(outcome(() => assertMeetingContent({ ...base, kind: MeetingKind.PLENARY, date: "2024-07-01" }, "2024-06-01"))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertMeetingContent({ ...base, kind: MeetingKind.PLENARY, status: MeetingStatus.PLANNED, participantCount: 20 }, "2024-06-01"))).toBe("BAD_USER_INPUT");
  });
});

describe("a working group's state", () => {
  it("needs an end date once closed or gone, and only a group that left carries on elsewhere", () => {
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.ACTIVE }))).toBe("allowed");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.CLOSED }))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.LEFT_NETWORK, endedOn: "2012-01-01", continuedByOrganisationId: "x" }))).toBe("allowed");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.CLOSED, endedOn: "2012-01-01", continuedByOrganisationId: "x" }))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.ACTIVE, endedOn: "2012-01-01" }))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertWorkingGroupState({ status: WorkingGroupStatus.CLOSED, foundedOn: "2012-01-01", endedOn: "2011-01-01" }))).toBe("BAD_USER_INPUT");
  });
});
