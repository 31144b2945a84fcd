/**
 * Writes the demo data of @kinderschutz/demo-data/organisations into this subgraph's entities. The data is the
 * package's (plain rows, enum values as strings); what is this subgraph's own stays here: its enums, the default
 * sector of a kind and the district a record belongs to.
 */
import * as demo from "@kinderschutz/demo-data/organisations";
import type { Same } from "@kinderschutz/demo-data/vocabulary";
import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { AgreementStatus, CooperationAgreement, LegalBasis } from "../agreements/cooperation-agreement.entity.js";
import { Contact } from "../contacts/contact.entity.js";
import { Offer, OfferKind } from "../offers/offer.entity.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { DEFAULT_SECTOR, OrganisationKind, RecordStatus, Sector } from "../organisations/organisation.enums.js";
import { Region, RegionKind } from "../regions/region.entity.js";

// The package's spelling of an enum may not drift from ours.
const vocabularyAgrees: [
  Same<`${RegionKind}`, demo.RegionKind>,
  Same<`${OrganisationKind}`, demo.OrganisationKind>,
  Same<`${Sector}`, demo.Sector>,
  Same<`${RecordStatus}`, demo.RecordStatus>,
  Same<`${LegalBasis}`, demo.LegalBasis>,
  Same<`${AgreementStatus}`, demo.AgreementStatus>,
  Same<`${OfferKind}`, demo.OfferKind>,
] = [true, true, true, true, true, true, true];
void vocabularyAgrees;

/** A value of the package's spelling as our enum: the same string (checked above). */
const ours = <E extends string>(value: `${E}`): E => value as unknown as E;

export interface DemoDataset extends demo.DemoDataset {
  organisations: readonly (Omit<demo.OrganisationData, "sector"> & { sector: Sector })[];
}

/** The subgraph's demo data set as it is stored: every organisation with its sector. */
export function demoDataset(): DemoDataset {
  const data = demo.demoDataset();
  return {
    ...data,
    organisations: data.organisations.map((o) => ({
      ...o,
      sector: ours<Sector>(o.sector ?? DEFAULT_SECTOR[ours<OrganisationKind>(o.kind)]),
    })),
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
        kind: ours<RegionKind>(r.kind),
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
        kind: ours<OrganisationKind>(o.kind),
        sector: o.sector,
        region: lookup(regions, o.regionKey, "region"),
        districtKey: demo.districtKeyOf(o.regionKey),
        street: o.street,
        postalCode: o.postalCode,
        city: o.city,
        website: o.website,
        email: o.email,
        status: ours<RecordStatus>(o.status),
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
      legalBasis: ours<LegalBasis>(a.legalBasis),
      status: ours<AgreementStatus>(a.status),
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
      kind: ours<OfferKind>(o.kind),
      provider,
      region: o.regionKey ? lookup(regions, o.regionKey, "region") : undefined,
      districtKey: provider.districtKey,
      minAge: o.minAge,
      maxAge: o.maxAge,
      status: ours<RecordStatus>(o.status),
    });
  }

  await em.flush();
}
