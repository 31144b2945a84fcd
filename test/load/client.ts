/**
 * One virtual user's connection to the gateway: sends a request, times it to the last byte of the answer and
 * records the outcome. Never throws for what the server answers: a load test counts failures, it does not stop
 * at the first one.
 */
import type { Answer, Recorder } from "./recorder.js";

/**
 * Refusals that are a correct answer to this request under concurrency: an `extensions.code` ("CONFLICT"), or a
 * code with the input field it names ("BAD_USER_INPUT:input.allocatedDays").
 */
export type ExpectedRefusals = readonly string[];

type GraphQLError = { message: string; extensions?: Record<string, unknown> };

function isExpected(error: GraphQLError, expected: ExpectedRefusals): boolean {
  const code = String(error.extensions?.code);
  const fields = (error.extensions?.fields as { field: string }[] | undefined) ?? [];
  return expected.includes(code) || (fields.length > 0 && fields.every((f) => expected.includes(`${code}:${f.field}`)));
}

export interface GraphQLAnswer<T> extends Answer {
  data?: T | null;
  errors?: GraphQLError[];
  outcome: "accepted" | "refused" | "failed";
}

/** Longer than the gateway's own request deadline (REQUEST_TIMEOUT_MS, 30 s), so that this one never decides. */
const CLIENT_TIMEOUT_MS = 45_000;

export class Client {
  constructor(
    private readonly recorder: Recorder,
    private readonly origin: string,
    private readonly token: string,
    readonly role: string,
  ) {}

  /** A GraphQL request; `expected`: the refusals that are a correct answer to it (see ExpectedRefusals). */
  async gql<T = any>(
    operation: string,
    query: string,
    variables: Record<string, unknown> = {},
    expected: ExpectedRefusals = [],
  ): Promise<GraphQLAnswer<T>> {
    const started = performance.now();
    let answer: Omit<GraphQLAnswer<T>, "outcome">;
    try {
      const res = await fetch(`${this.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      const text = await res.text();
      let body: { data?: T | null; errors?: GraphQLAnswer<T>["errors"] } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const errors = body?.errors;
      answer = {
        status: res.status,
        data: body?.data,
        errors,
        codes: body ? (errors ?? []).map((e) => String(e.extensions?.code ?? "NO_CODE")) : ["NOT_JSON"],
        message: errors?.[0]?.message ?? (body ? undefined : text.slice(0, 200)),
      };
    } catch (error) {
      answer = { status: 0, codes: [clientErrorCode(error)], message: String(error) };
    }
    const expectedRefusal = !!answer.errors?.length && answer.errors.every((e) => isExpected(e, expected));
    const outcome = this.recorder.record(this.role, operation, performance.now() - started, answer, expectedRefusal);
    return { ...answer, outcome };
  }

  /** A CSV download through `/export.csv`; a file that ends with EXPORT INCOMPLETE counts as failed. */
  async exportCsv(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ outcome: string; rows: number }> {
    const started = performance.now();
    let answer: Answer;
    let rows = 0;
    try {
      const res = await fetch(`${this.origin}/export.csv`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      // Spreadsheet software needs the byte-order mark (text() would drop it, so look at the bytes).
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      const text = new TextDecoder().decode(bytes);
      rows = text.split("\n").filter(Boolean).length - 1;
      const incomplete = text.includes("EXPORT INCOMPLETE");
      const csv = res.status === 200 && res.headers.get("content-type")?.startsWith("text/csv") && bom;
      answer = {
        status: res.status,
        codes: csv && !incomplete ? [] : [incomplete ? "EXPORT_INCOMPLETE" : `HTTP_${res.status}`],
        message: csv && !incomplete ? undefined : text.slice(-300),
      };
    } catch (error) {
      answer = { status: 0, codes: [clientErrorCode(error)], message: String(error) };
    }
    const outcome = this.recorder.record(this.role, operation, performance.now() - started, answer);
    return { outcome, rows };
  }
}

function clientErrorCode(error: unknown): string {
  const name = (error as Error)?.name;
  return name === "TimeoutError" || name === "AbortError" ? "CLIENT_TIMEOUT" : "CONNECTION_FAILED";
}
