import type { Caller } from "./caller.js";
import { ConflictError, ForbiddenError } from "./errors.js";

/**
 * The one rule the whole graph shares: the state office changes everything, a youth office only what belongs
 * to its own district, an analyst nothing.
 */
export function canChangeDistrict(caller: Caller, districtKey: string | null | undefined): boolean {
  if (caller.role === "STATE_OFFICE") return true;
  return caller.role === "YOUTH_OFFICE" && !!districtKey && caller.districtKey === districtKey;
}

export function assertCanChangeDistrict(caller: Caller, districtKey: string | null | undefined, what: string): void {
  if (canChangeDistrict(caller, districtKey)) return;
  if (caller.role === "ANALYST")
    throw new ForbiddenError("Analysts read the graph; they change nothing.", "READ_ONLY_ROLE");
  throw new ForbiddenError(
    `A youth office changes only records of its own district (${caller.districtKey}); ${what} belongs to ${districtKey ?? "no district"}.`,
    districtKey ? "OTHER_DISTRICT" : "STATE_OFFICE_ONLY",
  );
}

/**
 * The first line of every change a youth office may make (its own district's records): the role check, which
 * needs no database. A caller whose role changes nothing is refused before its input is read or an id looked
 * up, so it learns neither the input rules nor which records exist. Next comes the record check (load the
 * target's district, `assertCanChangeDistrict`), then the input. The state office's own changes start with
 * {@link assertStateOffice} instead.
 */
export function assertMayChange(caller: Caller): void {
  if (caller.role === "STATE_OFFICE" || caller.role === "YOUTH_OFFICE") return;
  throw new ForbiddenError(
    caller.role === "ANALYST" ? "Analysts read the graph; they change nothing." : "This role changes nothing.",
    "READ_ONLY_ROLE",
  );
}

/** The first line of a change only the state office makes (contingents, the pool, experts, regions, …): see {@link assertMayChange}. */
export function assertStateOffice(caller: Caller, action: string): void {
  if (caller.role !== "STATE_OFFICE")
    throw new ForbiddenError(`Only the state office may ${action}.`, "STATE_OFFICE_ONLY");
}

/** Personal data (names, e-mail, phone) is for the state office and the owning youth office only. */
export function canReadPersonalData(caller: Caller, ownerDistrictKey: string | null | undefined): boolean {
  return canChangeDistrict(caller, ownerDistrictKey);
}

/**
 * Optimistic concurrency: an edit names the version it was based on. When someone saved in between, the edit
 * is refused instead of silently overwriting their change. (MikroORM's version column also guards the update
 * itself, so two edits that pass this check at the same moment still cannot both win.)
 */
export function assertVersion(current: { version: number }, expected: number, what: string): void {
  if (current.version !== expected) {
    throw new ConflictError(
      `${what} was changed by someone else meanwhile (your version ${expected}, now ${current.version}): reload it and apply your change again.`,
      "STALE_VERSION",
      { currentVersion: current.version },
    );
  }
}
