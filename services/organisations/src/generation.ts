import { nationwide, type GenerationTarget } from "@kinderschutz/demo-data/nationwide";
import { nationwideWriter } from "@kinderschutz/demo-data/organisations/nationwide";
import { CooperationAgreement } from "./agreements/cooperation-agreement.entity.js";
import { Contact } from "./contacts/contact.entity.js";
import { Offer } from "./offers/offer.entity.js";
import { Organisation } from "./organisations/organisation.entity.js";
import { DEFAULT_SECTOR } from "./organisations/organisation.enums.js";
import { Region } from "./regions/region.entity.js";
import { organisationsSubgraph } from "./schema.js";

/**
 * What `generate` fills: the subgraph's database, its demo data, then its part of the nationwide data set, which
 * the package draws and this subgraph stores in its entities, each organisation in its kind's sector.
 */
export const organisationsGeneration: GenerationTarget = {
  ...organisationsSubgraph,
  nationwide: nationwide(nationwideWriter({ sectorOf: (kind) => DEFAULT_SECTOR[kind] }), {
    Region,
    Organisation,
    Contact,
    Offer,
    CooperationAgreement,
  }),
};
