// What the create and edit forms of an organisation share: the typed values, their checks and the choices.
import type { OrganisationKind, RegionKind, Sector } from "#graphql/enums.ts";
import type { OrganisationFactsFragment, OrganisationRegionsQuery } from "#graphql/graphql.ts";
import type { Role } from "#lib/auth/session.svelte.ts";
import { choices } from "#lib/choices.ts";
import { ORGANISATION_KIND, REGION_KIND, SECTOR } from "#lib/labels.ts";
import { FIELD_LABELS, STATE_MAINTAINED_KINDS } from "./fields";

export { FIELD_LABELS, STATE_MAINTAINED_KINDS };

export interface OrganisationValues {
  name: string;
  kind: string;
  sector: string;
  regionKey: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  email: string;
}

export const emptyValues = (regionKey = ""): OrganisationValues => ({
  name: "",
  kind: "",
  sector: "",
  regionKey,
  street: "",
  postalCode: "",
  city: "",
  website: "",
  email: "",
});

export function valuesOf(o: OrganisationFactsFragment): OrganisationValues {
  return {
    name: o.name,
    kind: o.kind,
    sector: o.sector,
    regionKey: o.region.key,
    street: o.street ?? "",
    postalCode: o.postalCode ?? "",
    city: o.city ?? "",
    website: o.website ?? "",
    email: o.email ?? "",
  };
}

// The same rules as the organisations subgraph, in German, so that most mistakes never reach the server.
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
  } catch {
    return false;
  }
}

export function validate(v: OrganisationValues): Partial<Record<keyof OrganisationValues, string>> {
  const errors: Partial<Record<keyof OrganisationValues, string>> = {};
  const name = v.name.trim();
  if (name.length < 2) errors.name = "Bitte geben Sie den Namen ein (mindestens 2 Zeichen).";
  else if (name.length > 300) errors.name = "Der Name darf höchstens 300 Zeichen lang sein.";
  if (!v.kind) errors.kind = "Bitte wählen Sie die Art der Organisation.";
  if (!v.regionKey) errors.regionKey = "Bitte wählen Sie die Region.";
  if (v.street.trim().length > 200) errors.street = "Höchstens 200 Zeichen.";
  if (v.postalCode.trim() && !/^\d{5}$/.test(v.postalCode.trim()))
    errors.postalCode = "Die Postleitzahl hat genau 5 Ziffern, z. B. 18273.";
  if (v.city.trim().length > 100) errors.city = "Höchstens 100 Zeichen.";
  const website = v.website.trim();
  if (website && !isWebAddress(website))
    errors.website = "Bitte geben Sie eine vollständige Webadresse an, z. B. https://www.beispiel.de.";
  else if (website.length > 300) errors.website = "Höchstens 300 Zeichen.";
  const email = v.email.trim();
  if (email && !EMAIL.test(email))
    errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. info@beispiel.de.";
  else if (email.length > 254) errors.email = "Höchstens 254 Zeichen.";
  return errors;
}

/** The values as the graph takes them: trimmed, empty text clears a field (on update) or is left out (on create). */
export function toInput(v: OrganisationValues) {
  return {
    name: v.name.trim(),
    kind: v.kind as OrganisationKind,
    sector: (v.sector || undefined) as Sector | undefined,
    regionKey: v.regionKey,
    street: v.street.trim(),
    postalCode: v.postalCode.trim(),
    city: v.city.trim(),
    website: v.website.trim(),
    email: v.email.trim(),
  };
}

export function kindOptions(role: Role | undefined, currentKind?: string): { value: string; label: string }[] {
  const all = choices(ORGANISATION_KIND);
  if (role !== "YOUTH_OFFICE") return all;
  if (currentKind && STATE_MAINTAINED_KINDS.includes(currentKind)) return all.filter((c) => c.value === currentKind);
  return all.filter((c) => !STATE_MAINTAINED_KINDS.includes(c.value));
}

export const sectorOptions = choices(SECTOR);

type Regions = OrganisationRegionsQuery["regions"];

/** Where an organisation may be placed by this caller: a youth office only in its district and its municipalities. */
export function regionOptions(
  regions: Regions | undefined,
  role: Role | undefined,
  districtKey: string | undefined,
): { value: string; label: string }[] {
  return (regions ?? [])
    .filter((r) => role !== "YOUTH_OFFICE" || r.key === districtKey || r.parent?.key === districtKey)
    .map((r) => ({ value: r.key, label: `${r.name} (${REGION_KIND[r.kind as RegionKind]})` }));
}

/** A value as the conflict notice shows it: labels instead of codes. */
export function shown(field: keyof OrganisationValues, value: string, regions: Regions | undefined): string {
  if (field === "kind") return ORGANISATION_KIND[value as OrganisationKind] ?? value;
  if (field === "sector") return SECTOR[value as Sector] ?? value;
  if (field === "regionKey") return regions?.find((r) => r.key === value)?.name ?? value;
  return value;
}
