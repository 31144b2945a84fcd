import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const ConsultationKind = graphqlEnum("ConsultationKind", "The kind of practice support (Praxisbegleitung).", {
  NETWORK_DEVELOPMENT: "Initiating and developing cooperation and network work (Kooperations- und Netzwerkarbeit).",
  REFLECTIVE_CASE_CONSULTATION: "Reflective, anonymised case consultation (reflektierende Fallberatung).",
  CRISIS_CONSULTATION: "Crisis consultation (Krisenberatung).",
  QUALIFYING_STANDARDS: "Qualifying child-protection standards (Qualifizierung von Kinderschutzstandards).",
  EVALUATING_STANDARDS: "Evaluating standards (Evaluation von Standards).",
  WORKSHOP: "Workshop.",
  CONFERENCE: "Conference (Fachtag).",
});
export type ConsultationKind = EnumValue<typeof ConsultationKind>;

export const ConsultationStatus = graphqlEnum(
  "ConsultationStatus",
  "requested → approved → delivered, or cancelled before delivery.",
  {
    REQUESTED: "Requested by a youth office (angefragt).",
    APPROVED: "Approved by the state office with experts; its days are booked (bewilligt).",
    DELIVERED: "Delivered; the actual days are booked (durchgeführt).",
    CANCELLED: "Cancelled, with a reason; booked days are released (storniert).",
  },
);
export type ConsultationStatus = EnumValue<typeof ConsultationStatus>;

export const ChargedTo = graphqlEnum("ChargedTo", "Whose days a consultation uses.", {
  BUDGET: "The requesting youth office's contingent.",
  POOL: "The cooperation pool (overregional: two or more youth offices).",
});
export type ChargedTo = EnumValue<typeof ChargedTo>;
