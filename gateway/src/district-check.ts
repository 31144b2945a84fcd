import type { ApolloServerPlugin } from "@apollo/server";
import type { AnswerCode, RefusalReason } from "@kinderschutz/subgraph-kit/errors";
import { httpPeers } from "@kinderschutz/subgraph-kit/peers";
import { today, validOn } from "@kinderschutz/subgraph-kit/validation";
import { LRUCache } from "lru-cache";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./forwarding.js";

/** How long the answer for a district is taken at its word: regions change at a district reform, not daily. */
export const DISTRICT_MEMORY_MS = 5 * 60_000;

type Lookup = (districtKey: string, ctx: GatewayContext) => Promise<boolean>;

const refusal = (message: string, code: AnswerCode, status: number, reason?: RefusalReason) =>
  new GraphQLError(message, { extensions: { code, ...(reason ? { reason } : {}), http: { status } } });

/**
 * A youth office's token names its district. Before any change, the gateway asks the graph whether that district
 * exists today and refuses the whole request when not: the networks and budgets subgraphs hold no regions, so for
 * a call that skips the gateway they rely on the OIDC provider naming only current districts (README).
 */
export function currentDistrictPlugin(lookup: Lookup): ApolloServerPlugin<GatewayContext> {
  const known = new LRUCache<string, boolean>({ max: 1_000, ttl: DISTRICT_MEMORY_MS });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { caller } = contextValue;
          if (operation?.operation !== "mutation" || caller.role !== "YOUTH_OFFICE") return;
          let exists = known.get(caller.districtKey);
          if (exists === undefined) {
            try {
              exists = await lookup(caller.districtKey, contextValue);
            } catch {
              throw refusal(
                "Your district could not be checked because the organisations service does not answer; nothing was changed. Try again in a moment.",
                "SUBGRAPH_UNAVAILABLE",
                503,
              );
            }
            known.set(caller.districtKey, exists);
          }
          if (!exists) {
            throw refusal(
              `The token's district ${caller.districtKey} is no district or independent city that exists today: a youth office of a dissolved or unknown district changes nothing.`,
              "FORBIDDEN",
              403,
              "UNKNOWN_DISTRICT",
            );
          }
        },
      };
    },
  };
}

/**
 * Asks the organisations subgraph, which keeps the regions, about the region behind a district key: the kit's
 * peer lookup, with the caller's own token and request id, as the subgraphs ask each other.
 */
export function regionLookup(organisationsUrl: string): Lookup {
  return async (districtKey, ctx) => {
    const peers = httpPeers(
      { organisations: organisationsUrl },
      { authorization: ctx.authorization, requestId: ctx.requestId },
    );
    const regions = await peers.entities<{ kind: string; validFrom: string | null; validUntil: string | null }>(
      "organisations",
      "Region",
      { field: "key", values: [districtKey] },
      "kind validFrom validUntil",
    );
    const region = regions.get(districtKey);
    return !!region && OFFICE_LEVEL_KINDS.includes(region.kind) && validOn(region, today());
  };
}

/** The region kinds whose youth office keeps records (the organisations subgraph's `OFFICE_LEVEL_KINDS`). */
const OFFICE_LEVEL_KINDS = ["DISTRICT", "INDEPENDENT_CITY"];
