import {
  because,
  assertVersion,
  BadUserInputError,
  fields,
  paginate,
  parseInput,
  type Caller,
  type Page,
  type PageArgs,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { districtRecordToChange } from "../organisations/district.js";
import { RecordStatus } from "../organisations/organisation.enums.js";
import { parseAttachedInput } from "../organisations/organisations.service.js";
import { Region } from "../regions/region.entity.js";
import { regionForRecords } from "../regions/regions.service.js";
import { Offer, OfferKind } from "./offer.entity.js";

const age = z
  .number()
  .int()
  .min(0, { message: "0 or more" })
  .max(27, { message: "at most 27 (youth welfare ends at 27)" });

const offerFields = {
  title: fields.line().min(3, { message: "at least 3 characters" }).max(300),
  kind: z.enum(OfferKind),
  regionKey: fields.regionKey().nullish(),
  minAge: age.nullish(),
  maxAge: age.nullish(),
};

const ageOrder = (o: { minAge?: number | null; maxAge?: number | null }) =>
  o.minAge == null || o.maxAge == null || o.minAge <= o.maxAge;
const ageMessage = {
  message: "the youngest age cannot be above the oldest",
  path: ["maxAge"],
  ...because("MIN_ABOVE_MAX"),
};

export const offerInput = z
  .object({ providerId: z.uuid({ message: "must be an organisation id" }), ...offerFields })
  .refine(ageOrder, ageMessage);
export const offerUpdate = z.object(offerFields).partial();

export interface OfferFilter {
  providerId?: string;
  districtKey?: string;
  kind?: OfferKind;
  /** Only offers meant for a child of this age. */
  age?: number;
}

export function listOffers(em: SqlEntityManager, filter: OfferFilter, page: PageArgs): Promise<Page<Offer>> {
  const where: FilterQuery<Offer>[] = [{ status: RecordStatus.ACTIVE }];
  if (filter.providerId)
    where.push({ provider: parseInput(fields.id("organisation"), filter.providerId, "filter.providerId") });
  if (filter.districtKey) where.push({ districtKey: filter.districtKey });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.age !== undefined && filter.age !== null) {
    where.push(
      { $or: [{ minAge: null }, { minAge: { $lte: filter.age } }] },
      { $or: [{ maxAge: null }, { maxAge: { $gte: filter.age } }] },
    );
  }
  return paginate(em, Offer, { $and: where }, page, "title");
}

async function regionFor(em: SqlEntityManager, key: string | null | undefined): Promise<Region | undefined> {
  return key ? regionForRecords(em, key, "input.regionKey") : undefined;
}

export async function createOffer(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Offer> {
  const [data, provider] = await parseAttachedInput(em, caller, input, offerInput, "providerId");
  const offer = em.create(Offer, {
    title: data.title,
    kind: data.kind,
    provider,
    region: await regionFor(em, data.regionKey),
    districtKey: provider.districtKey,
    minAge: data.minAge ?? undefined,
    maxAge: data.maxAge ?? undefined,
  });
  await em.flush();
  return offer;
}

export async function updateOffer(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Offer> {
  const offer = await districtRecordToChange(em, caller, Offer, id, "this offer");
  const data = parseInput(offerUpdate, input);
  assertVersion(offer, version, `Offer '${offer.title}'`);
  const next = {
    minAge: data.minAge === undefined ? offer.minAge : data.minAge,
    maxAge: data.maxAge === undefined ? offer.maxAge : data.maxAge,
  };
  if (!ageOrder(next))
    throw new BadUserInputError("The youngest age cannot be above the oldest.", [
      { field: "input.maxAge", message: ageMessage.message, reason: "MIN_ABOVE_MAX" },
    ]);
  if (data.title !== undefined) offer.title = data.title;
  if (data.kind !== undefined) offer.kind = data.kind;
  if (data.regionKey !== undefined) offer.region = await regionFor(em, data.regionKey);
  offer.minAge = next.minAge ?? undefined;
  offer.maxAge = next.maxAge ?? undefined;
  await em.flush();
  return offer;
}

export async function setOfferStatus(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  status: RecordStatus,
): Promise<Offer> {
  const offer = await districtRecordToChange(em, caller, Offer, id, "this offer");
  assertVersion(offer, version, `Offer '${offer.title}'`);
  offer.status = status;
  await em.flush();
  return offer;
}
