import { registerEnumType } from "type-graphql";

export enum ConsultationKind {
  NETWORK_DEVELOPMENT = "NETWORK_DEVELOPMENT",
  REFLECTIVE_CASE_CONSULTATION = "REFLECTIVE_CASE_CONSULTATION",
  CRISIS_CONSULTATION = "CRISIS_CONSULTATION",
  QUALIFYING_STANDARDS = "QUALIFYING_STANDARDS",
  EVALUATING_STANDARDS = "EVALUATING_STANDARDS",
  WORKSHOP = "WORKSHOP",
  CONFERENCE = "CONFERENCE",
}

registerEnumType(ConsultationKind, {
  name: "ConsultationKind",
  description: "The kind of practice support (Praxisbegleitung).",
  valuesConfig: {
    NETWORK_DEVELOPMENT: { description: "Initiating and developing cooperation and network work (Kooperations- und Netzwerkarbeit)." },
    REFLECTIVE_CASE_CONSULTATION: { description: "Reflective, anonymised case consultation (reflektierende Fallberatung)." },
    CRISIS_CONSULTATION: { description: "Crisis consultation (Krisenberatung)." },
    QUALIFYING_STANDARDS: { description: "Qualifying child-protection standards (Qualifizierung von Kinderschutzstandards)." },
    EVALUATING_STANDARDS: { description: "Evaluating standards (Evaluation von Standards)." },
    WORKSHOP: { description: "Workshop." },
    CONFERENCE: { description: "Conference (Fachtag)." },
  },
});

export enum ConsultationStatus {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  DELIVERED = "DELIVERED",
  CANCELLED = "CANCELLED",
}

registerEnumType(ConsultationStatus, {
  name: "ConsultationStatus",
  description: "requested → approved → delivered, or cancelled before delivery.",
  valuesConfig: {
    REQUESTED: { description: "Requested by a youth office (angefragt)." },
    APPROVED: { description: "Approved by the state office with experts; its days are booked (bewilligt)." },
    DELIVERED: { description: "Delivered; the actual days are booked (durchgeführt)." },
    CANCELLED: { description: "Cancelled, with a reason; booked days are released (storniert)." },
  },
});

export enum ChargedTo {
  BUDGET = "BUDGET",
  POOL = "POOL",
}

registerEnumType(ChargedTo, {
  name: "ChargedTo",
  description: "Whose days a consultation uses.",
  valuesConfig: {
    BUDGET: { description: "The requesting youth office's contingent." },
    POOL: { description: "The cooperation pool (overregional: two or more youth offices)." },
  },
});
