// Field names and kinds that the detail page needs too; kept apart from the form's checks so the page stays small.

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
