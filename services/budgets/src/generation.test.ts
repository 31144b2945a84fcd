import { budgetDemoData, budgetId } from "@kinderschutz/demo-data/budgets";
import { AuditEntry, type Database } from "@kinderschutz/subgraph-kit";
import { generateData, NATIONWIDE_TODAY, NATIONWIDE_YEARS, nationwidePlan } from "@kinderschutz/demo-data/nationwide";
import { useGeneratedDatabase, youthOffice } from "@kinderschutz/subgraph-kit/testing";
import { wrap } from "@mikro-orm/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget, CooperationPool } from "./budgets/budget.entities.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "./consultations/consultation.entity.js";
import { ChargedTo, ConsultationStatus } from "./consultations/consultation.enums.js";
import { Expert } from "./experts/expert.entity.js";
import { budgetsGeneration } from "./generation.js";
import { budgetsSubgraph } from "./schema.js";

const options = { scale: "germany", states: ["01", "04"], density: 0.2 } as const;
const plan = nationwidePlan(options);
const districts = plan.regions.filter((r) => r.kind === "DISTRICT" || r.kind === "INDEPENDENT_CITY").map((r) => r.key);
const budgetOffices = plan.youthOffices.filter((o) => o.holdsBudget);
const officesOf = (key: string) => plan.youthOffices.filter((o) => o.districtKey === key);
const networkDistrict = new Map(plan.networks.map((n) => [n.id, n.districtKey]));
const endOfToday = new Date(`${NATIONWIDE_TODAY}T23:59:59Z`);
const demo = budgetDemoData();

const generate = (dataDir: string) => generateData(budgetsGeneration, { ...options, dataDir, log: () => {} });

const books = (status: ConsultationStatus) =>
  status === ConsultationStatus.APPROVED || status === ConsultationStatus.DELIVERED;
/** Steps of the service a consultation went through: request, then approve and deliver, or cancel. */
const STEPS: Record<string, number> = { REQUESTED: 1, APPROVED: 2, DELIVERED: 3, CANCELLED: 2 };

const demoIds = new Set([
  ...demo.budgets.map((b) => b.id),
  ...demo.pools.map((p) => p.id),
  ...demo.experts.map((e) => e.id),
  ...demo.consultations.flatMap((c) => [c.id, ...c.participants.map((p) => p.id), ...c.experts.map((e) => e.id)]),
]);

/** The generated rows of every table and the history by id, as plain values (the demo seed stamps its own rows with the clock). */
async function generatedRows(orm: Database): Promise<Map<string, string>> {
  const em = orm.em.fork();
  const rows = new Map<string, string>();
  for (const entity of [...budgetsSubgraph.entities, AuditEntry]) {
    for (const row of (await em.find(entity as typeof Expert, {})) as object[]) {
      const values = wrap(row).toObject() as Record<string, unknown>;
      if (!demoIds.has(values.id as string)) rows.set(`${entity.name}|${values.id}`, JSON.stringify(values));
    }
  }
  return rows;
}

describe("nationwide data of the budgets subgraph", () => {
  const generated = useGeneratedDatabase(budgetsSubgraph, generate);
  const { em } = generated;
  let budgets: ConsultationBudget[];
  let consultations: Consultation[];

  beforeAll(async () => {
    budgets = await em().find(ConsultationBudget, { districtKey: { $in: districts } });
    consultations = await em().find(Consultation, { requestingDistrictKey: { $in: districts } });
  }, 60_000);

  it("gives each district's own youth office a contingent for every year and the next one, allocated before the year", () => {
    const years = [...NATIONWIDE_YEARS, NATIONWIDE_YEARS.at(-1)! + 1];
    expect(budgets).toHaveLength(districts.length * years.length);
    const byId = new Map(budgets.map((b) => [b.id, b]));
    for (const office of budgetOffices) {
      for (const year of years) {
        const budget = byId.get(budgetId(office.districtKey, year));
        expect(budget, `${office.districtKey} ${year}`).toBeDefined();
        expect([budget!.youthOfficeId, budget!.districtKey, budget!.year]).toEqual([
          office.id,
          office.districtKey,
          year,
        ]);
        expect(budget!.allocatedHalfDays % 2).toBe(0);
        expect(budget!.allocatedHalfDays).toBeGreaterThan(0);
        expect(budget!.createdAt.getTime()).toBeLessThan(Date.parse(`${year}-01-01T00:00:00Z`));
      }
    }
  });

  it("has about 50 consultations per district and year, each against its district's contingent of the planned year", () => {
    const perDistrictYear = consultations.length / (districts.length * NATIONWIDE_YEARS.length);
    expect(perDistrictYear).toBeGreaterThan(35);
    expect(perDistrictYear).toBeLessThan(70);
    const budgetOf = new Map(budgets.map((b) => [b.id, b]));
    let withNetwork = 0;
    for (const c of consultations) {
      const budget = budgetOf.get(c.budget!.id);
      expect(c.chargedTo).toBe(ChargedTo.BUDGET);
      expect(c.pool ?? undefined).toBeUndefined();
      expect([budget?.districtKey, budget?.year]).toEqual([c.requestingDistrictKey, Number(c.plannedDate.slice(0, 4))]);
      expect(officesOf(c.requestingDistrictKey).map((o) => o.id)).toContain(c.requestingOfficeId);
      if (c.networkId) {
        withNetwork++;
        expect(networkDistrict.get(c.networkId)).toBe(c.requestingDistrictKey);
      }
      expect(c.title!.length).toBeLessThanOrEqual(120);
    }
    expect(withNetwork / consultations.length).toBeGreaterThan(0.5);
  });

  it("keeps status, dates, days and versions as the service's transitions leave them", async () => {
    const experts = new Map((await em().find(Expert, {})).map((e) => [e.id, e]));
    const links = await em().find(ConsultationExpert, { consultation: { requestingDistrictKey: { $in: districts } } });
    const expertsOf = new Map<string, string[]>();
    for (const l of links) expertsOf.set(l.consultation.id, [...(expertsOf.get(l.consultation.id) ?? []), l.expert.id]);
    const seen = new Set<ConsultationStatus>();
    for (const c of consultations) {
      seen.add(c.status);
      const ahead = c.plannedDate > NATIONWIDE_TODAY;
      expect(ahead, `${c.id} ${c.status} ${c.plannedDate}`).toBe(
        c.status === ConsultationStatus.REQUESTED || c.status === ConsultationStatus.APPROVED,
      );
      expect(c.version).toBe(STEPS[c.status]);
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(c.updatedAt.getTime());
      expect(c.updatedAt.getTime()).toBeLessThanOrEqual(endOfToday.getTime());
      expect(c.createdAt.toISOString().slice(0, 10) < c.plannedDate).toBe(true);
      expect(c.requestedHalfDays).toBeGreaterThan(0);
      const assigned = expertsOf.get(c.id) ?? [];
      if (books(c.status)) {
        expect(c.bookedHalfDays).toBeGreaterThan(0);
        expect(c.bookedHalfDays!).toBeLessThanOrEqual(c.requestedHalfDays);
        expect(assigned.length).toBeGreaterThanOrEqual(1);
        for (const id of assigned) expect(experts.get(id)!.active || c.plannedDate < "2025-01-01").toBe(true);
      } else {
        expect(c.bookedHalfDays ?? undefined).toBeUndefined();
        expect(assigned).toEqual([]);
      }
      expect(c.deliveredHalfDays ?? undefined).toBe(
        c.status === ConsultationStatus.DELIVERED ? c.bookedHalfDays : undefined,
      );
      expect(Boolean(c.cancellationReason)).toBe(c.status === ConsultationStatus.CANCELLED);
    }
    expect([...seen].sort()).toEqual(["APPROVED", "CANCELLED", "DELIVERED", "REQUESTED"]);
  });

  it("books each contingent with exactly the days its consultations book, never beyond the allocation", () => {
    const booked = new Map<string, number>();
    for (const c of consultations)
      if (books(c.status)) booked.set(c.budget!.id, (booked.get(c.budget!.id) ?? 0) + c.bookedHalfDays!);
    for (const b of budgets) {
      expect(b.bookedHalfDays, `${b.districtKey} ${b.year}`).toBe(booked.get(b.id) ?? 0);
      expect(b.bookedHalfDays).toBeLessThanOrEqual(b.allocatedHalfDays - (b.year === 2026 ? 2 : 0));
    }
    expect(budgets.filter((b) => b.year < 2026).every((b) => b.bookedHalfDays > b.allocatedHalfDays / 2)).toBe(true);
  });

  it("names further offices only of the requesting district, so the contingent pays (not the pool)", async () => {
    const participants = await em().find(
      ConsultationParticipant,
      { districtKey: { $in: districts } },
      { populate: ["consultation"] },
    );
    const multiOffice = districts.filter((key) => officesOf(key).length > 1);
    if (multiOffice.length > 0) expect(participants.length).toBeGreaterThan(0);
    for (const p of participants) {
      expect(p.districtKey).toBe(p.consultation.requestingDistrictKey);
      expect(p.organisationId).not.toBe(p.consultation.requestingOfficeId);
      expect(officesOf(p.districtKey).map((o) => o.id)).toContain(p.organisationId);
    }
  });

  it("has experts in every generated state beside the demo's", async () => {
    const experts = await em().find(Expert, {});
    const demoIds = new Set(demo.experts.map((e) => e.id));
    const generated = experts.filter((e) => !demoIds.has(e.id));
    expect(generated.length).toBeGreaterThanOrEqual(8);
    for (const e of generated) expect(e.professions.length).toBeGreaterThan(0);
    expect(experts.filter((e) => demoIds.has(e.id))).toHaveLength(demo.experts.length);
  });

  it("records the history: a creation for each contingent and consultation, an entry per further step", async () => {
    const entries = await em().find(AuditEntry, {
      entityType: { $in: ["Consultation", "ConsultationBudget"] },
      ownerDistrictKey: { $in: districts },
    });
    const byEntity = new Map<string, AuditEntry[]>();
    for (const e of entries) byEntity.set(e.entityId, [...(byEntity.get(e.entityId) ?? []), e]);
    for (const b of budgets) {
      const [created, ...rest] = byEntity.get(b.id) ?? [];
      expect(rest).toEqual([]);
      expect([created?.action, created?.role, created?.ownerDistrictKey]).toEqual([
        "CREATE",
        "STATE_OFFICE",
        b.districtKey,
      ]);
      expect(created!.changes.allocatedHalfDays).toEqual({ before: null, after: b.allocatedHalfDays });
    }
    for (const c of consultations) {
      const history = (byEntity.get(c.id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(history.map((e) => e.action)).toEqual(["CREATE", ...Array(c.version - 1).fill("UPDATE")]);
      const [created] = history;
      expect([created!.role, created!.callerDistrictKey, created!.at.getTime()]).toEqual([
        "YOUTH_OFFICE",
        c.requestingDistrictKey,
        c.createdAt.getTime(),
      ]);
      expect(created!.changes.status).toEqual({ before: null, after: "REQUESTED" });
      expect(history.at(-1)!.at.getTime()).toBe(c.updatedAt.getTime());
      if (c.version > 1) expect(history.at(-1)!.changes.status!.after).toBe(c.status);
    }
  });

  it("keeps the demo data of Mecklenburg-Vorpommern as it was", async () => {
    const demoBudgets = await em().find(
      ConsultationBudget,
      { districtKey: { $like: "13%" } },
      { orderBy: { id: "asc" } },
    );
    expect(demoBudgets.map((b) => [b.id, b.bookedHalfDays])).toEqual(
      demo.budgets.map((b) => [b.id, b.bookedHalfDays]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await em().count(Consultation, { requestingDistrictKey: { $like: "13%" } })).toBe(demo.consultations.length);
    expect(await em().count(CooperationPool, {})).toBe(demo.pools.length);
  });

  it("lets a youth office of a generated district read its contingents and consultations through the API", async () => {
    const key = budgetOffices[0]!.districtKey;
    const caller = youthOffice(key);
    const own = consultations.filter((c) => c.requestingDistrictKey === key && c.plannedDate.startsWith("2025"));
    const result = await generated.execute(
      caller,
      `query($year: Int!) {
        consultationBudgets(year: $year) { id districtKey allocatedDays bookedDays }
        consultations(filter: { year: $year }, first: 100) { totalCount nodes { id requestingDistrictKey budget { id } } }
      }`,
      { year: 2025 },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      consultationBudgets: { id: string; districtKey: string; bookedDays: number }[];
      consultations: { totalCount: number; nodes: { requestingDistrictKey: string }[] };
    };
    const budget = budgets.find((b) => b.districtKey === key && b.year === 2025)!;
    expect(data.consultationBudgets).toEqual([
      expect.objectContaining({ id: budget.id, districtKey: key, bookedDays: budget.bookedHalfDays / 2 }),
    ]);
    expect(data.consultations.totalCount).toBe(own.length);
    expect(data.consultations.nodes.every((n) => n.requestingDistrictKey === key)).toBe(true);
  });

  it("refuses a second run into the same database", async () => {
    await expect(generate(generated.dataDir)).rejects.toThrow(/holds data already/);
  });

  // Each district and state draws from streams of its own: Bremen alone gives Bremen's rows of the larger run, unchanged.
  it("writes the same rows for the same options, whichever other states are generated with them", async () => {
    const again = generated.directory();
    await generateData(budgetsGeneration, { ...options, states: ["04"], dataDir: again, log: () => {} });
    const other = await generated.open(again);
    try {
      const [all, bremen] = await Promise.all([generatedRows(generated.orm), generatedRows(other)]);
      expect(bremen.size).toBeGreaterThan(1_000);
      const differing = [...bremen].filter(([key, row]) => all.get(key) !== row).map(([key]) => key);
      expect(differing).toEqual([]);
      const bremenConsultations = consultations.filter((c) => c.requestingDistrictKey.startsWith("04")).length;
      expect([...bremen.keys()].filter((key) => key.startsWith("Consultation|"))).toHaveLength(bremenConsultations);
    } finally {
      await other.close();
    }
  }, 60_000);
});
