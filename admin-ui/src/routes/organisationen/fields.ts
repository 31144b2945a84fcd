// Field names and kinds that the detail page needs too; kept apart from the form's checks so the page stays small.
import type { OrganisationRegionsQuery } from "#graphql/graphql.ts";
import { isYouthOfficeLevel } from "#lib/labels.ts";

export const FIELD_LABELS = {
  name: "Name",
  kind: "Art",
  sector: "Bereich",
  regionKey: "Region",
  street: "Straße und Hausnummer",
  postalCode: "Postleitzahl",
  city: "Ort",
  website: "Website",
  email: "E-Mail-Adresse der Organisation",
} as const;

/** Youth offices, ministries and project offices form the statewide structure: the state office keeps those. */
export const STATE_MAINTAINED_KINDS: readonly string[] = ["YOUTH_OFFICE", "MINISTRY", "PROJECT_OFFICE"];

/** Districts and independent cities, the level youth offices work on. */
export function districtOptions(
  regions: OrganisationRegionsQuery["regions"] | undefined,
): { value: string; label: string }[] {
  return (regions ?? []).filter(isYouthOfficeLevel).map((r) => ({ value: r.key, label: r.name }));
}
