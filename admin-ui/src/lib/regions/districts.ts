import type { OrganisationRegionsQuery } from "#graphql/graphql.ts";
import type { RegionKind } from "#graphql/enums.ts";

/** Districts and independent cities, the level youth offices work on: the choices of a district filter. */
export function districtOptions(
  regions: OrganisationRegionsQuery["regions"] | undefined,
): { value: string; label: string }[] {
  return (regions ?? []).filter(isYouthOfficeLevel).map((r) => ({ value: r.key, label: r.name }));
}

/** Districts and independent cities (five-digit keys): the level youth offices work on. */
export function isYouthOfficeLevel(region: { kind: RegionKind; key: string }): boolean {
  return (region.kind === "DISTRICT" || region.kind === "INDEPENDENT_CITY") && region.key.length === 5;
}
