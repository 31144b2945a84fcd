import { BadUserInputError } from "@kinderschutz/subgraph-kit";
import { WorkingGroupStatus } from "./working-group.enums.js";

/**
 * A group that closes or leaves the network keeps its record: it gets the day it ended, and one that carries
 * on elsewhere (e.g. as a clinic-internal group) names where.
 */
export function assertWorkingGroupState(group: {
  status: WorkingGroupStatus;
  endedOn?: string | null;
  foundedOn?: string | null;
  continuedByOrganisationId?: string | null;
}): void {
  if (group.status === WorkingGroupStatus.ACTIVE && group.endedOn) {
    throw new BadUserInputError("An active working group has no end date.", [
      { field: "input.endedOn", message: "only for closed groups", reason: "NOT_APPLICABLE" },
    ]);
  }
  if (group.status !== WorkingGroupStatus.ACTIVE && !group.endedOn) {
    throw new BadUserInputError("Give the day the working group closed or left the network.", [
      { field: "input.endedOn", message: "required", reason: "REQUIRED" },
    ]);
  }
  if (group.continuedByOrganisationId && group.status !== WorkingGroupStatus.LEFT_NETWORK) {
    throw new BadUserInputError("Only a group that left the network carries on at another organisation.", [
      { field: "input.continuedByOrganisationId", message: "only with LEFT_NETWORK", reason: "NOT_APPLICABLE" },
    ]);
  }
  if (group.foundedOn && group.endedOn && group.endedOn < group.foundedOn) {
    throw new BadUserInputError("A working group cannot end before it was founded.", [
      { field: "input.endedOn", message: `before ${group.foundedOn}`, reason: "BEFORE_START", date: group.foundedOn },
    ]);
  }
}
