/**
 * What the budgets demo data refers to in other subgraphs, by id only (no service imports another): the youth
 * offices of the organisations subgraph (the organisations demo data's own records) and the district networks
 * of the networks subgraph, both taken from those subgraphs' demo data rather than copied. The cross-seed test in
 * test/e2e/demo-data.test.ts checks that every id here exists in the other seeds.
 */
import { DISTRICT_NETWORK_NAMES, networkId } from "../networks/demo-data.js";
export { networkId };
import { MV_YOUTH_OFFICES as MV_YOUTH_OFFICE_ORGANISATIONS } from "../organisations/demo-data.js";

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

/** The ids of the networks each MV youth office is responsible for (the networks demo data's), by district key. */
export const DISTRICT_NETWORK_IDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(DISTRICT_NETWORK_NAMES).map(([key, names]) => [key, names.map(networkId)]),
);
