import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { CooperationAgreement } from "../agreements/cooperation-agreement.entity.js";
import { Contact } from "../contacts/contact.entity.js";
import { Offer } from "../offers/offer.entity.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { Region } from "../regions/region.entity.js";
import {
  ALLIANCE_AGREEMENTS,
  NAMED_OFFERS,
  NAMED_ORGANISATIONS,
  REGIONS,
  districtKeyOf,
  type AgreementData,
  type OfferData,
  type OrganisationData,
  type RegionData,
} from "./demo-data.js";
import { generateDemoData, type ContactData } from "./generate.js";

export interface DemoDataset {
  regions: readonly RegionData[];
  organisations: readonly OrganisationData[];
  contacts: readonly ContactData[];
  agreements: readonly AgreementData[];
  offers: readonly OfferData[];
}

/** The whole demo data set of this subgraph: the named part and the generated part. */
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

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to an unknown ${what}: ${key}`);
  return value;
}

/**
 * Fills an empty database with the demo data. Does nothing when regions exist: the seed runs on every start
 * with demo data switched on, and must never duplicate or overwrite what is there.
 */
export async function seedOrganisations(em: SqlEntityManager): Promise<void> {
  if ((await em.count(Region, {})) > 0) return;
  const data = demoDataset();

  const regions = new Map<string, Region>();
  for (const r of data.regions) {
    regions.set(
      r.key,
      em.create(Region, {
        key: r.key,
        name: r.name,
        kind: r.kind,
        parent: r.parentKey ? lookup(regions, r.parentKey, "parent region") : undefined,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
      }),
    );
  }
  for (const r of data.regions) {
    for (const successorKey of r.successorKeys ?? []) {
      lookup(regions, r.key, "region").successors.add(lookup(regions, successorKey, "successor region"));
    }
  }
  // Regions first, in their own flush: they refer to each other (parent), and every other row refers to them.
  await em.flush();

  const organisations = new Map<string, Organisation>();
  for (const o of data.organisations) {
    if (organisations.has(o.name)) throw new Error(`demo data names an organisation twice: ${o.name}`);
    organisations.set(
      o.name,
      em.create(Organisation, {
        id: o.id,
        name: o.name,
        kind: o.kind,
        sector: o.sector,
        region: lookup(regions, o.regionKey, "region"),
        districtKey: districtKeyOf(o.regionKey),
        street: o.street,
        postalCode: o.postalCode,
        city: o.city,
        website: o.website,
        email: o.email,
        status: o.status,
      }),
    );
  }

  for (const c of data.contacts) {
    const organisation = lookup(organisations, c.organisationName, "organisation");
    em.create(Contact, {
      id: c.id,
      organisation,
      districtKey: organisation.districtKey,
      function: c.function,
      name: c.name,
      email: c.email,
      phone: c.phone,
    });
  }

  for (const a of data.agreements) {
    const keeper = lookup(organisations, a.keeperName, "organisation");
    const agreement = em.create(CooperationAgreement, {
      id: a.id,
      title: a.title,
      legalBasis: a.legalBasis,
      status: a.status,
      signedOn: a.signedOn,
      validUntil: a.validUntil,
      keeper,
      districtKey: keeper.districtKey,
    });
    agreement.parties.add(a.partyNames.map((name) => lookup(organisations, name, "organisation")));
  }

  for (const o of data.offers) {
    const provider = lookup(organisations, o.providerName, "organisation");
    em.create(Offer, {
      id: o.id,
      title: o.title,
      kind: o.kind,
      provider,
      region: o.regionKey ? lookup(regions, o.regionKey, "region") : undefined,
      districtKey: provider.districtKey,
      minAge: o.minAge,
      maxAge: o.maxAge,
      status: o.status,
    });
  }

  await em.flush();
}
