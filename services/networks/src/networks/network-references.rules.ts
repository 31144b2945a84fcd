import { BadUserInputError, ForbiddenError, validOn, type Caller } from "@kinderschutz/subgraph-kit";

/**
 * Whom a youth office may point its network's references to; the state office may point them anywhere. A
 * reference that decides visibility or speaks for the network stays within the district:
 * - responsible office: the youth office of its own district;
 * - coordinator: a contact of an organisation of its own district;
 * - umbrella network and extended networks: networks of its own district, or statewide ones (no responsible
 *   district), such as a state's alliance.
 * Members and meeting attendance may be any organisation (networks reach across district borders, and an
 * organisation gains no right over a network by belonging to it).
 */

/** What the organisations subgraph says of an organisation. */
export interface OfficeFacts {
  kind: string;
  districtKey: string | null;
}

/** What the organisations subgraph says of a contact. */
export interface ContactFacts {
  organisation: { districtKey: string | null } | null;
}

const ownDistrict = (caller: Caller) => (caller.role === "YOUTH_OFFICE" ? caller.districtKey : undefined);

export function assertResponsibleOffice(caller: Caller, officeId: string, office: OfficeFacts | undefined): void {
  const district = ownDistrict(caller);
  if (!district) return;
  if (!office)
    throw new BadUserInputError(`There is no organisation with id ${officeId}.`, [
      { field: "input.responsibleOfficeId", message: "unknown organisation", reason: "UNKNOWN_REFERENCE" },
    ]);
  if (office.kind !== "YOUTH_OFFICE" || office.districtKey !== district) {
    throw new ForbiddenError(
      `A youth office names only itself, the youth office of district ${district}, as a network's responsible office.`,
      "OTHER_DISTRICT",
    );
  }
}

export function assertCoordinator(caller: Caller, contactId: string, contact: ContactFacts | undefined): void {
  const district = ownDistrict(caller);
  if (!district) return;
  if (!contact)
    throw new BadUserInputError(`There is no contact with id ${contactId}.`, [
      { field: "input.coordinatorContactId", message: "unknown contact", reason: "UNKNOWN_REFERENCE" },
    ]);
  if (contact.organisation?.districtKey !== district) {
    throw new ForbiddenError(
      `A youth office names as coordinator only a contact of an organisation of its own district (${district}).`,
      "OTHER_DISTRICT",
    );
  }
}

export function assertLinkedNetworks(
  caller: Caller,
  networks: readonly { name: string; responsibleDistrictKey?: string | null }[],
  field: string,
): void {
  const district = ownDistrict(caller);
  if (!district) return;
  const foreign = networks.find((n) => n.responsibleDistrictKey && n.responsibleDistrictKey !== district);
  if (foreign) {
    throw new ForbiddenError(
      `A youth office links its network only to networks of its own district (${district}) or statewide ones; '${foreign.name}' belongs to ${foreign.responsibleDistrictKey} (${field}).`,
      "OTHER_DISTRICT",
    );
  }
}

/** What the organisations subgraph says of a region. */
export interface RegionFacts {
  name: string;
  validFrom: string | null;
  validUntil: string | null;
}

/** A network is placed only in a region that exists on that day, by every role (a dissolved one has successors). */
export function assertRegionOpen(regionKey: string, region: RegionFacts | undefined, day: string): void {
  if (!region)
    throw new BadUserInputError(`There is no region with key ${regionKey}.`, [
      { field: "input.regionKey", message: "unknown region", reason: "UNKNOWN_REFERENCE" },
    ]);
  if (!validOn(region, day)) {
    throw new BadUserInputError(
      `Region ${regionKey} (${region.name}) does not exist on ${day}${region.validUntil ? `: it was dissolved after ${region.validUntil}` : ""}; use its successor.`,
      [{ field: "input.regionKey", message: "dissolved region", reason: "REGION_DISSOLVED" }],
      "REGION_DISSOLVED",
    );
  }
}
