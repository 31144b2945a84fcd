// What the graph answered wrong, in German for the page. Plain functions (no Svelte, no client), so that the
// rules for partial answers are tested without a browser.

// Types only: nothing of the kit is bundled.
import type { AnswerCode, FieldProblem } from "../../../../packages/subgraph-kit/src/errors.ts";

/** Every code the graph answers with (the kit's list), and the two the browser adds: no answer, or one unknown. */
export type ErrorCode = AnswerCode | "NETWORK" | "UNKNOWN";

/** What the service said about one input field: its reason and bound in a form to put in German, and its English. */
export type FieldIssue = Omit<FieldProblem, "field" | "reason"> & { reason?: string };

/** A failed request, ready to show: a German summary, the server's own words, and problems per input field. */
export interface Problem {
  code: ErrorCode;
  message: string;
  detail?: string;
  /** Input field (without the `input.` prefix) → what the server said about it (see `germanFieldErrors`). */
  fields: Record<string, FieldIssue>;
  /** What else the server said about it, e.g. `remainingDays` when too few days are left. */
  extensions: Record<string, unknown>;
  /**
   * The services (subgraphs, e.g. `budgets`) whose part of the answer is missing right now while the rest of it
   * stands; empty for every other problem. Their fields are null in the data.
   */
  missing: string[];
}

/** One entry of a GraphQL answer's `errors`, as urql hands it over. */
export interface ServerError {
  message: string;
  path?: readonly (string | number)[] | undefined;
  extensions?: Record<string, unknown> | undefined;
}

/** A service that is down, hangs, or whose database took too long: its fields are null, the rest is there. */
const OUTAGE_CODES: ReadonlySet<string> = new Set<ErrorCode>(["SUBGRAPH_UNAVAILABLE", "SUBGRAPH_TIMEOUT", "TIMEOUT"]);

/** The graph's services as the people using the interface know them. */
export const SERVICE_NAMES: Record<string, string> = {
  organisations: "Organisationen",
  networks: "Netzwerke",
  budgets: "Beratungskontingente",
};

const rateLimited = (when: string) =>
  `Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es ${when} noch einmal.`;

// Typed against the kit's list of codes: a code without a sentence here fails the build.
const SUMMARIES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.",
  FORBIDDEN: "Dafür fehlt Ihnen die Berechtigung.",
  BAD_USER_INPUT: "Bitte prüfen Sie Ihre Eingaben.",
  NOT_FOUND: "Der Datensatz wurde nicht gefunden.",
  CONFLICT: "Jemand anderes hat diesen Datensatz inzwischen geändert.",
  QUERY_LIMIT_EXCEEDED:
    "Das ist zu viel auf einmal. Bitte wählen Sie weniger aus (zum Beispiel mit einem Filter) und versuchen Sie es noch einmal.",
  PAYLOAD_TOO_LARGE: "Das Gesendete ist zu groß. Bitte kürzen Sie lange Texte und versuchen Sie es noch einmal.",
  RATE_LIMITED: rateLimited("in einem Moment"),
  OPERATION_NOT_REGISTERED:
    "Diese Seite ist nicht mehr aktuell, weil das System inzwischen erneuert wurde. Bitte laden Sie die Seite neu.",
  BAD_REQUEST: "Die Anfrage war fehlerhaft. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  GRAPHQL_PARSE_FAILED: "Die Anfrage war fehlerhaft. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  GRAPHQL_VALIDATION_FAILED:
    "Diese Seite ist nicht mehr aktuell, weil das System inzwischen erneuert wurde. Bitte laden Sie die Seite neu.",
  OPERATION_RESOLUTION_FAILURE:
    "Die Anfrage war fehlerhaft. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  INTERNAL_SERVER_ERROR:
    "Im System ist ein Fehler aufgetreten. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es später noch einmal.",
  SUBGRAPH_UNAVAILABLE:
    "Ein Teil des Systems ist gerade nicht erreichbar. Bitte versuchen Sie es in Kürze noch einmal.",
  SUBGRAPH_TIMEOUT:
    "Ein Teil des Systems hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es in Kürze noch einmal.",
  TIMEOUT: "Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es in Kürze noch einmal.",
  NETWORK:
    "Der Server ist nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es gleich noch einmal.",
  UNKNOWN: "Etwas ist schiefgegangen. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es noch einmal.",
};

export const isOutage = (code: ErrorCode): boolean => OUTAGE_CODES.has(code);

/** The summary, with the wait the graph names where it asks to wait. */
function summaryOf(code: ErrorCode, extensions: Record<string, unknown>): string {
  const wait = extensions.retryAfterSeconds;
  if (code === "RATE_LIMITED" && typeof wait === "number" && wait > 0) {
    return rateLimited(wait === 1 ? "in einer Sekunde" : `in ${wait} Sekunden`);
  }
  return SUMMARIES[code];
}

/** Personal data the caller may not see: null with a FORBIDDEN error on that very field, the rest complete. */
export const isHiddenField = (error: ServerError): boolean =>
  error.extensions?.code === "FORBIDDEN" && !!error.path?.length;

function codeOf(error: ServerError | undefined): ErrorCode {
  const raw = String(error?.extensions?.code ?? "UNKNOWN");
  return (raw in SUMMARIES ? raw : "UNKNOWN") as ErrorCode;
}

/** „Organisationen“ und „Beratungskontingente“ */
function listOf(services: string[]): string {
  const names = services.map((s) => `„${SERVICE_NAMES[s] ?? s}“`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} und ${names.at(-1)}` : (names[0] ?? "");
}

/** The sentence that names what is missing: by service when the graph says which, else in general. */
function whatIsMissing(code: ErrorCode, services: string[]): string {
  const plural = services.length > 1;
  const subject = services.length ? `${plural ? "Die Bereiche" : "Der Bereich"} ${listOf(services)}` : "Ein Dienst";
  if (code === "SUBGRAPH_UNAVAILABLE") return `${subject} ${plural ? "sind" : "ist"} nicht erreichbar.`;
  if (code === "SUBGRAPH_TIMEOUT") return `${subject} ${plural ? "haben" : "hat"} nicht rechtzeitig geantwortet.`;
  return services.length
    ? `Die Abfrage im Bereich ${listOf(services)} hat zu lange gedauert.`
    : "Eine Abfrage hat zu lange gedauert.";
}

export interface AnswerShape {
  /**
   * Whether the answer holds anything to show: for a query at least one of its top-level fields is not null
   * (`hasAnswer`), for a mutation every one (`completedMutation`).
   */
  answered: boolean;
  /** A mutation's unanswered outage leaves open whether the change was stored. */
  operation: "query" | "mutation";
}

/**
 * The problem to show for an answer's errors, or none. Hidden personal data in an otherwise complete answer is
 * no problem (the pages show such fields as not visible). When services are down or too slow and the rest was
 * answered, the summary says which part is missing and that the rest is shown. A mutation that was answered is
 * stored: a service missing from what it returns is no reason to make the person send it again.
 */
export function describeErrors(errors: readonly ServerError[], shape: AnswerShape): Problem | undefined {
  const relevant = shape.answered ? errors.filter((e) => !isHiddenField(e)) : [...errors];
  if (relevant.length === 0) return undefined;
  const outages = relevant.filter((e) => isOutage(codeOf(e)));
  if (outages.length && outages.length === relevant.length) {
    return shape.answered && shape.operation === "mutation" ? undefined : outageProblem(outages, shape);
  }
  const first = relevant.find((e) => !isOutage(codeOf(e))) ?? relevant[0]!;
  const code = codeOf(first);
  const fields: Record<string, FieldIssue> = {};
  for (const { field, ...issue } of (first.extensions?.fields as FieldProblem[] | undefined) ?? []) {
    fields[field.replace(/^input\./, "")] = issue;
  }
  return {
    code,
    message: summaryOf(code, first.extensions ?? {}),
    detail: first.message,
    fields,
    extensions: { ...first.extensions },
    missing: [],
  };
}

function outageProblem(outages: ServerError[], shape: AnswerShape): Problem {
  // The gateway reports a service once per call it made; a page needs each service once.
  const missing = [
    ...new Set(outages.map((e) => e.extensions?.subgraph).filter((s): s is string => typeof s === "string")),
  ];
  // Unreachable weighs most: trying again soon helps least there.
  const codes = outages.map(codeOf);
  const code = (["SUBGRAPH_UNAVAILABLE", "SUBGRAPH_TIMEOUT", "TIMEOUT"] as const).find((c) => codes.includes(c))!;
  const what = whatIsMissing(code, missing);
  let message: string;
  if (shape.answered) {
    message = `Ein Teil der Daten fehlt gerade: ${what} Alles Übrige wird angezeigt; bitte versuchen Sie es in Kürze noch einmal.`;
  } else if (shape.operation === "mutation" && code !== "SUBGRAPH_UNAVAILABLE") {
    message = `${what} Ob die Änderung gespeichert wurde, ist offen: Bitte laden Sie die Seite in Kürze neu und prüfen Sie das, bevor Sie es noch einmal versuchen.`;
  } else if (shape.operation === "mutation") {
    message = `Das hat gerade nicht geklappt: ${what} Ihre Eingaben bleiben erhalten; bitte versuchen Sie es in Kürze noch einmal.`;
  } else {
    message = `Diese Daten fehlen gerade: ${what} Bitte versuchen Sie es in Kürze noch einmal.`;
  }
  const first = outages[codes.indexOf(code)]!;
  return { code, message, detail: first.message, fields: {}, extensions: { ...first.extensions }, missing };
}

/**
 * Whether a service's part is missing from the answer a problem came with. For a field that may be null anyway
 * (a consultation without a network), this tells "none" from "not known right now".
 */
export const isMissing = (problem: Problem | undefined, service: "organisations" | "networks" | "budgets"): boolean =>
  !!problem?.missing.includes(service);

/** Whether a GraphQL answer's data holds anything: at least one top-level field is not null. */
export function hasAnswer(data: unknown): boolean {
  return (
    !!data && typeof data === "object" && Object.values(data).some((value) => value !== null && value !== undefined)
  );
}

/** Whether every top-level field of a mutation's answer came back: then the change is stored, whatever else failed. */
export function completedMutation(data: unknown): boolean {
  return (
    !!data &&
    typeof data === "object" &&
    Object.keys(data).length > 0 &&
    Object.values(data).every((value) => value !== null && value !== undefined)
  );
}

/** A problem without a GraphQL error to describe it (the network, or an answer that lacks what it must hold). */
export const plainProblem = (code: ErrorCode): Problem => ({
  code,
  message: SUMMARIES[code],
  fields: {},
  extensions: {},
  missing: [],
});

/**
 * What to tell the person about a problem: the German sentence of the refusal's reason where the graph names one
 * (loaded only then: every page would otherwise carry all of them), else the summary.
 */
export async function sayProblem(problem: Problem): Promise<string> {
  const reason = problem.extensions.reason;
  if (typeof reason !== "string") return problem.message;
  const { REFUSALS } = await import("./reasons");
  return REFUSALS[reason] ?? problem.message;
}
