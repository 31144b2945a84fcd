import { GraphQLError } from "graphql";

/** The error codes of the subgraphs' own refusals (`extensions.code`). */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

/**
 * Every `extensions.code` an answer of the graph can carry, from the subgraphs, the gateway and the GraphQL
 * server beneath them: a client that has a word for each (the admin interface has a German sentence) is typed
 * against this list, so that a new code fails its build rather than reach people as "something went wrong".
 */
export const ANSWER_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  /** The query is too deep, too costly, too long (`limit`, `max`). */
  "QUERY_LIMIT_EXCEEDED",
  /** The request body is larger than the graph takes. */
  "PAYLOAD_TOO_LARGE",
  /** Too many requests of one caller in a short time (`retryAfterSeconds`). */
  "RATE_LIMITED",
  /** The request as a whole took too long. */
  "TIMEOUT",
  /** A subgraph is not reachable (`subgraph`): its part of the answer is missing. */
  "SUBGRAPH_UNAVAILABLE",
  /** A subgraph did not answer in time (`subgraph`). */
  "SUBGRAPH_TIMEOUT",
  /** With trusted documents: the operation is not one the interface registered at its build. */
  "OPERATION_NOT_REGISTERED",
  /** The request is no GraphQL request (no JSON, wrong method, no query). */
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  /** The document holds several operations and `operationName` names none of them. */
  "OPERATION_RESOLUTION_FAILURE",
  /** Something failed that the caller could not have caused; the message says no more. */
  "INTERNAL_SERVER_ERROR",
] as const;

export type AnswerCode = (typeof ANSWER_CODES)[number];

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
  /** A consultation's delivery is recorded on its planned day or later. */
  "BEFORE_PLANNED_DATE",
  /** The change history is for the state office and the youth office that owns the record. */
  "HISTORY_RESTRICTED",
  /** A youth office's token names a district that does not exist (any more): it changes nothing. */
  "UNKNOWN_DISTRICT",
  /** A text looks like case details of a child or family, which the graph does not hold. */
  "CASE_DETAILS",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/**
 * What is wrong with one input field (`extensions.fields[].reason`), beyond the refusal reasons above: stable
 * names, with the bound they break in `min`, `max` or `date` where there is one.
 */
export const FIELD_REASONS = [
  "REQUIRED",
  /** Text shorter than `min` characters. */
  "TOO_SHORT",
  /** Text longer than `max` characters. */
  "TOO_LONG",
  /** A number below `min` (or not above it, when `exclusive`). */
  "TOO_SMALL",
  /** A number above `max`. */
  "TOO_LARGE",
  /** Fewer than `min` entries in a list. */
  "TOO_FEW",
  /** More than `max` entries in a list. */
  "TOO_MANY",
  /** A value that is not one of the enum's. */
  "INVALID_CHOICE",
  "INVALID_DATE",
  /** A date before 1900 or after 2100. */
  "DATE_OUT_OF_RANGE",
  "INVALID_TIME",
  "INVALID_EMAIL",
  /** Not an id the graph could have given. */
  "INVALID_ID",
  "INVALID_URL",
  "INVALID_PHONE",
  "INVALID_POSTAL_CODE",
  "INVALID_REGION_KEY",
  /** Control characters, bidirectional controls or broken UTF-16 (see `textProblem`). */
  "INVALID_CHARACTERS",
  /** Another shape than the field takes. */
  "INVALID_FORMAT",
  /** Days in other steps than halves. */
  "HALF_DAY_STEPS",
  /** The record the field names does not exist (or not any more). */
  "UNKNOWN_REFERENCE",
  /** The field names the record itself. */
  "SELF_REFERENCE",
  /** A date before the record's start, `date`. */
  "BEFORE_START",
  /** A date after the record's end, `date`. */
  "AFTER_END",
  /** A date in the future where only a past one fits. */
  "IN_THE_FUTURE",
  /** A date in the past where only a future one fits. */
  "IN_THE_PAST",
  /** The field does not go with what the rest of the input says (a kind or a status). */
  "NOT_APPLICABLE",
  /** The lower bound is above the upper one. */
  "MIN_ABOVE_MAX",
  /** A region key that does not begin with its parent's. */
  "KEY_OUTSIDE_PARENT",
  /** The field contradicts another one of the input. */
  "MISMATCH",
  "INVALID",
] as const;

export type FieldReason = RefusalReason | (typeof FIELD_REASONS)[number];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.email`. */
  field: string;
  /** In English, for analysts; may be reworded. */
  message: string;
  reason: FieldReason;
  min?: number;
  max?: number;
  /** With `min`: the bound itself is refused too (e.g. more than 0 days). */
  exclusive?: boolean;
  /** The date a date field may not pass (YYYY-MM-DD). */
  date?: string;
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
  constructor(message: string, reason: RefusalReason) {
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
