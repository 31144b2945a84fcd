/** GraphQL over HTTP with an `x-request-id` of the test's choosing, to find the request again in the audit trail. */
import type { GraphQLResponse } from "./graph.js";

export async function gqlWithRequestId<T = any>(
  url: string,
  bearer: string,
  requestId: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, "x-request-id": requestId },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, "status">) };
}
