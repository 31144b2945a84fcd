import type { OrganisationRegionsQuery } from "#graphql/graphql.ts";
import { isYouthOfficeLevel } from "#lib/labels.ts";

/** Districts and independent cities, the level youth offices work on: the choices of a district filter. */
export function districtOptions(
  regions: OrganisationRegionsQuery["regions"] | undefined,
): { value: string; label: string }[] {
  return (regions ?? []).filter(isYouthOfficeLevel).map((r) => ({ value: r.key, label: r.name }));
}
