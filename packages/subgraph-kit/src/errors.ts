import { GraphQLError } from "graphql";

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

/**
 * Why a change was refused, beyond its code (`extensions.reason`): stable names a client can rely on, e.g. to
 * say it in its people's language (the admin interface has a German sentence for each). The English message
 * stays for analysts and may be reworded; these names may not.
 */
export const REFUSAL_REASONS = [
  /** The record belongs to another district than the youth office's. */
  "OTHER_DISTRICT",
  /** The caller's role reads only (analysts). */
  "READ_ONLY_ROLE",
  /** Only the state office does this. */
  "STATE_OFFICE_ONLY",
  /** Someone else saved the record meanwhile (`currentVersion`). */
  "STALE_VERSION",
  /** Personal data (names, e-mail, phone) of another district's records. */
  "PERSONAL_DATA",
  /** A contact whose personal data was erased on request cannot be changed. */
  "CONTACT_ERASED",
  /** The region was dissolved: nothing new is placed in it. */
  "REGION_DISSOLVED",
  /** A region with this key exists already. */
  "REGION_KEY_TAKEN",
  /** The network has ended (dissolved or merged). */
  "NETWORK_ENDED",
  /** A network cannot be its own umbrella, directly or through others. */
  "UMBRELLA_CYCLE",
  /** The organisation is a member of the network already. */
  "ALREADY_MEMBER",
  /** The membership has ended already. */
  "MEMBERSHIP_ENDED",
  /** The youth office has no consultation contingent for the year. */
  "NO_CONTINGENT",
  /** There is no cooperation pool for the year. */
  "NO_POOL",
  /** Too few days remain in the contingent or pool (`remainingDays`). */
  "NOT_ENOUGH_DAYS",
  /** More days are booked than the new allocation would hold. */
  "BELOW_BOOKED",
  /** The district's contingent of the year belongs to another youth office. */
  "CONTINGENT_OF_OTHER_OFFICE",
  /** Only active experts are assigned. */
  "EXPERT_INACTIVE",
  /** The consultation's status does not allow the step (`status`). */
  "CONSULTATION_STATUS",
  /** A text looks like case details of a child or family, which the graph does not hold. */
  "CASE_DETAILS",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.email`. */
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in first: send an 'Authorization: Bearer <token>' header.") {
    super("UNAUTHENTICATED", message, {}, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, reason?: RefusalReason) {
    super("FORBIDDEN", message, reason ? { reason } : {});
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = [], reason?: RefusalReason) {
    super("BAD_USER_INPUT", message, { ...(fields.length ? { fields } : {}), ...(reason ? { reason } : {}) });
  }
}

/** An id as a message quotes it: whatever a caller sent, at most 100 characters of it. */
const quotedId = (id: string) => (id.length > 100 ? `${id.slice(0, 100)}…` : id);

export class NotFoundError extends AppError {
  constructor(type: string, id: string) {
    super("NOT_FOUND", `${type} '${quotedId(id)}' does not exist.`, { type, id: quotedId(id) });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, reason: RefusalReason, extensions: Record<string, unknown> = {}) {
    super("CONFLICT", message, { reason, ...extensions });
  }
}
