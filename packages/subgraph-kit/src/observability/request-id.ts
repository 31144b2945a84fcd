import { randomUUID } from "node:crypto";

/** The header that carries one request's id from the caller through the gateway to every subgraph and back. */
export const REQUEST_ID_HEADER = "x-request-id";

// The id lands in log lines, audit entries and response headers: only short ids of harmless characters are taken
// over, so a caller cannot forge log lines or stuff megabytes into every entry.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's request id when it is safe to pass on, else a fresh UUID. */
export function sanitizeRequestId(given: string | readonly string[] | undefined): string {
  return typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}
