// German labels of the budgets service's enums (consultations). Apart from labels.ts: only the consultation pages,
// the report and the history need these.
import type { ChargedTo, ConsultationKind, ConsultationStatus } from "#graphql/enums.ts";

export const CONSULTATION_KIND: Record<ConsultationKind, string> = {
  NETWORK_DEVELOPMENT: "Netzwerkentwicklung",
  REFLECTIVE_CASE_CONSULTATION: "Reflexive Fallberatung",
  CRISIS_CONSULTATION: "Krisenberatung",
  QUALIFYING_STANDARDS: "Qualifizierung von Standards",
  EVALUATING_STANDARDS: "Evaluation von Standards",
  WORKSHOP: "Workshop",
  CONFERENCE: "Fachtag",
};
export const CONSULTATION_STATUS: Record<ConsultationStatus, string> = {
  REQUESTED: "angefragt",
  APPROVED: "bewilligt",
  DELIVERED: "durchgeführt",
  CANCELLED: "storniert",
};
export const CHARGED_TO: Record<ChargedTo, string> = { BUDGET: "Kontingent des Jugendamts", POOL: "Kooperationspool" };
