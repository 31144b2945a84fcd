import {
  because,
  assertVersion,
  BadUserInputError,
  fields,
  findById,
  paginate,
  parseInput,
  type Caller,
  type Page,
  type PageArgs,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { Organisation } from "../organisations/organisation.entity.js";
import { districtRecordToChange } from "../organisations/district.js";
import { parseAttachedInput } from "../organisations/organisations.service.js";
import { AgreementStatus, CooperationAgreement, LegalBasis } from "./cooperation-agreement.entity.js";

const isoDate = fields.isoDate();

const agreementFields = {
  title: fields.line().min(3, { message: "at least 3 characters" }).max(300),
  legalBasis: z.enum(LegalBasis),
  status: z.enum(AgreementStatus),
  signedOn: isoDate.nullish(),
  validUntil: isoDate.nullish(),
  partyIds: z
    .array(z.uuid({ message: "must be organisation ids" }))
    .max(100)
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length >= 2, {
      message: "an agreement has at least two different parties",
      ...because("TOO_FEW", { min: 2 }),
    }),
};

export const agreementInput = z
  .object({ keeperId: z.uuid({ message: "must be an organisation id" }), ...agreementFields })
  .refine((a) => a.status !== AgreementStatus.SIGNED || a.signedOn, {
    message: "a signed agreement needs its day of signature",
    path: ["signedOn"],
    ...because("REQUIRED"),
  });
export const agreementUpdate = z.object(agreementFields).partial();

export interface AgreementFilter {
  organisationId?: string;
  /** Agreements any of these organisations is a party to (e.g. a network's members), at most 500. */
  organisationIds?: string[] | null;
  districtKey?: string;
  status?: AgreementStatus;
}

export async function listAgreements(
  em: SqlEntityManager,
  filter: AgreementFilter,
  page: PageArgs,
): Promise<Page<CooperationAgreement>> {
  const where: FilterQuery<CooperationAgreement>[] = [];
  if (filter.organisationId)
    where.push({ parties: parseInput(fields.id("organisation"), filter.organisationId, "filter.organisationId") });
  if (filter.organisationIds) {
    const ids = parseInput(fields.ids("organisation", 500), filter.organisationIds, "filter.organisationIds");
    // The agreements first, then the page of them: an agreement two members signed is one agreement, counted once.
    const signed = await em.find(CooperationAgreement, { parties: { $in: ids } }, { fields: ["id"] });
    where.push({ id: { $in: signed.map((a) => a.id) } });
  }
  if (filter.districtKey) where.push({ districtKey: filter.districtKey });
  if (filter.status) where.push({ status: filter.status });
  return paginate(em, CooperationAgreement, { $and: where }, page, "title");
}

// An agreement comes with its parties: an update may replace them.
const withParties = { populate: ["parties"] };

export const findAgreement = (em: SqlEntityManager, id: string) => findById(em, CooperationAgreement, id, withParties);

async function parties(em: SqlEntityManager, ids: string[]): Promise<Organisation[]> {
  const found = await em.find(Organisation, { id: { $in: ids } });
  const missing = ids.filter((id) => !found.some((o) => o.id === id));
  if (missing.length)
    throw new BadUserInputError(`Unknown organisations: ${missing.join(", ")}.`, [
      { field: "input.partyIds", message: "unknown organisation", reason: "UNKNOWN_REFERENCE" },
    ]);
  return found;
}

function checkDates(signedOn: string | null | undefined, validUntil: string | null | undefined) {
  if (signedOn && validUntil && validUntil < signedOn) {
    throw new BadUserInputError("An agreement cannot end before it was signed.", [
      { field: "input.validUntil", message: `before ${signedOn}`, reason: "BEFORE_START", date: signedOn },
    ]);
  }
}

/** The keeper (usually the youth office) holds the record; its district's youth office maintains it. */
export async function createAgreement(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
): Promise<CooperationAgreement> {
  const [data, keeper] = await parseAttachedInput(em, caller, input, agreementInput, "keeperId");
  checkDates(data.signedOn, data.validUntil);
  const agreement = em.create(CooperationAgreement, {
    title: data.title,
    legalBasis: data.legalBasis,
    status: data.status,
    signedOn: data.signedOn ?? undefined,
    validUntil: data.validUntil ?? undefined,
    keeper,
    districtKey: keeper.districtKey,
  });
  agreement.parties.set(await parties(em, data.partyIds));
  await em.flush();
  return agreement;
}

export async function updateAgreement(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<CooperationAgreement> {
  const agreement = await districtRecordToChange(em, caller, CooperationAgreement, id, "this agreement", withParties);
  const data = parseInput(agreementUpdate, input);
  assertVersion(agreement, version, `Agreement '${agreement.title}'`);
  checkDates(
    data.signedOn === undefined ? agreement.signedOn : data.signedOn,
    data.validUntil === undefined ? agreement.validUntil : data.validUntil,
  );
  if (data.title !== undefined) agreement.title = data.title;
  if (data.legalBasis !== undefined) agreement.legalBasis = data.legalBasis;
  if (data.status !== undefined) agreement.status = data.status;
  if (data.signedOn !== undefined) agreement.signedOn = data.signedOn ?? undefined;
  if (data.validUntil !== undefined) agreement.validUntil = data.validUntil ?? undefined;
  if (agreement.status === AgreementStatus.SIGNED && !agreement.signedOn) {
    throw new BadUserInputError("A signed agreement needs its day of signature.", [
      { field: "input.signedOn", message: "required when signed", reason: "REQUIRED" },
    ]);
  }
  if (data.partyIds) agreement.parties.set(await parties(em, data.partyIds));
  await em.flush();
  return agreement;
}
