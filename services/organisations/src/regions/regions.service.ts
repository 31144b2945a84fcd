import {
  assertStateOffice,
  fields,
  assertVersion,
  BadUserInputError,
  NotFoundError,
  parseInput,
  today,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { reassignDistrict } from "../organisations/district.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { OFFICE_LEVEL_KINDS, Region, RegionKind } from "./region.entity.js";
import { closedForRecords } from "./regions.rules.js";

const isoDate = fields.isoDate();
const regionKey = fields.regionKey();
const regionKeys = z.array(regionKey).max(100, { message: "at most 100 keys" });

export const regionInput = z.object({
  key: regionKey,
  name: fields.line().min(2).max(200),
  kind: z.enum(RegionKind),
  parentKey: regionKey.nullish(),
  validFrom: isoDate.nullish(),
});

export const regionUpdate = regionInput.omit({ key: true }).partial();

export const dissolution = z.object({
  validUntil: isoDate,
  successorKeys: z.array(regionKey).min(1, { message: "name at least one successor region" }).max(20),
});

export interface RegionFilter {
  kind?: RegionKind;
  parentKey?: string;
  /** Only regions that existed on this day (YYYY-MM-DD). */
  validOn?: string;
  /** Only these regions (at most 100 keys). */
  keys?: string[] | null;
}

/**
 * The district or independent city whose youth office keeps records in `region`: the region itself at that
 * level, the district around a municipality, none for a state.
 */
export function officeDistrictKey(
  region: Pick<Region, "key" | "kind"> & { parent?: Pick<Region, "key"> | null },
): string | undefined {
  if (OFFICE_LEVEL_KINDS.includes(region.kind)) return region.key;
  if (region.kind === RegionKind.MUNICIPALITY) return region.parent?.key;
  return undefined;
}

export function listRegions(em: SqlEntityManager, filter: RegionFilter = {}): Promise<Region[]> {
  const where: FilterQuery<Region>[] = [];
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.parentKey) where.push({ parent: filter.parentKey });
  if (filter.keys) where.push({ key: { $in: parseInput(regionKeys, filter.keys, "keys") } });
  if (filter.validOn) {
    const day = parseInput(isoDate, filter.validOn, "filter.validOn");
    where.push(
      { $or: [{ validFrom: null }, { validFrom: { $lte: day } }] },
      { $or: [{ validUntil: null }, { validUntil: { $gte: day } }] },
    );
  }
  return em.find(Region, { $and: where }, { orderBy: { key: "asc" } });
}

export async function getRegion(em: SqlEntityManager, key: string): Promise<Region> {
  const region = await em.findOne(Region, { key }, { populate: ["parent"] });
  if (!region) throw new NotFoundError("Region", key);
  return region;
}

/** A change to a region, by the state office alone: the role, the input, then the region and its version. */
async function regionToChange<S extends z.ZodType>(
  em: SqlEntityManager,
  caller: Caller,
  key: string,
  version: number,
  change: S,
  input: unknown,
): Promise<[Region, z.infer<S>]> {
  assertStateOffice(caller, "maintain regions");
  const data = parseInput(change, input);
  const region = await getRegion(em, key);
  assertVersion(region, version, `Region ${key}`);
  return [region, data];
}

/** The region a record is created in or moved to: it must exist today (as must its district), for every role. */
export async function regionForRecords(em: SqlEntityManager, key: string, field: string): Promise<Region> {
  const region = await em.findOne(Region, { key }, { populate: ["parent"] });
  if (!region)
    throw new BadUserInputError(`There is no region with key ${key}.`, [
      { field, message: "unknown region", reason: "UNKNOWN_REFERENCE" },
    ]);
  const closed = closedForRecords(region, today());
  if (closed)
    throw new BadUserInputError(
      closed,
      [{ field, message: "dissolved region", reason: "REGION_DISSOLVED" }],
      "REGION_DISSOLVED",
    );
  return region;
}

async function findParent(em: SqlEntityManager, key: string | null | undefined): Promise<Region | undefined> {
  return key ? regionForRecords(em, key, "input.parentKey") : undefined;
}

export async function createRegion(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Region> {
  assertStateOffice(caller, "maintain regions");
  const data = parseInput(regionInput, input);
  // Official keys nest (a district's begins with its state's, a municipality's with its district's): a key that
  // does not would put the region's records in the wrong district and state.
  if (data.parentKey && !data.key.startsWith(data.parentKey)) {
    throw new BadUserInputError(`The key ${data.key} does not begin with the key of its parent ${data.parentKey}.`, [
      { field: "input.key", message: "must begin with the parent's key", reason: "KEY_OUTSIDE_PARENT" },
    ]);
  }
  if (await em.findOne(Region, { key: data.key })) {
    throw new BadUserInputError(
      `A region with key ${data.key} exists already.`,
      [{ field: "input.key", message: "already taken", reason: "REGION_KEY_TAKEN" }],
      "REGION_KEY_TAKEN",
    );
  }
  const region = em.create(Region, {
    key: data.key,
    name: data.name,
    kind: data.kind,
    parent: await findParent(em, data.parentKey),
    validFrom: data.validFrom ?? undefined,
  });
  await em.flush();
  return region;
}

export async function updateRegion(
  em: SqlEntityManager,
  caller: Caller,
  key: string,
  version: number,
  input: unknown,
): Promise<Region> {
  const [region, data] = await regionToChange(em, caller, key, version, regionUpdate, input);
  if (data.name !== undefined) region.name = data.name;
  if (data.kind !== undefined) region.kind = data.kind;
  if (data.validFrom !== undefined) region.validFrom = data.validFrom ?? undefined;
  if (data.parentKey !== undefined) {
    if (data.parentKey === key)
      throw new BadUserInputError("A region cannot be its own parent.", [
        { field: "input.parentKey", message: "is the region itself", reason: "SELF_REFERENCE" },
      ]);
    region.parent = await findParent(em, data.parentKey);
  }
  if (data.kind !== undefined || data.parentKey !== undefined) {
    // A region that changes level or district hands its organisations to the youth office now responsible.
    await reassignDistrict(em, await em.find(Organisation, { region: key }), officeDistrictKey(region));
  }
  await em.flush();
  return region;
}

/**
 * Records that a region ceased to exist (e.g. the 2011 district reform): it keeps its record, ends on
 * `validUntil` and points to the regions that took over.
 */
export async function dissolveRegion(
  em: SqlEntityManager,
  caller: Caller,
  key: string,
  version: number,
  input: unknown,
): Promise<Region> {
  const [region, data] = await regionToChange(em, caller, key, version, dissolution, input);
  if (data.successorKeys.includes(key)) {
    throw new BadUserInputError("A region cannot succeed itself.", [
      { field: "input.successorKeys", message: "contains the region itself", reason: "SELF_REFERENCE" },
    ]);
  }
  const successors = await em.find(Region, { key: { $in: data.successorKeys } });
  const missing = data.successorKeys.filter((k) => !successors.some((s) => s.key === k));
  if (missing.length) {
    throw new BadUserInputError(`Unknown successor regions: ${missing.join(", ")}.`, [
      { field: "input.successorKeys", message: "unknown region", reason: "UNKNOWN_REFERENCE" },
    ]);
  }
  if (region.validFrom && data.validUntil < region.validFrom) {
    throw new BadUserInputError("A region cannot end before it began.", [
      {
        field: "input.validUntil",
        message: `before ${region.validFrom}`,
        reason: "BEFORE_START",
        date: region.validFrom,
      },
    ]);
  }
  region.validUntil = data.validUntil;
  await region.successors.init();
  region.successors.set(successors);
  await em.flush();
  return region;
}
