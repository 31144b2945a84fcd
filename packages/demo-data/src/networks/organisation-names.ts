/**
 * The organisations the networks demo data refers to, by exact name. Organisations live in the organisations
 * subgraph; this subgraph knows them only by id, and the organisations demo data derives every id from the
 * name: `stableId("organisation", name)` (its `organisationId`). The names come from that demo data itself (the
 * named organisations of the sources, and for each district the first of its generated partner organisations),
 * so a renamed or regenerated organisation there is renamed here too. Contacts are identified the same way: by
 * organisation name and function (`stableId("contact", "<organisation>|<function>")`).
 */
import {
  BOERDE_KEY,
  districtKeyOf,
  DONNERSBERGKREIS_KEY,
  generateDemoData,
  MV_YOUTH_OFFICES,
  ORGANISATION_NAMES,
  regionData,
  YOUTH_OFFICE_CONTACT_FUNCTIONS,
  type OrganisationKind,
} from "../organisations/index.js";

/** The ids the organisations subgraph gives an organisation by name, a contact by organisation and function. */
export { contactId, organisationId } from "../organisations/index.js";

/**
 * Kinds of organisation as the organisations subgraph names them: only used here to choose plausible roles,
 * working groups and speakers.
 */
export type OrganisationKindName = OrganisationKind;

export interface PartnerOrganisation {
  name: string;
  kind: OrganisationKindName;
}

/** Organisations the sources name (the organisations demo data's ORGANISATION_NAMES). */
export const NAMED = {
  ministry: ORGANISATION_NAMES.ministry,
  projectOffice: ORGANISATION_NAMES.projectOffice,
  projectCarrier: ORGANISATION_NAMES.projectCarrier,
  mueritzClinic: ORGANISATION_NAMES.mueritzClinic,
  donnersbergAdministration: ORGANISATION_NAMES.donnersbergAdministration,
  donnersbergYouthOffice: ORGANISATION_NAMES.donnersbergYouthOffice,
  boerdeYouthOffice: ORGANISATION_NAMES.boerdeYouthOffice,
  boerdeHealthOffice: ORGANISATION_NAMES.boerdeHealthOffice,
} as const;

/** Functions of the contacts the organisations demo data gives every active youth office. */
export const YOUTH_OFFICE_COORDINATION = {
  earlyHelp: YOUTH_OFFICE_CONTACT_FUNCTIONS[0],
  childProtection: YOUTH_OFFICE_CONTACT_FUNCTIONS[1],
} as const;

/** Functions of the named organisations' contacts (organisations demo data). */
export const NAMED_CONTACT_FUNCTIONS = {
  projectOfficeLead: "Projektleitung",
  projectOfficeConsultations: "Koordination Praxisbegleitung",
  ministryDepartment: "Fachreferat Kinder- und Jugendschutz",
  carrierManagement: "Geschäftsführung",
  boerdeHealthReporting: "Gesundheitsberichterstattung",
} as const;

export interface MvDistrict {
  key: string;
  /** The district's or independent city's name, as the organisations subgraph's Region has it. */
  name: string;
  youthOffice: string;
}

/** The 8 districts and independent cities of Mecklenburg-Vorpommern since 4 September 2011, each with its youth office. */
export const MV_DISTRICTS: readonly MvDistrict[] = MV_YOUTH_OFFICES.map((o) => ({
  key: o.regionKey,
  name: regionData(o.regionKey).name,
  youthOffice: o.name,
}));

export const MV_DISTRICT_KEYS: readonly string[] = MV_DISTRICTS.map((d) => d.key);

export function mvDistrict(key: string): MvDistrict {
  const district = MV_DISTRICTS.find((d) => d.key === key);
  if (!district) throw new Error(`networks demo data: ${key} is no current district of Mecklenburg-Vorpommern`);
  return district;
}

/**
 * Youth offices of districts dissolved by the 2011 reform (archived organisations, kept for the history),
 * by the dissolved district's key.
 */
const FORMER_KEYS = ["13056", "13052", "13059", "13060", "13062", "13001"] as const;
export const FORMER_YOUTH_OFFICES = Object.fromEntries(
  FORMER_KEYS.map((key) => {
    const name = ORGANISATION_NAMES.formerYouthOffices[key];
    if (!name) throw new Error(`networks demo data: no former youth office of ${key} in the organisations data`);
    return [key, name];
  }),
) as Readonly<Record<(typeof FORMER_KEYS)[number], string>>;

/**
 * Partner organisations per district: those the organisations demo data generates there (its
 * `generateDemoData()` with the default seed), in the generator's order. At most 20 per district, except
 * Mecklenburgische Seenplatte, whose two networks (the Verbund and Müritz) together need more. Youth offices and
 * the named organisations above are not among them.
 */
export const DISTRICT_PARTNERS: Readonly<Record<string, readonly PartnerOrganisation[]>> = (() => {
  const generated = generateDemoData().organisations;
  const districts = [...MV_DISTRICTS.map((d) => d.key), DONNERSBERGKREIS_KEY, BOERDE_KEY];
  return Object.fromEntries(
    districts.map((key) => {
      const inDistrict = generated
        .filter((o) => districtKeyOf(o.regionKey) === key)
        .map((o) => ({ name: o.name, kind: o.kind }));
      return [key, key === "13071" ? inDistrict : inDistrict.slice(0, 20)];
    }),
  );
})();

export function districtPartners(districtKey: string): readonly PartnerOrganisation[] {
  const partners = DISTRICT_PARTNERS[districtKey];
  if (!partners) throw new Error(`networks demo data: no partner organisations for district ${districtKey}`);
  return partners;
}

/** A partner organisation of the district by exact name; throws when the list does not hold it. */
export function partner(districtKey: string, name: string): PartnerOrganisation {
  const found = districtPartners(districtKey).find((p) => p.name === name);
  if (!found) throw new Error(`networks demo data: no partner organisation "${name}" in district ${districtKey}`);
  return found;
}

/** Every organisation name the networks demo data may refer to. */
export function allOrganisationNames(): string[] {
  return [
    ...Object.values(NAMED),
    ...MV_DISTRICTS.map((d) => d.youthOffice),
    ...Object.values(FORMER_YOUTH_OFFICES),
    ...Object.values(DISTRICT_PARTNERS).flatMap((list) => list.map((p) => p.name)),
  ];
}
