import {
  because,
  assertStateOffice,
  BadUserInputError,
  fields,
  ForbiddenError,
  forUpdate,
  parseInput,
  readRows,
  withAuditReason,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { ConsultationBudget, CooperationPool } from "./budget.entities.js";
import { toDays, toHalfDays } from "./days.js";

const year = fields.year();
const allocatedDays = z
  .number()
  .min(0, { message: "0 or more days" })
  .max(1000, { message: "at most 1000 days" })
  .refine((d) => toHalfDays(d) !== undefined, {
    message: "in half-day steps (0.5, 1, 1.5, …)",
    ...because("HALF_DAY_STEPS"),
  });
const reason = fields.line().min(3, { message: "say why (it goes into the change history)" }).max(500);

export const budgetInput = z.object({
  youthOfficeId: fields.id("youth office"),
  districtKey: fields.regionKey(),
  year,
  allocatedDays,
  reason,
});
export const poolInput = z.object({ year, allocatedDays, reason });

/** Budgets of a year: all of them for the state office and analysts, its own for a youth office. */
export function listBudgets(
  em: SqlEntityManager,
  caller: Caller,
  requestedYear: number,
  regionKey?: string | null,
): Promise<ConsultationBudget[]> {
  const budgetYear = parseInput(fields.year(), requestedYear, "year");
  const where: FilterQuery<ConsultationBudget>[] = [{ year: budgetYear }];
  if (caller.role === "YOUTH_OFFICE") where.push({ districtKey: caller.districtKey });
  // Official keys nest: a state's key begins the key of every district in it. Digits only, so no LIKE wildcard.
  if (regionKey != null)
    where.push({ districtKey: { $like: `${parseInput(fields.regionKey(), regionKey, "regionKey")}%` } });
  return readRows(em, ConsultationBudget, { $and: where }, { orderBy: { districtKey: "asc" } });
}

export function assertCanReadBudget(caller: Caller, budget: Pick<ConsultationBudget, "districtKey">): void {
  if (caller.role === "YOUTH_OFFICE" && caller.districtKey !== budget.districtKey) {
    throw new ForbiddenError("A youth office reads its own contingent only.", "OTHER_DISTRICT");
  }
}

function assertNotBelowBooked(allocatedHalfDays: number, bookedHalfDays: number): void {
  if (allocatedHalfDays < bookedHalfDays) {
    throw new BadUserInputError(
      `${toDays(bookedHalfDays)} days are already booked; the allocation cannot be lower.`,
      [
        {
          field: "input.allocatedDays",
          message: `at least ${toDays(bookedHalfDays)}`,
          reason: "BELOW_BOOKED",
          min: toDays(bookedHalfDays),
        },
      ],
      "BELOW_BOOKED",
    );
  }
}

/**
 * Sets a youth office's contingent for a year (state office only), with the reason in the change history.
 * The allocation changes in one UPDATE that also checks it stays above what is booked at that moment.
 */
export async function setConsultationBudget(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
): Promise<ConsultationBudget> {
  assertStateOffice(caller, "set consultation contingents");
  const data = parseInput(budgetInput, input);
  const halfDays = toHalfDays(data.allocatedDays)!;
  return withAuditReason(data.reason, () =>
    em.transactional(async (em) => {
      // Locked, so that no booking slips in between the check below and the new allocation.
      const existing = await em.findOne(
        ConsultationBudget,
        { youthOfficeId: data.youthOfficeId, year: data.year },
        forUpdate(em),
      );
      const sameDistrict = existing
        ? null
        : await em.findOne(ConsultationBudget, { districtKey: data.districtKey, year: data.year });
      if (sameDistrict) {
        throw new BadUserInputError(
          `District ${data.districtKey} has a contingent for ${data.year} under another youth office already.`,
          [
            {
              field: "input.youthOfficeId",
              message: "another office of this district",
              reason: "CONTINGENT_OF_OTHER_OFFICE",
            },
          ],
          "CONTINGENT_OF_OTHER_OFFICE",
        );
      }
      if (existing && existing.districtKey !== data.districtKey) {
        throw new BadUserInputError(`This youth office's contingent belongs to district ${existing.districtKey}.`, [
          { field: "input.districtKey", message: "does not match", reason: "MISMATCH" },
        ]);
      }
      const budget =
        existing ??
        em.create(ConsultationBudget, {
          youthOfficeId: data.youthOfficeId,
          districtKey: data.districtKey,
          year: data.year,
          allocatedHalfDays: halfDays,
        });
      if (existing) {
        assertNotBelowBooked(halfDays, existing.bookedHalfDays);
        existing.allocatedHalfDays = halfDays;
      }
      return budget;
    }),
  );
}

export function findPool(em: SqlEntityManager, requestedYear: number): Promise<CooperationPool | null> {
  const poolYear = parseInput(fields.year(), requestedYear, "year");
  return em.findOne(CooperationPool, { year: poolYear });
}

/** Sets the cooperation pool of a year (state office only), with the reason in the change history. */
export async function setCooperationPool(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
): Promise<CooperationPool> {
  assertStateOffice(caller, "set the cooperation pool");
  const data = parseInput(poolInput, input);
  const halfDays = toHalfDays(data.allocatedDays)!;
  return withAuditReason(data.reason, () =>
    em.transactional(async (em) => {
      const existing = await em.findOne(CooperationPool, { year: data.year }, forUpdate(em));
      if (existing) {
        assertNotBelowBooked(halfDays, existing.bookedHalfDays);
        existing.allocatedHalfDays = halfDays;
      }
      return existing ?? em.create(CooperationPool, { year: data.year, allocatedHalfDays: halfDays });
    }),
  );
}
