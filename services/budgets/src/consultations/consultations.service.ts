import {
  because,
  assertMayChange,
  assertStateOffice,
  assertVersion,
  BadUserInputError,
  fields,
  getById,
  paginate,
  parseInput,
  peekInput,
  type Caller,
  type Peers,
  type Page,
  type PageArgs,
  type SqlEntityManager,
  today,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { book } from "../budgets/booking.js";
import { toHalfDays } from "../budgets/days.js";
import { Expert } from "../experts/expert.entity.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "./consultation.entity.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "./consultation.enums.js";
import { checkConsultationNetwork } from "./consultation-references.js";
import {
  assertCanRequest,
  assertMayTransition,
  assertDeliveredAfterPlanned,
  assertNeutralTitle,
  assertTransition,
  chargeTarget,
  type ConsultationAction,
} from "./consultations.rules.js";

const days = z
  .number()
  .positive({ message: "more than 0 days" })
  .max(50, { message: "at most 50 days" })
  .refine((d) => toHalfDays(d) !== undefined, {
    message: "in half-day steps (0.5, 1, 1.5, …)",
    ...because("HALF_DAY_STEPS"),
  });

/** Whose contingent a request is against: read first, since it decides whether the caller may make it at all. */
const requester = z.object({ requestingDistrictKey: fields.regionKey().nullish() });
export const requestInput = z.object({
  kind: z.enum(ConsultationKind),
  plannedDate: fields.isoDate(),
  days,
  title: fields.optionalText(120),
  networkId: fields.id("network").nullish(),
  requestingDistrictKey: fields.regionKey().nullish(),
  participatingDistrictKeys: z.array(fields.regionKey()).max(20).optional(),
});
export const approveInput = z.object({
  expertIds: z.array(fields.id("expert")).min(1, { message: "assign at least one expert" }).max(5),
  days: days.optional(),
});
export const deliveryInput = z.object({ days });
export const cancelInput = z.object({ reason: fields.line().min(3, { message: "give a reason" }).max(300) });

const yearOf = (date: string) => Number(date.slice(0, 4));

async function budgetOf(
  em: SqlEntityManager,
  districtKey: string,
  year: number,
  field: string,
): Promise<ConsultationBudget> {
  const budget = await em.findOne(ConsultationBudget, { districtKey, year });
  if (!budget)
    throw new BadUserInputError(
      `The youth office of ${districtKey} has no consultation contingent for ${year}.`,
      [{ field, message: `no contingent for ${year}`, reason: "NO_CONTINGENT" }],
      "NO_CONTINGENT",
    );
  return budget;
}

async function poolOf(em: SqlEntityManager, year: number): Promise<CooperationPool> {
  const pool = await em.findOne(CooperationPool, { year });
  if (!pool)
    throw new BadUserInputError(
      `There is no cooperation pool for ${year}.`,
      [{ field: "input.participatingDistrictKeys", message: `no pool for ${year}`, reason: "NO_POOL" }],
      "NO_POOL",
    );
  return pool;
}

export async function requestConsultation(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
  peers: Peers,
): Promise<Consultation> {
  assertMayChange(caller);
  // Rights before the request's other rules; checked again below on the parsed input.
  const named = peekInput(requester, input)?.requestingDistrictKey ?? caller.districtKey;
  if (named) assertCanRequest(caller, named);
  const data = parseInput(requestInput, input);
  const requestingDistrictKey = data.requestingDistrictKey ?? caller.districtKey;
  if (!requestingDistrictKey) {
    throw new BadUserInputError("Name the requesting youth office's district.", [
      { field: "input.requestingDistrictKey", message: "required for the state office", reason: "REQUIRED" },
    ]);
  }
  assertCanRequest(caller, requestingDistrictKey);
  assertNeutralTitle(data.title);
  const year = yearOf(data.plannedDate);
  const budget = await budgetOf(em, requestingDistrictKey, year, "input.requestingDistrictKey");
  const others = [...new Set(data.participatingDistrictKeys ?? [])].filter((key) => key !== requestingDistrictKey);
  const participants = await Promise.all(
    others.map((key) => budgetOf(em, key, year, "input.participatingDistrictKeys")),
  );
  await checkConsultationNetwork(peers, caller, data.networkId, [requestingDistrictKey, ...others]);
  const chargedTo = chargeTarget(requestingDistrictKey, others);
  const consultation = em.create(Consultation, {
    kind: data.kind,
    title: data.title ?? undefined,
    requestingOfficeId: budget.youthOfficeId,
    requestingDistrictKey,
    networkId: data.networkId ?? undefined,
    plannedDate: data.plannedDate,
    chargedTo,
    budget: chargedTo === ChargedTo.BUDGET ? budget : undefined,
    pool: chargedTo === ChargedTo.POOL ? await poolOf(em, year) : undefined,
    requestedHalfDays: toHalfDays(data.days)!,
  });
  for (const participant of participants) {
    em.create(ConsultationParticipant, {
      consultation,
      organisationId: participant.youthOfficeId,
      districtKey: participant.districtKey,
    });
  }
  await em.flush();
  return consultation;
}

function account(consultation: Consultation) {
  return consultation.chargedTo === ChargedTo.POOL
    ? { table: "cooperation_pool" as const, id: consultation.pool!.id, label: "the cooperation pool" }
    : { table: "consultation_budget" as const, id: consultation.budget!.id, label: "the youth office's contingent" };
}

/**
 * A step only the state office takes: its right first, then the input, then, in the step's transaction, the
 * consultation (it exists, the version is current, the step fits) before `apply` changes it.
 */
function stateOfficeStep<S extends z.ZodType>(
  doing: string,
  step: ConsultationAction,
  schema: S,
  apply: (tx: SqlEntityManager, consultation: Consultation, data: z.infer<S>) => Promise<void>,
) {
  return (em: SqlEntityManager, caller: Caller, id: string, version: number, input: unknown): Promise<Consultation> => {
    assertStateOffice(caller, doing);
    const data = parseInput(schema, input);
    return em.transactional(async (tx) => {
      const consultation = await getById(tx, Consultation, id);
      assertVersion(consultation, version, "The consultation");
      assertTransition(caller, consultation, step);
      await apply(tx, consultation, data);
      return consultation;
    });
  };
}

/**
 * Approves a request and books its days, in one transaction: the booking either fits into what remains or
 * fails with the remaining days, and an approval that lost a race for the same consultation books nothing.
 */
export const approveConsultation = stateOfficeStep(
  "approve consultations",
  "approve",
  approveInput,
  async (tx, consultation, data) => {
    const experts = await tx.find(Expert, { id: { $in: data.expertIds }, active: true });
    if (experts.length !== new Set(data.expertIds).size) {
      throw new BadUserInputError(
        "Assign active experts only.",
        [{ field: "input.expertIds", message: "unknown or inactive expert", reason: "EXPERT_INACTIVE" }],
        "EXPERT_INACTIVE",
      );
    }
    const halfDays = data.days === undefined ? consultation.requestedHalfDays : toHalfDays(data.days)!;
    await book(tx, account(consultation), halfDays);
    consultation.status = ConsultationStatus.APPROVED;
    consultation.bookedHalfDays = halfDays;
    for (const expert of experts) tx.create(ConsultationExpert, { consultation, expert });
  },
);

/** Records the days actually delivered; the booking follows them (more days must still fit). */
export const recordDelivery = stateOfficeStep(
  "record deliveries",
  "deliver",
  deliveryInput,
  async (tx, consultation, data) => {
    assertDeliveredAfterPlanned(consultation, today());
    const delivered = toHalfDays(data.days)!;
    await book(tx, account(consultation), delivered - (consultation.bookedHalfDays ?? 0));
    consultation.status = ConsultationStatus.DELIVERED;
    consultation.deliveredHalfDays = delivered;
    consultation.bookedHalfDays = delivered;
  },
);

/** Cancels before delivery, with a reason; days booked by an approval are released. */
export function cancelConsultation(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Consultation> {
  assertMayChange(caller);
  return em.transactional(async (tx) => {
    // Whether the caller may cancel it depends on the consultation (whose request, how far): before the input.
    const consultation = await getById(tx, Consultation, id);
    assertMayTransition(caller, consultation, "cancel");
    const data = parseInput(cancelInput, input);
    assertVersion(consultation, version, "The consultation");
    assertTransition(caller, consultation, "cancel");
    if (consultation.bookedHalfDays) await book(tx, account(consultation), -consultation.bookedHalfDays);
    consultation.status = ConsultationStatus.CANCELLED;
    consultation.bookedHalfDays = undefined;
    consultation.cancellationReason = data.reason;
    return consultation;
  });
}

export interface ConsultationFilter {
  year?: number;
  status?: ConsultationStatus;
  /** In one of these statuses (e.g. everything open: requested or approved). */
  statuses?: ConsultationStatus[];
  kind?: ConsultationKind;
  /** Consultations requested by or involving this district's youth office. */
  districtKey?: string;
  networkId?: string;
  /** Planned before this day: with today's, those whose day has passed. */
  plannedBefore?: string;
}

/** A youth office sees the consultations it requested or takes part in; everyone else all of them. */
export async function listConsultations(
  em: SqlEntityManager,
  caller: Caller,
  filter: ConsultationFilter,
  page: PageArgs,
): Promise<Page<Consultation>> {
  const where: FilterQuery<Consultation>[] = [];
  if (filter.year !== undefined && filter.year !== null) {
    const year = parseInput(fields.year(), filter.year, "filter.year");
    where.push({ plannedDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
  }
  if (filter.status) where.push({ status: filter.status });
  if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.plannedBefore)
    where.push({ plannedDate: { $lt: parseInput(fields.isoDate(), filter.plannedBefore, "filter.plannedBefore") } });
  if (filter.networkId)
    where.push({ networkId: parseInput(fields.id("network"), filter.networkId, "filter.networkId") });
  const involving = (districtKey: string) => ({
    $or: [
      { requestingDistrictKey: districtKey },
      {
        id: {
          $in: em.createQueryBuilder(ConsultationParticipant, "p").select("p.consultation").where({ districtKey }),
        },
      },
    ],
  });
  if (filter.districtKey) where.push(involving(filter.districtKey) as FilterQuery<Consultation>);
  if (caller.role === "YOUTH_OFFICE") where.push(involving(caller.districtKey) as FilterQuery<Consultation>);
  return paginate(em, Consultation, { $and: where }, page, "plannedDate");
}
