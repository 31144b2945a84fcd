import { GraphQLError } from "graphql";
import type { SubgraphName } from "./config.js";

/**
 * What a rule needs to know about a record another subgraph owns (which district a youth office or a contact
 * belongs to, whose network it is), asked of that subgraph itself: it answers from its own database, as it
 * answers the gateway, so the caller's word about another subgraph's record is never taken.
 */
export interface Peers {
  /**
   * The records of `type` with these keys in subgraph `subgraph`, with the fields `selection` names (plain,
   * non-personal fields); a key the subgraph does not know is missing from the map.
   */
  entities<T extends object>(
    subgraph: SubgraphName,
    type: string,
    key: { field: string; values: readonly string[] },
    selection: string,
  ): Promise<Map<string, T>>;
}

/** How long a peer may take to answer before the change that needs it is refused. */
export const PEER_TIMEOUT_MS = 10_000;

const unavailable = (subgraph: string, what: string) =>
  new GraphQLError(
    `The ${subgraph} service could not be asked about ${what}, which this change refers to; nothing was changed. Try again in a moment.`,
    {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph },
    },
  );

/** Peers reached over HTTP with the request's own token and request id (each subgraph checks the token itself). */
export function httpPeers(
  urls: Partial<Record<SubgraphName, string>>,
  request: { authorization?: string; requestId: string },
): Peers {
  return {
    async entities<T extends object>(
      subgraph: SubgraphName,
      type: string,
      key: { field: string; values: readonly string[] },
      selection: string,
    ) {
      const found = new Map<string, T>();
      const keys = [...new Set(key.values)];
      if (keys.length === 0) return found;
      const what = `${type} ${keys.join(", ")}`;
      const url = urls[subgraph];
      if (!url) throw unavailable(subgraph, what);
      let body: { data?: { _entities?: (Record<string, unknown> | null)[] } };
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-request-id": request.requestId,
            ...(request.authorization ? { authorization: request.authorization } : {}),
          },
          body: JSON.stringify({
            query: `query PeerLookup($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${key.field} ${selection} } } }`,
            variables: { r: keys.map((value) => ({ __typename: type, [key.field]: value })) },
          }),
          signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
        });
        body = (await response.json()) as typeof body;
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      } catch {
        throw unavailable(subgraph, what);
      }
      const rows = body.data?._entities;
      if (!Array.isArray(rows)) throw unavailable(subgraph, what);
      for (const row of rows)
        if (row && typeof row[key.field] === "string") found.set(row[key.field] as string, row as T);
      return found;
    },
  };
}

/** For a subgraph that asks no peer (and for tests without one): every question is refused as unavailable. */
export const noPeers: Peers = {
  async entities(subgraph, type, key) {
    if (key.values.length === 0) return new Map();
    throw unavailable(subgraph, `${type} ${key.values.join(", ")}`);
  },
};
