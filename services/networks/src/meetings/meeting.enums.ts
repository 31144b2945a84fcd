import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const MeetingKind = graphqlEnum("MeetingKind", "What kind of meeting it is.", {
  PLENARY: "Plenary meeting of the network (Netzwerktreffen, Plenum).",
  WORKING_GROUP: "Meeting of a working group (Arbeitskreissitzung).",
  CONFERENCE: "Conference (Fachtag).",
  CHILD_PROTECTION_CONFERENCE: "Child-protection conference (Kinderschutzkonferenz).",
  WORKSHOP: "Workshop.",
  ANONYMOUS_CASE_CONSULTATION:
    "Anonymous case consultation (anonyme Fallbesprechung): records date, place and who attended, never case details.",
});
export type MeetingKind = EnumValue<typeof MeetingKind>;

export const MeetingStatus = graphqlEnum("MeetingStatus", "Whether a meeting is planned, was held or was cancelled.", {
  PLANNED: "Planned (geplant).",
  HELD: "Held (stattgefunden).",
  CANCELLED: "Cancelled (abgesagt).",
});
export type MeetingStatus = EnumValue<typeof MeetingStatus>;
