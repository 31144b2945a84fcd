// What the networks subgraph's tests share (not part of the subgraph): a subgraph whose peers know the regions
// the tests put networks into, and a network to put records in, created through the API as a user would.
import type { Caller } from "@kinderschutz/subgraph-kit";
import { peersAnswering, useTestSubgraph, youthOffice, type TestSubgraph } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { networksSubgraph } from "./schema.js";

export const seenplatte = youthOffice("13071");

const region = (name: string, validUntil: string | null = null) => ({ name, validFrom: null, validUntil });

/** The regions the organisations subgraph would know (the networks it places here go into these). */
const REGIONS: Record<string, object> = {
  "13": region("Mecklenburg-Vorpommern"),
  "13003": region("Hansestadt Rostock"),
  "13056": region("Müritz", "2011-09-03"),
  "13071": region("Mecklenburgische Seenplatte"),
  "13102": region("Testregion 2"),
  "13108": region("Testregion 8"),
};

export interface NetworksTestSubgraph extends TestSubgraph {
  /** A new network of Seenplatte's youth office unless `input` says otherwise. */
  createNetwork(
    caller?: Caller,
    input?: Record<string, unknown>,
  ): Promise<{ id: string; name: string; version: number }>;
}

/** The subgraph of a test file, with {@link REGIONS} (see `useTestSubgraph`). */
export function useNetworksTestSubgraph(options: { onQuery?: (sql: string) => void } = {}): NetworksTestSubgraph {
  const subgraph = useTestSubgraph(networksSubgraph, {
    ...options,
    peers: peersAnswering({ organisations: { Region: REGIONS } }),
  });
  return Object.assign(subgraph, {
    createNetwork: (caller?: Caller, input?: Record<string, unknown>) => createNetworkIn(subgraph, caller, input),
  });
}

async function createNetworkIn(
  subgraph: TestSubgraph,
  caller: Caller = seenplatte,
  input: Record<string, unknown> = {},
) {
  const r = await subgraph.execute(
    caller,
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name version status } }`,
    {
      input: {
        name: `Netzwerk ${randomUUID().slice(0, 8)}`,
        kind: "COMBINED",
        regionKey: "13071",
        responsibleDistrictKey: "13071",
        ...input,
      },
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createNetwork as { id: string; name: string; version: number };
}
