import { cacheExchange, Client, CombinedError, fetchExchange } from "@urql/core";
import { goto } from "$app/navigation";
import { session } from "$lib/auth/session.svelte";
import type { TypedDocumentString } from "$graphql/graphql";

/** The one client of the interface: it talks only to the gateway, with the signed-in caller's token. */
export const client = new Client({
  url: "/graphql",
  // Apollo's CSRF prevention rejects simple GET requests; POST carries a JSON content type.
  preferGetMethod: false,
  requestPolicy: "cache-and-network",
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: (): RequestInit => ({ headers: session.current ? { authorization: `Bearer ${session.current.token}` } : undefined }),
});

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "NETWORK" | "UNKNOWN";

/** A failed request, ready to show: a German summary, the server's own words, and problems per input field. */
export interface Problem {
  code: ErrorCode;
  message: string;
  detail?: string;
  /** Input field (without the `input.` prefix) → the server's message for it. */
  fields: Record<string, string>;
  /** What else the server said about it, e.g. `remainingDays` when too few days are left. */
  extensions: Record<string, unknown>;
}

const SUMMARIES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.",
  FORBIDDEN: "Dafür fehlt Ihnen die Berechtigung.",
  BAD_USER_INPUT: "Bitte prüfen Sie Ihre Eingaben.",
  NOT_FOUND: "Der Datensatz wurde nicht gefunden.",
  CONFLICT: "Jemand anderes hat diesen Datensatz inzwischen geändert.",
  NETWORK: "Der Server ist nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es gleich noch einmal.",
  UNKNOWN: "Etwas ist schiefgegangen. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es noch einmal.",
};

export function toProblem(error: CombinedError): Problem {
  if (error.networkError && !error.graphQLErrors.length) return { code: "NETWORK", message: SUMMARIES.NETWORK, fields: {}, extensions: {} };
  const first = error.graphQLErrors[0];
  const rawCode = String(first?.extensions?.code ?? "UNKNOWN");
  const code = (rawCode in SUMMARIES ? rawCode : "UNKNOWN") as ErrorCode;
  const fields: Record<string, string> = {};
  for (const problem of (first?.extensions?.fields as { field: string; message: string }[] | undefined) ?? []) {
    fields[problem.field.replace(/^input\./, "")] = problem.message;
  }
  if (code === "UNAUTHENTICATED") {
    session.signOut();
    void goto(`/anmelden?zurueck=${encodeURIComponent(location.pathname)}`);
  }
  return { code, message: SUMMARIES[code], detail: first?.message, fields, extensions: { ...first?.extensions } };
}

/**
 * Personal data the caller may not see comes back as null with a FORBIDDEN error on that field; the rest of the
 * answer is complete, and the pages show such fields as not visible instead of failing.
 */
function onlyHiddenFields(error: CombinedError, data: unknown): boolean {
  return !!data && !error.networkError && error.graphQLErrors.every((e) => e.extensions?.code === "FORBIDDEN" && !!e.path?.length);
}

type Result<D> = { data: D; problem?: undefined } | { data?: undefined; problem: Problem };

/** Runs a mutation; a failure comes back as a Problem (never thrown), so forms keep what was typed. */
export async function mutate<D, V extends Record<string, unknown>>(document: TypedDocumentString<D, V>, variables: V): Promise<Result<D>> {
  const result = await client.mutation<D, V>(document.toString(), variables).toPromise();
  if (result.error) return { problem: toProblem(result.error) };
  return { data: result.data as D };
}

/** A one-off query outside a component (e.g. for a download). */
export async function fetchOnce<D, V extends Record<string, unknown>>(document: TypedDocumentString<D, V>, variables: V): Promise<Result<D>> {
  const result = await client.query<D, V>(document.toString(), variables, { requestPolicy: "network-only" }).toPromise();
  if (result.error && !onlyHiddenFields(result.error, result.data)) return { problem: toProblem(result.error) };
  return { data: result.data as D };
}

export interface QueryState<D> {
  readonly data: D | undefined;
  readonly problem: Problem | undefined;
  readonly fetching: boolean;
  refetch(): void;
}

/**
 * A query that follows its variables: call it during component setup with a function that reads reactive state;
 * it re-runs when that state changes and stops when the component goes away.
 */
export function query<D, V extends Record<string, unknown>>(document: TypedDocumentString<D, V>, variables: () => V): QueryState<D> {
  let data = $state<D | undefined>(undefined);
  let problem = $state<Problem | undefined>(undefined);
  let fetching = $state(true);
  let generation = $state(0);
  $effect(() => {
    const vars = variables();
    const policy = generation > 0 ? "network-only" : "cache-and-network";
    fetching = true;
    const { unsubscribe } = client.query<D, V>(document.toString(), vars, { requestPolicy: policy }).subscribe((result) => {
      problem = result.error && !onlyHiddenFields(result.error, result.data) ? toProblem(result.error) : undefined;
      if (result.data) data = result.data;
      fetching = !!result.stale;
    });
    return unsubscribe;
  });
  return {
    get data() {
      return data;
    },
    get problem() {
      return problem;
    },
    get fetching() {
      return fetching;
    },
    refetch: () => {
      generation += 1;
    },
  };
}
