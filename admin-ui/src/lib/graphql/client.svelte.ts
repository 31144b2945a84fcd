import { cacheExchange, Client, CombinedError, fetchExchange } from "@urql/core";
import { authExchange } from "@urql/exchange-auth";
import { goto } from "$app/navigation";
import { session } from "#lib/auth/session.svelte.ts";
import type { TypedDocumentString } from "#graphql/graphql.ts";
import { completedMutation, describeErrors, hasAnswer, plainProblem, type Problem } from "./problems";

/** The one client of the interface: it talks only to the gateway, with the signed-in caller's token. */
export const client = new Client({
  url: "/graphql",
  // Apollo's CSRF prevention rejects simple GET requests; POST carries a JSON content type.
  preferGetMethod: false,
  requestPolicy: "cache-and-network",
  exchanges: [
    cacheExchange,
    authExchange(async (utils) => ({
      addAuthToOperation: (operation) =>
        session.current
          ? utils.appendHeaders(operation, { authorization: `Bearer ${session.current.token}` })
          : operation,
      // A token the browser already knows to be expired is not sent: the sign-in page comes before the request.
      willAuthError: () => !!session.current && session.current.expiresAt <= Date.now(),
      didAuthError: (error) => error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED"),
      // There is no refresh token: the person signs in again and comes back to the page they were on.
      refreshAuth: async () => {
        session.signOut();
        await goto(`/anmelden?zurueck=${encodeURIComponent(location.pathname)}`);
      },
    })),
    fetchExchange,
  ],
});

export type { ErrorCode, Problem } from "./problems";
export { isMissing, plainProblem } from "./problems";

/**
 * The problem to show for a failed or partial answer, or none: personal data hidden from the caller is none, and
 * when a service is down or slow the summary names the missing part (its fields are null in the data).
 */
function problemOf(error: CombinedError, data: unknown, operation: "query" | "mutation"): Problem | undefined {
  if (error.networkError && !error.graphQLErrors.length) return plainProblem("NETWORK");
  const answered = operation === "mutation" ? completedMutation(data) : hasAnswer(data);
  return describeErrors(error.graphQLErrors, { answered, operation });
}

/** A failed request as a Problem (`data` when part of the answer came back, so that the summary can say so). */
export function toProblem(error: CombinedError, data?: unknown): Problem {
  return problemOf(error, data, "query") ?? plainProblem("UNKNOWN");
}

/** Success, or a problem; a partial answer brings both, the data with the missing services' fields null. */
type Result<D> = { data: D; problem?: undefined } | { data?: D; problem: Problem };

/**
 * Runs a mutation; a failure comes back as a Problem (never thrown), so forms keep what was typed. A mutation
 * that came back is stored even when another service's fields in its answer are missing: that is no problem.
 */
export async function mutate<D, V extends Record<string, unknown>>(
  document: TypedDocumentString<D, V>,
  variables: V,
): Promise<Result<D>> {
  const result = await client.mutation<D, V>(document.toString(), variables).toPromise();
  const problem = result.error && problemOf(result.error, result.data, "mutation");
  if (problem) return { problem };
  return { data: result.data as D };
}

/** A one-off query outside a component (e.g. for a download); a partial answer brings its data and the problem. */
export async function fetchOnce<D, V extends Record<string, unknown>>(
  document: TypedDocumentString<D, V>,
  variables: V,
): Promise<Result<D>> {
  const result = await client
    .query<D, V>(document.toString(), variables, { requestPolicy: "network-only" })
    .toPromise();
  const problem = result.error && problemOf(result.error, result.data, "query");
  if (problem) return { problem, data: (result.data ?? undefined) as D | undefined };
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
export function query<D, V extends Record<string, unknown>>(
  document: TypedDocumentString<D, V>,
  variables: () => V,
): QueryState<D> {
  let data = $state<D | undefined>(undefined);
  let problem = $state<Problem | undefined>(undefined);
  let fetching = $state(true);
  let generation = $state(0);
  $effect(() => {
    const vars = variables();
    const policy = generation > 0 ? "network-only" : "cache-and-network";
    fetching = true;
    const { unsubscribe } = client
      .query<D, V>(document.toString(), vars, { requestPolicy: policy })
      .subscribe((result) => {
        problem = result.error ? problemOf(result.error, result.data, "query") : undefined;
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
