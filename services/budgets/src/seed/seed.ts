import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "../consultations/consultation.entity.js";
import { Expert } from "../experts/expert.entity.js";
import { budgetDemoData, type BudgetDemoData } from "./demo-data.js";

export { budgetDemoData, DEMO_SEED, DEMO_TODAY, DEMO_YEARS, EXPERTS, PROFESSIONS } from "./demo-data.js";
export type { BudgetDemoData } from "./demo-data.js";
export { DISTRICT_NETWORK_IDS, DISTRICT_NETWORK_NAMES, MV_YOUTH_OFFICES, YOUTH_OFFICE_IDS } from "./references.js";

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
export async function seedBudgets(em: SqlEntityManager, data: BudgetDemoData = budgetDemoData()): Promise<void> {
  if ((await em.count(ConsultationBudget, {})) > 0) return;

  const experts = new Map(
    data.experts.map((e) => [e.id, em.create(Expert, { id: e.id, name: e.name, professions: [...e.professions], active: e.active })] as const),
  );
  const pools = new Map(
    data.pools.map((p) => [p.id, em.create(CooperationPool, { id: p.id, year: p.year, allocatedHalfDays: p.allocatedHalfDays, bookedHalfDays: p.bookedHalfDays })] as const),
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
      kind: c.kind,
      title: c.title,
      requestingOfficeId: c.requestingOfficeId,
      requestingDistrictKey: c.requestingDistrictKey,
      networkId: c.networkId,
      plannedDate: c.plannedDate,
      status: c.status,
      chargedTo: c.chargedTo,
      budget: lookup(budgets, c.budgetId, "budget"),
      pool: lookup(pools, c.poolId, "cooperation pool"),
      requestedHalfDays: c.requestedHalfDays,
      bookedHalfDays: c.bookedHalfDays,
      deliveredHalfDays: c.deliveredHalfDays,
      cancellationReason: c.cancellationReason,
    });
    for (const p of c.participants) {
      em.create(ConsultationParticipant, { id: p.id, consultation, organisationId: p.organisationId, districtKey: p.districtKey });
    }
    for (const e of c.experts) {
      em.create(ConsultationExpert, { id: e.id, consultation, expert: lookup(experts, e.expertId, "expert")! });
    }
  }

  await em.flush();
}
