/**
 * Writes the demo data of @kinderschutz/demo-data/budgets into this subgraph's entities. The data is the package's
 * (plain rows, enum values as strings); this file only maps it.
 */
import * as demo from "@kinderschutz/demo-data/budgets";
import type { Same } from "@kinderschutz/demo-data/vocabulary";
import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "../consultations/consultation.entity.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";
import { Expert } from "../experts/expert.entity.js";

// The package's spelling of an enum may not drift from ours.
const vocabularyAgrees: [
  Same<`${ConsultationKind}`, demo.ConsultationKind>,
  Same<`${ConsultationStatus}`, demo.ConsultationStatus>,
  Same<`${ChargedTo}`, demo.ChargedTo>,
] = [true, true, true];
void vocabularyAgrees;

/** A value of the package's spelling as our enum: the same string (checked above). */
const ours = <E extends string>(value: `${E}`): E => value as unknown as E;

function lookup<T>(map: ReadonlyMap<string, T>, id: string | undefined, what: string): T | undefined {
  if (id === undefined) return undefined;
  const value = map.get(id);
  if (value === undefined) throw new Error(`budgets demo data refers to an unknown ${what}: ${id}`);
  return value;
}

/**
 * Fills an empty database with the demo data. Does nothing when any consultation budget exists: the seed runs on
 * every start with demo data switched on, and must never duplicate or overwrite what is there.
 *
 * Writes the booked counters as computed by the demo data (the sum of the approved and delivered consultations'
 * booked days), so every budget and pool agrees with its consultations.
 */
export async function seedBudgets(
  em: SqlEntityManager,
  data: demo.BudgetDemoData = demo.budgetDemoData(),
): Promise<void> {
  if ((await em.count(ConsultationBudget, {})) > 0) return;

  const experts = new Map(
    data.experts.map(
      (e) =>
        [
          e.id,
          em.create(Expert, { id: e.id, name: e.name, professions: [...e.professions], active: e.active }),
        ] as const,
    ),
  );
  const pools = new Map(
    data.pools.map(
      (p) =>
        [
          p.id,
          em.create(CooperationPool, {
            id: p.id,
            year: p.year,
            allocatedHalfDays: p.allocatedHalfDays,
            bookedHalfDays: p.bookedHalfDays,
          }),
        ] as const,
    ),
  );
  const budgets = new Map(
    data.budgets.map(
      (b) =>
        [
          b.id,
          em.create(ConsultationBudget, {
            id: b.id,
            youthOfficeId: b.youthOfficeId,
            districtKey: b.districtKey,
            year: b.year,
            allocatedHalfDays: b.allocatedHalfDays,
            bookedHalfDays: b.bookedHalfDays,
          }),
        ] as const,
    ),
  );

  for (const c of data.consultations) {
    const consultation = em.create(Consultation, {
      id: c.id,
      kind: ours<ConsultationKind>(c.kind),
      title: c.title,
      requestingOfficeId: c.requestingOfficeId,
      requestingDistrictKey: c.requestingDistrictKey,
      networkId: c.networkId,
      plannedDate: c.plannedDate,
      status: ours<ConsultationStatus>(c.status),
      chargedTo: ours<ChargedTo>(c.chargedTo),
      budget: lookup(budgets, c.budgetId, "budget"),
      pool: lookup(pools, c.poolId, "cooperation pool"),
      requestedHalfDays: c.requestedHalfDays,
      bookedHalfDays: c.bookedHalfDays,
      deliveredHalfDays: c.deliveredHalfDays,
      cancellationReason: c.cancellationReason,
    });
    for (const p of c.participants) {
      em.create(ConsultationParticipant, {
        id: p.id,
        consultation,
        organisationId: p.organisationId,
        districtKey: p.districtKey,
      });
    }
    for (const e of c.experts) {
      em.create(ConsultationExpert, { id: e.id, consultation, expert: lookup(experts, e.expertId, "expert")! });
    }
  }

  await em.flush();
}
