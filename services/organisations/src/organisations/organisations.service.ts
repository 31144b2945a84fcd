import {
  because,
  matching,
  assertCanChangeDistrict,
  assertMayChange,
  assertVersion,
  BadUserInputError,
  containsText,
  fields,
  getById,
  paginate,
  parseInput,
  peekInput,
  textProblem,
  type Caller,
  type Page,
  type PageArgs,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import { raw, type FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { Region } from "../regions/region.entity.js";
import { officeDistrictKey, regionForRecords } from "../regions/regions.service.js";
import { Organisation, STATE_KEY_LENGTH, stateOfRegionKey } from "./organisation.entity.js";
import { DEFAULT_SECTOR, OrganisationKind, RecordStatus, Sector } from "./organisation.enums.js";
import { reassignDistrict } from "./district.js";
import { assertCanArchiveOrganisation, assertCanSaveOrganisation } from "./organisations.rules.js";

const organisationFields = {
  name: fields.name(),
  kind: z.enum(OrganisationKind),
  sector: z.enum(Sector).nullish(),
  regionKey: fields.regionKey(),
  street: fields.optionalText(200),
  postalCode: fields.optional(matching(/^\d{5}$/, "must be 5 digits", "INVALID_POSTAL_CODE", z.string().trim())),
  city: fields.optionalText(100),
  website: fields.optional(
    z
      .url({ protocol: /^https?$/, message: "must be an http(s) address" })
      .max(300)
      .refine((v) => !textProblem(v), {
        message: "must be an http(s) address without control characters",
        ...because("INVALID_CHARACTERS"),
      }),
  ),
  email: fields.optionalEmail(),
};

export const organisationInput = z.object(organisationFields);
export const organisationUpdate = z.object(organisationFields).partial();

export interface OrganisationFilter {
  kind?: OrganisationKind;
  sector?: Sector;
  /** A district's key also finds the organisations in its municipalities. */
  regionKey?: string;
  /** Part of the name, case-insensitive. */
  search?: string;
  /** Default: active ones only (but every status when ids are given). */
  status?: RecordStatus;
  /** Only these organisations (at most 100). */
  ids?: string[] | null;
}

const DISTRICT_KEY_LENGTH = 5;

export function organisationWhere(em: SqlEntityManager, filter: OrganisationFilter = {}): FilterQuery<Organisation> {
  const search = filter.search?.trim();
  if (search && search.length > 100)
    throw new BadUserInputError("The search text is too long (at most 100 characters).", [
      { field: "filter.search", message: "at most 100 characters", reason: "TOO_LONG", max: 100 },
    ]);
  // An empty key (the interface's "all districts") is no filter; any other must be an official key.
  if (filter.regionKey) parseInput(fields.regionKey(), filter.regionKey, "filter.regionKey");
  const ids = filter.ids ? parseInput(fields.ids("organisation"), filter.ids, "filter.ids") : undefined;
  // Records referred to by id (from a change history, say) are found whatever became of them since.
  const status = filter.status ?? (ids ? undefined : RecordStatus.ACTIVE);
  const where: FilterQuery<Organisation>[] = status ? [{ status }] : [];
  if (ids) where.push({ id: { $in: ids } });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.sector) where.push({ sector: filter.sector });
  if (filter.regionKey) {
    const key = filter.regionKey;
    // Official keys nest: a state's (2 digits) or an administrative region's (3) key begins every key inside it.
    // Naming the state (indexed) lets the database read that state's organisations only: with an OR over
    // region and district alone, SQLite read every organisation of the kind asked for in Germany.
    where.push({ [raw((alias: string) => stateOfRegionKey(`${alias}.region_key`))]: key.slice(0, STATE_KEY_LENGTH) });
    if (key.length > STATE_KEY_LENGTH) {
      // Keys are digits only (validated above), so LIKE sees no wildcard of the caller's.
      const inside = key.length < DISTRICT_KEY_LENGTH ? [{ districtKey: { $like: `${key}%` } }] : [];
      where.push({ $or: [{ region: key }, { districtKey: key }, ...inside] });
    }
  }
  if (search) where.push(containsText(em, "name", search) as FilterQuery<Organisation>);
  return { $and: where };
}

export function listOrganisations(
  em: SqlEntityManager,
  filter: OrganisationFilter,
  page: PageArgs,
): Promise<Page<Organisation>> {
  return paginate(em, Organisation, () => organisationWhere(em, filter), page, "name");
}

/** The organisation a record is attached to, if the caller may change its district's records. */
async function organisationToAttachTo(em: SqlEntityManager, caller: Caller, id: string): Promise<Organisation> {
  const organisation = await getById(em, Organisation, id);
  assertCanChangeDistrict(caller, organisation.districtKey, `organisation '${organisation.name}'`);
  return organisation;
}

/**
 * The input of a new contact, offer or agreement and the organisation it is attached to (the input's `owner` field),
 * which decides who may add it. Rights come before the input's rules: the caller's role, then its rights on the
 * organisation the input names (peeked), then the whole input; the organisation is then read again, from the
 * identity map.
 */
export async function parseAttachedInput<S extends z.ZodObject, K extends keyof z.infer<S> & string>(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
  schema: S,
  owner: K,
): Promise<[z.infer<S>, Organisation]> {
  assertMayChange(caller);
  const named = peekInput(z.object({ [owner]: schema.shape[owner]! }), input) as Record<K, string> | undefined;
  if (named) await organisationToAttachTo(em, caller, named[owner]);
  const data = parseInput(schema, input);
  return [data, await organisationToAttachTo(em, caller, data[owner] as string)];
}

const regionFor = (em: SqlEntityManager, key: string): Promise<Region> => regionForRecords(em, key, "input.regionKey");

/** Where a new organisation goes decides who may create it, so its region is read before the rest of the input. */
const placement = z.object({ regionKey: fields.regionKey() });

/**
 * A region as the rights check sees it, before the input's rules: an unknown one names no district, and an
 * unknown or dissolved one is refused afterwards (`regionFor`) together with the rest of the input.
 */
const regionIfAny = (em: SqlEntityManager, key: string): Promise<Region | null> =>
  em.findOne(Region, { key }, { populate: ["parent"] });

export async function createOrganisation(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Organisation> {
  assertMayChange(caller);
  const placed = peekInput(placement, input);
  const placedIn = placed && (await regionIfAny(em, placed.regionKey));
  if (placedIn) assertCanChangeDistrict(caller, officeDistrictKey(placedIn), `an organisation in ${placedIn.name}`);
  const data = parseInput(organisationInput, input);
  const region = await regionFor(em, data.regionKey);
  const districtKey = officeDistrictKey(region);
  assertCanSaveOrganisation(caller, { name: data.name, kind: data.kind, districtKey });
  const organisation = em.create(Organisation, {
    name: data.name,
    kind: data.kind,
    sector: data.sector ?? DEFAULT_SECTOR[data.kind],
    region,
    districtKey,
    street: data.street ?? undefined,
    postalCode: data.postalCode ?? undefined,
    city: data.city ?? undefined,
    website: data.website ?? undefined,
    email: data.email ?? undefined,
  });
  await em.flush();
  return organisation;
}

/** What decides who may make an edit besides the record itself: a move to another district, a new kind. */
const moveOrKind = z.object({
  regionKey: organisationFields.regionKey.optional(),
  kind: organisationFields.kind.optional(),
});

export async function updateOrganisation(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Organisation> {
  assertMayChange(caller);
  const organisation = await getById(em, Organisation, id);
  // Rights first: the record as it stands, and where and into what the input would take it; then the input.
  const moving = peekInput(moveOrKind, input);
  const movingTo = moving?.regionKey ? await regionIfAny(em, moving.regionKey) : undefined;
  const early = {
    name: organisation.name,
    kind: moving?.kind ?? organisation.kind,
    districtKey: movingTo ? officeDistrictKey(movingTo) : organisation.districtKey,
  };
  assertCanSaveOrganisation(caller, early, organisation);
  const data = parseInput(organisationUpdate, input);
  const region = data.regionKey ? await regionFor(em, data.regionKey) : undefined;
  const next = {
    name: data.name ?? organisation.name,
    kind: data.kind ?? organisation.kind,
    districtKey: region ? officeDistrictKey(region) : organisation.districtKey,
  };
  assertCanSaveOrganisation(caller, next, organisation);
  assertVersion(organisation, version, `Organisation '${organisation.name}'`);
  organisation.name = next.name;
  organisation.kind = next.kind;
  if (data.sector) organisation.sector = data.sector;
  if (region) {
    organisation.region = region;
    await reassignDistrict(em, [organisation], next.districtKey);
  }
  for (const field of ["street", "postalCode", "city", "website", "email"] as const) {
    if (data[field] !== undefined) organisation[field] = data[field] ?? undefined;
  }
  await em.flush();
  return organisation;
}

/** Nobody deletes an organisation: others refer to it. Archiving hides it from everyday lists. */
export async function setOrganisationStatus(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  status: RecordStatus,
): Promise<Organisation> {
  assertMayChange(caller);
  const organisation = await getById(em, Organisation, id);
  assertCanArchiveOrganisation(caller, organisation);
  assertVersion(organisation, version, `Organisation '${organisation.name}'`);
  organisation.status = status;
  await em.flush();
  return organisation;
}
