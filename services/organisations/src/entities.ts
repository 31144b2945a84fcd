import { CooperationAgreement } from "./agreements/cooperation-agreement.entity.js";
import { Contact } from "./contacts/contact.entity.js";
import { Offer } from "./offers/offer.entity.js";
import { Organisation } from "./organisations/organisation.entity.js";
import { Region } from "./regions/region.entity.js";

export const entities = [Region, Organisation, Contact, CooperationAgreement, Offer];
