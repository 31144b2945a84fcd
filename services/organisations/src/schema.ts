import { isUuid, readRows, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { AgreementResolver } from "./agreements/agreement.resolver.js";
import { CooperationAgreement } from "./agreements/cooperation-agreement.entity.js";
import { Contact } from "./contacts/contact.entity.js";
import { ContactResolver } from "./contacts/contact.resolver.js";
import { migrations } from "./migrations/index.js";
import { Offer } from "./offers/offer.entity.js";
import { OfferResolver } from "./offers/offer.resolver.js";
import { Organisation } from "./organisations/organisation.entity.js";
import { OrganisationResolver } from "./organisations/organisation.resolver.js";
import { Region } from "./regions/region.entity.js";
import { assertCallerDistrictExists } from "./regions/caller-district.js";
import { RegionResolver } from "./regions/region.resolver.js";
import { seedOrganisations } from "./seed/seed.js";
import {
  NetworkRef,
  NetworkSectorStatisticsResolver,
  RegionSectorStatisticsResolver,
} from "./statistics/sector-statistics.resolver.js";

export const entities = [Region, Organisation, Contact, CooperationAgreement, Offer];

/** Everything the organisations subgraph is: its entities, its resolvers, how others' references resolve. */
export const organisationsSubgraph: SubgraphDefinition = {
  name: "organisations",
  defaultPort: 4001,
  entities,
  migrations,
  resolvers: [
    RegionResolver,
    OrganisationResolver,
    ContactResolver,
    AgreementResolver,
    OfferResolver,
    NetworkSectorStatisticsResolver,
    RegionSectorStatisticsResolver,
  ],
  // No field returns a Network here: the gateway reaches it through `_entities` only.
  orphanedTypes: [NetworkRef],
  references: [
    {
      type: "Organisation",
      key: "id",
      load: (ids, ctx, fields) => readRows(ctx.em, Organisation, { id: { $in: ids.filter(isUuid) } }, { fields }),
    },
    {
      type: "Region",
      key: "key",
      load: (keys, ctx, fields) => readRows(ctx.em, Region, { key: { $in: [...keys] } }, { fields }),
    },
    {
      type: "Contact",
      key: "id",
      load: (ids, ctx, fields) => readRows(ctx.em, Contact, { id: { $in: ids.filter(isUuid) } }, { fields }),
    },
    {
      type: "CooperationAgreement",
      key: "id",
      load: (ids, ctx, fields) =>
        readRows(ctx.em, CooperationAgreement, { id: { $in: ids.filter(isUuid) } }, { fields }),
    },
    {
      type: "Offer",
      key: "id",
      load: (ids, ctx, fields) => readRows(ctx.em, Offer, { id: { $in: ids.filter(isUuid) } }, { fields }),
    },
    // The networks subgraph's: only the key and the member ids the gateway hands over for the sector statistics.
    { type: "Network", key: "id", load: async (ids) => ids.map((id) => ({ id })) },
  ],
  authorizeChanges: assertCallerDistrictExists,
  seed: seedOrganisations,
};
