/**
 * The organisations subgraph's demo data as plain rows: regions, organisations, contacts, cooperation agreements
 * and offers, referring to each other by key and name. The subgraph's seed maps them onto its entities.
 */
import {
  ALLIANCE_AGREEMENTS,
  NAMED_OFFERS,
  NAMED_ORGANISATIONS,
  REGIONS,
  type AgreementData,
  type OfferData,
  type OrganisationData,
  type RegionData,
} from "./demo-data.js";
import { generateDemoData, type ContactData } from "./generate.js";

export * from "./demo-data.js";
export * from "./generate.js";
export * from "./vocabulary.js";

export interface DemoDataset {
  regions: readonly RegionData[];
  organisations: readonly OrganisationData[];
  contacts: readonly ContactData[];
  agreements: readonly AgreementData[];
  offers: readonly OfferData[];
}

/** The whole demo data set of the organisations subgraph: the named part and the generated part. */
export function demoDataset(): DemoDataset {
  const generated = generateDemoData();
  return {
    regions: REGIONS,
    // The named organisations carry the generator's contact plan: store only the organisation fields.
    organisations: [...NAMED_ORGANISATIONS.map(({ contactFunctions: _, ...org }) => org), ...generated.organisations],
    contacts: generated.contacts,
    agreements: [...ALLIANCE_AGREEMENTS, ...generated.agreements],
    offers: [...NAMED_OFFERS, ...generated.offers],
  };
}
