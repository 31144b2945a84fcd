/**
 * What the budgets demo data refers to in other subgraphs, by id only (no service imports another): the youth
 * offices of the organisations subgraph (the organisations demo data's own records) and the district networks
 * of the networks subgraph. The network names are copied exactly from that subgraph's demo data; their ids are
 * derived from the names the same way (`stableId("network", name)`). The cross-seed test in
 * test/e2e/demo-data.test.ts checks that every id here exists in the other seeds.
 */
import { stableId } from "@kinderschutz/subgraph-kit";
import { MV_YOUTH_OFFICES as MV_YOUTH_OFFICE_ORGANISATIONS } from "../organisations/demo-data.js";

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
export const MV_YOUTH_OFFICES: readonly YouthOffice[] = MV_YOUTH_OFFICE_ORGANISATIONS.map((o) => ({
  districtKey: o.regionKey,
  name: o.name,
  id: o.id,
}));

/** Organisation id of each MV youth office, by district key. */
export const YOUTH_OFFICE_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  MV_YOUTH_OFFICES.map((o) => [o.districtKey, o.id]),
);

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
  "13071": [
    "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte",
    'Netzwerk "Frühe Hilfen und präventiver Kinderschutz" Müritz',
  ],
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
