import { registerEnumType } from "type-graphql";

export enum MeetingKind {
  PLENARY = "PLENARY",
  WORKING_GROUP = "WORKING_GROUP",
  CONFERENCE = "CONFERENCE",
  CHILD_PROTECTION_CONFERENCE = "CHILD_PROTECTION_CONFERENCE",
  WORKSHOP = "WORKSHOP",
  ANONYMOUS_CASE_CONSULTATION = "ANONYMOUS_CASE_CONSULTATION",
}

registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "What kind of meeting it is.",
  valuesConfig: {
    PLENARY: { description: "Plenary meeting of the network (Netzwerktreffen, Plenum)." },
    WORKING_GROUP: { description: "Meeting of a working group (Arbeitskreissitzung)." },
    CONFERENCE: { description: "Conference (Fachtag)." },
    CHILD_PROTECTION_CONFERENCE: { description: "Child-protection conference (Kinderschutzkonferenz)." },
    WORKSHOP: { description: "Workshop." },
    ANONYMOUS_CASE_CONSULTATION: {
      description: "Anonymous case consultation (anonyme Fallbesprechung): records date, place and who attended, never case details.",
    },
  },
});

export enum MeetingStatus {
  PLANNED = "PLANNED",
  HELD = "HELD",
  CANCELLED = "CANCELLED",
}

registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting is planned, was held or was cancelled.",
  valuesConfig: {
    PLANNED: { description: "Planned (geplant)." },
    HELD: { description: "Held (stattgefunden)." },
    CANCELLED: { description: "Cancelled (abgesagt)." },
  },
});
