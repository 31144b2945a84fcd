import { assertCanChangeDistrict, ForbiddenError, type Caller } from "@kinderschutz/subgraph-kit";
import { OrganisationKind } from "./organisation.enums.js";

/** Kinds of organisation that make up the statewide structure: only the state office creates or re-kinds them. */
export const STATE_MAINTAINED_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.YOUTH_OFFICE,
  OrganisationKind.MINISTRY,
  OrganisationKind.PROJECT_OFFICE,
];

interface OrganisationFacts {
  name: string;
  kind: OrganisationKind;
  districtKey?: string | null;
}

/**
 * Who may save an organisation in the state `next`, coming from `current` (absent when creating):
 * the state office always; a youth office only within its district (before and after the change, so it can
 * neither take over nor give away another district's record) and never for the statewide structure's kinds
 * other than keeping its own profile.
 */
export function assertCanSaveOrganisation(caller: Caller, next: OrganisationFacts, current?: OrganisationFacts): void {
  if (current) assertCanChangeDistrict(caller, current.districtKey, `organisation '${current.name}'`);
  assertCanChangeDistrict(caller, next.districtKey, `organisation '${next.name}'`);
  if (caller.role !== "YOUTH_OFFICE") return;
  const kindChanges = !current || current.kind !== next.kind;
  if (
    kindChanges &&
    (STATE_MAINTAINED_KINDS.includes(next.kind) || (current && STATE_MAINTAINED_KINDS.includes(current.kind)))
  ) {
    throw new ForbiddenError(
      "Youth offices, ministries and project offices are created and re-classified by the state office only.",
      "STATE_OFFICE_ONLY",
    );
  }
}

/** Archiving takes a record out of everyday lists; the statewide structure is archived by the state office only. */
export function assertCanArchiveOrganisation(caller: Caller, organisation: OrganisationFacts): void {
  assertCanChangeDistrict(caller, organisation.districtKey, `organisation '${organisation.name}'`);
  if (caller.role === "YOUTH_OFFICE" && STATE_MAINTAINED_KINDS.includes(organisation.kind)) {
    throw new ForbiddenError(
      "Youth offices, ministries and project offices are archived by the state office only.",
      "STATE_OFFICE_ONLY",
    );
  }
}
