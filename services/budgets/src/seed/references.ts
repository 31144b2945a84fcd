/**
 * What the budgets demo data refers to in other subgraphs, by id only (no service imports another): the youth
 * offices of the organisations subgraph and the district networks of the networks subgraph. The names are
 * copied exactly from those subgraphs' demo data; their ids are derived from the names the same way
 * (`stableId("organisation", name)`, `stableId("network", name)`). The cross-seed test in
 * test/e2e/demo-data.test.ts checks that every id here exists in the other seeds.
 */
import { stableId } from "@kinderschutz/subgraph-kit";

export function organisationId(name: string): string {
  return stableId("organisation", name);
}

export function networkId(name: string): string {
  return stableId("network", name);
}

export interface YouthOffice {
  /** Kreisschlüssel of the district the office serves. */
  districtKey: string;
  name: string;
  /** The organisation's id in the organisations subgraph. */
  id: string;
}

/** The 8 youth offices of Mecklenburg-Vorpommern (districts since 4 September 2011), all members of the Bündnis. */
export const MV_YOUTH_OFFICES: readonly YouthOffice[] = [
  ["13003", "Jugendamt Hansestadt Rostock"],
  ["13004", "Jugendamt Landeshauptstadt Schwerin"],
  ["13071", "Jugendamt Landkreis Mecklenburgische Seenplatte"],
  ["13072", "Jugendamt Landkreis Rostock"],
  ["13073", "Jugendamt Landkreis Vorpommern-Rügen"],
  ["13074", "Jugendamt Landkreis Nordwestmecklenburg"],
  ["13075", "Jugendamt Landkreis Vorpommern-Greifswald"],
  ["13076", "Jugendamt Landkreis Ludwigslust-Parchim"],
].map(([districtKey, name]) => ({ districtKey: districtKey!, name: name!, id: organisationId(name!) }));

/** Organisation id of each MV youth office, by district key. */
export const YOUTH_OFFICE_IDS: Readonly<Record<string, string>> = Object.fromEntries(MV_YOUTH_OFFICES.map((o) => [o.districtKey, o.id]));

export function youthOffice(districtKey: string): YouthOffice {
  const office = MV_YOUTH_OFFICES.find((o) => o.districtKey === districtKey);
  if (!office) throw new Error(`budgets demo data: no youth office for district ${districtKey}`);
  return office;
}

/**
 * The active networks each MV youth office is responsible for (networks demo data: the district networks of
 * generate.ts `districtNetworkName`, and for Mecklenburgische Seenplatte the two networks of source 000).
 * Consultations that serve a network refer to one of their own district's.
 */
export const DISTRICT_NETWORK_NAMES: Readonly<Record<string, readonly string[]>> = {
  "13003": ["Netzwerk Frühe Hilfen und Kinderschutz Hansestadt Rostock"],
  "13004": ["Netzwerk Frühe Hilfen und Kinderschutz Landeshauptstadt Schwerin"],
  "13071": ["VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte", 'Netzwerk "Frühe Hilfen und präventiver Kinderschutz" Müritz'],
  "13072": ["Netzwerk Frühe Hilfen und Kinderschutz Landkreis Rostock"],
  "13073": ["Netzwerk Frühe Hilfen und Kinderschutz Landkreis Vorpommern-Rügen"],
  "13074": ["Netzwerk Frühe Hilfen und Kinderschutz Landkreis Nordwestmecklenburg"],
  "13075": ["Netzwerk Frühe Hilfen und Kinderschutz Landkreis Vorpommern-Greifswald"],
  "13076": ["Netzwerk Frühe Hilfen und Kinderschutz Landkreis Ludwigslust-Parchim"],
};

/** Network ids by district key (same order as the names). */
export const DISTRICT_NETWORK_IDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(DISTRICT_NETWORK_NAMES).map(([key, names]) => [key, names.map(networkId)]),
);
