// The words for what a service that is down or too slow did not give. The gateway answers its fields as null and
// the rest in full: the pages show these words in place of what is missing.

/** A value (a table cell, a fact) whose service is missing right now. */
export const UNAVAILABLE = "nicht verfügbar";
/** An organisation referenced from a membership or a meeting whose details the organisations service did not give. */
export const ORGANISATION_UNAVAILABLE = "Organisation derzeit nicht verfügbar";

/** A youth office by name, or by its district key while the organisations service is missing. */
export function officeName(office: { name: string } | null | undefined, districtKey: string): string {
  return office?.name ?? `Jugendamt ${districtKey} (Name derzeit nicht verfügbar)`;
}
