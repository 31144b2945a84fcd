import { GraphQLError } from "graphql";

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

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
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super("BAD_USER_INPUT", message, fields.length ? { fields } : {});
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
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super("CONFLICT", message, extensions);
  }
}
