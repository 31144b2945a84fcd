import { BadUserInputError, ConflictError, ForbiddenError, type Caller } from "@kinderschutz/subgraph-kit";
import { ChargedTo, ConsultationStatus } from "./consultation.enums.js";

/** A youth office requests against its own contingent only; the state office may request for any office. */
export function assertCanRequest(caller: Caller, requestingDistrictKey: string): void {
  if (caller.role === "STATE_OFFICE") return;
  if (caller.role === "ANALYST")
    throw new ForbiddenError("Analysts read consultations; they request none.", "READ_ONLY_ROLE");
  if (caller.districtKey !== requestingDistrictKey) {
    throw new ForbiddenError(
      `A youth office requests against its own contingent (${caller.districtKey}) only, not against ${requestingDistrictKey}'s.`,
      "OTHER_DISTRICT",
    );
  }
}

export type ConsultationAction = "approve" | "deliver" | "cancel";

const ALLOWED: Record<ConsultationAction, ConsultationStatus[]> = {
  approve: [ConsultationStatus.REQUESTED],
  deliver: [ConsultationStatus.APPROVED],
  cancel: [ConsultationStatus.REQUESTED, ConsultationStatus.APPROVED],
};

type ConsultationFacts = { status: ConsultationStatus; requestingDistrictKey: string };

/**
 * Who may take a consultation a step further: the state office; a youth office only withdraws its own request
 * before it is approved. Checked as soon as the consultation is loaded, before the input and the version.
 */
export function assertMayTransition(caller: Caller, consultation: ConsultationFacts, action: ConsultationAction): void {
  const ownRequestWithdrawn =
    action === "cancel" &&
    caller.role === "YOUTH_OFFICE" &&
    caller.districtKey === consultation.requestingDistrictKey &&
    consultation.status === ConsultationStatus.REQUESTED;
  if (caller.role !== "STATE_OFFICE" && !ownRequestWithdrawn) {
    throw new ForbiddenError(
      action === "cancel"
        ? "A youth office may withdraw only its own requests that are not yet approved; everything else is the state office's."
        : `Only the state office may ${action === "approve" ? "approve consultations" : "record deliveries"}.`,
      "STATE_OFFICE_ONLY",
    );
  }
}

/** requested → approved → delivered, or cancelled before delivery; by whom: {@link assertMayTransition}. */
export function assertTransition(caller: Caller, consultation: ConsultationFacts, action: ConsultationAction): void {
  assertMayTransition(caller, consultation, action);
  if (!ALLOWED[action].includes(consultation.status)) {
    throw new ConflictError(
      `A ${consultation.status.toLowerCase()} consultation cannot be ${action === "approve" ? "approved" : action === "deliver" ? "recorded as delivered" : "cancelled"}.`,
      "CONSULTATION_STATUS",
      { status: consultation.status },
    );
  }
}

/**
 * A consultation is recorded as delivered on its planned day or later: before it, nothing was delivered yet (the
 * date changes by a new request, not by recording it early). `today` is the graph's day (YYYY-MM-DD).
 */
export function assertDeliveredAfterPlanned(consultation: { plannedDate: string }, today: string): void {
  if (consultation.plannedDate > today) {
    throw new BadUserInputError(
      `The consultation is planned for ${consultation.plannedDate}: record its delivery on that day or later.`,
      [],
      "BEFORE_PLANNED_DATE",
    );
  }
}

/** Consultations of two or more youth offices are paid from the cooperation pool, others from the office's contingent. */
export function chargeTarget(requestingDistrictKey: string, participatingDistrictKeys: readonly string[]): ChargedTo {
  return participatingDistrictKeys.some((key) => key !== requestingDistrictKey) ? ChargedTo.POOL : ChargedTo.BUDGET;
}

// Patterns that only case details would contain: dates (of birth), file or case numbers, "geb.".
const CASE_DETAIL_PATTERNS = [
  /\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{2}|\d{4})\b/,
  /\bgeb\.|\bgeboren\b/i,
  /\b(Az|Aktenzeichen|Fall-?Nr|Fallnummer)\b/i,
];

/**
 * A consultation's title is a short neutral label. It is not a place for case details (SGB VIII §64(2a)):
 * anything that looks like a date, a file number or a birth is refused.
 */
export function assertNeutralTitle(title: string | null | undefined): void {
  if (!title) return;
  if (CASE_DETAIL_PATTERNS.some((pattern) => pattern.test(title))) {
    throw new BadUserInputError(
      "Keep the title neutral: no dates, file or case numbers or other details of a child or family.",
      [{ field: "input.title", message: "looks like case details", reason: "CASE_DETAILS" }],
      "CASE_DETAILS",
    );
  }
}

/** Who sees a consultation: the state office and analysts all; a youth office those it requested or takes part in. */
export function canReadConsultation(
  caller: Caller,
  consultation: { requestingDistrictKey: string },
  participantDistricts: readonly string[],
): boolean {
  if (caller.role !== "YOUTH_OFFICE") return true;
  return consultation.requestingDistrictKey === caller.districtKey || participantDistricts.includes(caller.districtKey);
}
