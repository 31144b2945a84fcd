import { BadUserInputError } from "@kinderschutz/subgraph-kit";
import { NetworkStatus } from "../networks/network.enums.js";
import { MeetingKind, MeetingStatus } from "./meeting.enums.js";

interface MeetingContent {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string;
  minutes?: string | null;
  agendaItemCount: number;
  participantCount?: number | null;
}

/**
 * Anonymous case consultations are recorded by date, place and attendance only: with no minutes and no agenda
 * there is no field in which details of a child or family could be written (SGB VIII §64(2a)).
 * A meeting in the future cannot have been held, and participants are only counted for held meetings.
 */
export function assertMeetingContent(meeting: MeetingContent, today: string): void {
  if (meeting.kind === MeetingKind.ANONYMOUS_CASE_CONSULTATION && (meeting.minutes || meeting.agendaItemCount > 0)) {
    throw new BadUserInputError(
      "An anonymous case consultation is recorded without minutes or agenda, so that no case details are stored: record only date, place and who took part.",
      [
        {
          field: meeting.minutes ? "input.minutes" : "input.agenda",
          message: "not allowed for anonymous case consultations",
          reason: "CASE_DETAILS",
        },
      ],
      "CASE_DETAILS",
    );
  }
  if (meeting.status === MeetingStatus.HELD && meeting.date > today) {
    throw new BadUserInputError(`A meeting on ${meeting.date} cannot have been held yet.`, [
      { field: "input.status", message: "HELD lies in the future", reason: "IN_THE_FUTURE" },
    ]);
  }
  if (meeting.participantCount != null && meeting.status !== MeetingStatus.HELD) {
    throw new BadUserInputError("Participants are counted once a meeting has been held.", [
      { field: "input.participantCount", message: "only for HELD meetings", reason: "NOT_APPLICABLE" },
    ]);
  }
}

/** Meetings of an ended network can be recorded up to its last day, not after. */
export function assertMeetingWithinNetworkLife(
  network: { name: string; endedOn?: string | null; status: NetworkStatus },
  date: string,
): void {
  if (network.status !== NetworkStatus.ACTIVE && network.endedOn && date > network.endedOn) {
    throw new BadUserInputError(
      `'${network.name}' ended on ${network.endedOn}; a meeting after that belongs to its successor.`,
      [{ field: "input.date", message: `after ${network.endedOn}`, reason: "AFTER_END", date: network.endedOn }],
      "NETWORK_ENDED",
    );
  }
}

/**
 * A planned meeting moves to today or later: one moved into the past would be planned for a day that is over.
 * (A meeting that took place on another day is recorded as held with that day.)
 */
export function assertCanMoveTo(
  stored: { date: string },
  next: { status: MeetingStatus; date: string },
  today: string,
): void {
  if (next.status === MeetingStatus.PLANNED && next.date !== stored.date && next.date < today) {
    throw new BadUserInputError(`A planned meeting cannot be moved to a past day (${next.date}).`, [
      { field: "input.date", message: "in the past", reason: "IN_THE_PAST" },
    ]);
  }
}
