/**
 * The organisations subgraph's tables as the nationwide writer (`nationwide.ts`) fills them, by the name of the
 * entity that stores each: the subgraph's generation names those entities, checked against these rows.
 */
import type { VersionedRow } from "../nationwide/storage.js";
import type {
  AgreementStatus,
  LegalBasis,
  OfferKind,
  OrganisationKind,
  RecordStatus,
  RegionKind,
  Sector,
} from "./vocabulary.js";

export type NationwideTables = {
  Region: VersionedRow & { key: string; name: string; kind: RegionKind; parent: string | undefined };
  Organisation: VersionedRow & {
    id: string;
    name: string;
    kind: OrganisationKind;
    sector: Sector;
    region: string;
    districtKey: string;
    street: string;
    postalCode: string;
    city: string;
    website: string | undefined;
    email: string;
    status: RecordStatus;
  };
  Contact: VersionedRow & {
    id: string;
    organisation: string;
    districtKey: string;
    function: string;
    name: string;
    email: string;
    phone: string;
  };
  Offer: VersionedRow & {
    id: string;
    title: string;
    kind: OfferKind;
    provider: string;
    region: string;
    districtKey: string;
    minAge: number | undefined;
    maxAge: number | undefined;
    status: RecordStatus;
  };
  CooperationAgreement: VersionedRow & {
    id: string;
    title: string;
    legalBasis: LegalBasis;
    status: AgreementStatus;
    signedOn: string | undefined;
    validUntil: string | undefined;
    keeper: string;
    districtKey: string;
  };
};

export type Table = keyof NationwideTables;

/** What the organisations subgraph decides itself of the rows the package draws. */
export interface OrganisationRules {
  /** The sector of an organisation of the kind (the subgraph's default sector of each kind). */
  sectorOf(kind: OrganisationKind): Sector;
}
