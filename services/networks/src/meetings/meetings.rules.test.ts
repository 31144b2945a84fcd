import { ruleOutcome as outcome } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { NetworkStatus } from "../networks/network.enums.js";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";
import { assertCanMoveTo, assertMeetingContent, assertMeetingWithinNetworkLife } from "./meetings.rules.js";

describe("what a meeting may record", () => {
  const base = { date: "2024-05-01", status: MeetingStatus.HELD, agendaItemCount: 0 };

  it("keeps anonymous case consultations free of minutes and agenda", () => {
    const kind = MeetingKind.ANONYMOUS_CASE_CONSULTATION;
    expect(outcome(() => assertMeetingContent({ ...base, kind, participantCount: 6 }, "2024-06-01"))).toBe("allowed");
    expect(outcome(() => assertMeetingContent({ ...base, kind, minutes: "Fall besprochen" }, "2024-06-01"))).toBe(
      "BAD_USER_INPUT",
    );
    expect(outcome(() => assertMeetingContent({ ...base, kind, agendaItemCount: 1 }, "2024-06-01"))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("names the field that would hold case details, whatever the meeting's status", () => {
    const kind = MeetingKind.ANONYMOUS_CASE_CONSULTATION;
    const refusedField = (meeting: Parameters<typeof assertMeetingContent>[0]) => {
      try {
        assertMeetingContent(meeting, "2024-06-01");
      } catch (error) {
        return (error as { extensions: { fields: { field: string }[] } }).extensions.fields.map((f) => f.field);
      }
      return [];
    };
    expect(refusedField({ ...base, kind, minutes: "Fall besprochen", agendaItemCount: 2 })).toEqual(["input.minutes"]);
    expect(refusedField({ ...base, kind, agendaItemCount: 2 })).toEqual(["input.agenda"]);
    expect(
      refusedField({ ...base, kind, status: MeetingStatus.PLANNED, date: "2024-07-01", minutes: "Fall besprochen" }),
    ).toEqual(["input.minutes"]);
  });

  it("allows minutes and agenda for other meetings", () => {
    expect(
      outcome(() =>
        assertMeetingContent(
          { ...base, kind: MeetingKind.PLENARY, minutes: "Protokoll", agendaItemCount: 3 },
          "2024-06-01",
        ),
      ),
    ).toBe("allowed");
  });

  it("refuses a held meeting in the future and counted participants of one not held", () => {
    expect(
      outcome(() => assertMeetingContent({ ...base, kind: MeetingKind.PLENARY, date: "2024-07-01" }, "2024-06-01")),
    ).toBe("BAD_USER_INPUT");
    expect(
      outcome(() =>
        assertMeetingContent(
          { ...base, kind: MeetingKind.PLENARY, status: MeetingStatus.PLANNED, participantCount: 20 },
          "2024-06-01",
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });
});

describe("a meeting of an ended network", () => {
  it("accepts meetings of an ended network up to its last day only", () => {
    const ended = { name: "Alt", status: NetworkStatus.MERGED, endedOn: "2013-03-19" };
    expect(outcome(() => assertMeetingWithinNetworkLife(ended, "2013-03-19"))).toBe("allowed");
    expect(outcome(() => assertMeetingWithinNetworkLife(ended, "2013-03-20"))).toBe("BAD_USER_INPUT");
    expect(
      outcome(() =>
        assertMeetingWithinNetworkLife({ ...ended, status: NetworkStatus.ACTIVE, endedOn: null }, "2030-01-01"),
      ),
    ).toBe("allowed");
  });
});

describe("moving a planned meeting", () => {
  it("moves it to today or later, and leaves a day that stays or a held meeting alone", () => {
    const stored = { date: "2026-12-01" };
    const today = "2026-12-07";
    const planned = (date: string) => ({ status: MeetingStatus.PLANNED, date });
    expect(outcome(() => assertCanMoveTo(stored, planned("2026-12-07"), today))).toBe("allowed");
    expect(outcome(() => assertCanMoveTo(stored, planned("2026-12-06"), today))).toBe("BAD_USER_INPUT");
    expect(outcome(() => assertCanMoveTo(stored, planned("2026-12-01"), today))).toBe("allowed");
    expect(outcome(() => assertCanMoveTo(stored, { status: MeetingStatus.HELD, date: "2026-11-30" }, today))).toBe(
      "allowed",
    );
  });
});
