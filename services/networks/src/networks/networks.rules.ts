import {
  assertCanChangeDistrict,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  type Caller,
} from "@kinderschutz/subgraph-kit";
import { NetworkStatus } from "./network.enums.js";

interface NetworkFacts {
  /** Absent for a network to be created: who may create it is checked before the rest of its input is read. */
  name?: string;
  responsibleDistrictKey?: string | null;
}

const label = (network: NetworkFacts) => (network.name === undefined ? "a new network" : `network '${network.name}'`);

/**
 * Who may change a network and everything in it: the state office always; a youth office the networks its
 * district is responsible for (before and after the change, so it can neither take over nor hand away a
 * network); statewide networks (no responsible district) only the state office.
 */
export function assertCanChangeNetwork(caller: Caller, next: NetworkFacts, current?: NetworkFacts): void {
  if (current) assertCanChangeDistrict(caller, current.responsibleDistrictKey, label(current));
  if (!next.responsibleDistrictKey && caller.role === "YOUTH_OFFICE") {
    throw new ForbiddenError(
      "Statewide networks (without a responsible district) are kept by the state office.",
      "STATE_OFFICE_ONLY",
    );
  }
  assertCanChangeDistrict(caller, next.responsibleDistrictKey, label(next));
}

export type NetworkEnd =
  | { status: typeof NetworkStatus.DISSOLVED; endedOn: string }
  | { status: typeof NetworkStatus.MERGED; endedOn: string; successorId: string };

/**
 * Dissolving or merging ends a network; it is never deleted, so its members, meetings and history stay
 * readable. Only an active network can end, a network cannot be merged into itself, and it cannot end before
 * it was founded.
 */
export function assertCanEnd(
  network: { id: string; status: NetworkStatus; foundedOn?: string | null },
  end: NetworkEnd,
): void {
  if (network.status !== NetworkStatus.ACTIVE) {
    throw new ConflictError(`The network has already ended (${network.status}).`, "NETWORK_ENDED");
  }
  if (end.status === NetworkStatus.MERGED && end.successorId === network.id) {
    throw new BadUserInputError("A network cannot be merged into itself.", [
      { field: "successorId", message: "is the network itself", reason: "SELF_REFERENCE" },
    ]);
  }
  if (network.foundedOn && end.endedOn < network.foundedOn) {
    throw new BadUserInputError(`A network cannot end before it was founded (${network.foundedOn}).`, [
      { field: "endedOn", message: `before ${network.foundedOn}`, reason: "BEFORE_START", date: network.foundedOn },
    ]);
  }
}

/** A network's parent and the networks it extends must not lead back to itself. */
export function assertNoCycle(networkId: string, ancestors: Iterable<string>): void {
  for (const id of ancestors) {
    if (id === networkId) {
      throw new BadUserInputError(
        "A network cannot be its own umbrella, directly or through others.",
        [{ field: "input.parentId", message: "would form a cycle", reason: "UMBRELLA_CYCLE" }],
        "UMBRELLA_CYCLE",
      );
    }
  }
}
