import { BadUserInputError, ForbiddenError, type Caller, type Peers } from "@kinderschutz/subgraph-kit";

/** What the networks subgraph says of a network. */
export interface NetworkFacts {
  name: string;
  responsibleDistrictKey: string | null;
  /** The region it covers. */
  region: { key: string } | null;
}

/**
 * A youth office links its request to a network of its own district or of a participating office's (one that
 * district's youth office is responsible for, or one covering that district: the networks the request form
 * offers); the state office links any network. Whose network it is, only the
 * networks subgraph knows: it is asked, never the caller.
 */
export function assertConsultationNetwork(
  caller: Caller,
  networkId: string,
  network: NetworkFacts | undefined,
  districtKeys: readonly string[],
): void {
  if (caller.role !== "YOUTH_OFFICE") return;
  if (!network)
    throw new BadUserInputError(`There is no network with id ${networkId}.`, [
      { field: "input.networkId", message: "unknown network", reason: "UNKNOWN_REFERENCE" },
    ]);
  const its = [network.responsibleDistrictKey, network.region?.key];
  if (!its.some((key) => key && districtKeys.includes(key))) {
    throw new ForbiddenError(
      `A youth office links a consultation only to a network of its own district or of a participating office's; '${network.name}' belongs to ${network.responsibleDistrictKey ?? "no district (statewide)"}.`,
      "OTHER_DISTRICT",
    );
  }
}

export async function checkConsultationNetwork(
  peers: Peers,
  caller: Caller,
  networkId: string | null | undefined,
  districtKeys: readonly string[],
): Promise<void> {
  if (!networkId || caller.role !== "YOUTH_OFFICE") return;
  const networks = await peers.entities<NetworkFacts>(
    "networks",
    "Network",
    { field: "id", values: [networkId] },
    "name responsibleDistrictKey region { key }",
  );
  assertConsultationNetwork(caller, networkId, networks.get(networkId), districtKeys);
}
