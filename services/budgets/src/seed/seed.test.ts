import { demoDataReadRowsMismatches, freshlySeededRows, useSeededDatabase } from "@kinderschutz/subgraph-kit/testing";
import { budgetsSubgraph } from "../schema.js";
import {
  budgetDemoData,
  DEMO_TODAY,
  DISTRICT_NETWORK_IDS,
  MV_YOUTH_OFFICES,
  networkId,
  YOUTH_OFFICE_IDS,
} from "@kinderschutz/demo-data/budgets";
import { organisationId } from "@kinderschutz/demo-data/organisations";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "../consultations/consultation.entity.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "../consultations/consultation.enums.js";
import { Expert } from "../experts/expert.entity.js";

const YEARS = [2023, 2024, 2025, 2026, 2027];

const sum = (values: readonly (number | undefined)[]): number => values.reduce<number>((s, v) => s + (v ?? 0), 0);
const booking = (c: Consultation) =>
  c.status === ConsultationStatus.APPROVED || c.status === ConsultationStatus.DELIVERED;

describe("budgets demo data", () => {
  const seeded = useSeededDatabase(budgetsSubgraph);
  let budgets: ConsultationBudget[];
  let pools: CooperationPool[];
  let consultations: Consultation[];
  let experts: Expert[];

  beforeAll(async () => {
    const em = seeded.em();
    budgets = await em.find(ConsultationBudget, {}, { orderBy: { year: "asc", districtKey: "asc" } });
    pools = await em.find(CooperationPool, {}, { orderBy: { year: "asc" } });
    experts = await em.find(Expert, {}, { orderBy: { name: "asc" } });
    consultations = await em.find(Consultation, {}, { orderBy: { plannedDate: "asc", id: "asc" } });
    await em.populate(consultations, ["budget", "pool"]);
  });

  const participantsOf = async (c: Consultation) => seeded.em().find(ConsultationParticipant, { consultation: c.id });
  const expertsOf = async (c: Consultation) =>
    seeded.em().find(ConsultationExpert, { consultation: c.id }, { populate: ["expert"] });

  it("seeds once: a second run changes nothing", async () => {
    expect(await seeded.rowCounts()).toEqual(seeded.rowsAfterFirstSeed);
    expect(seeded.rowsAfterFirstSeed.Consultation).toBeGreaterThan(150);
  });

  it("is deterministic: the same data set and the same rows on every run", async () => {
    expect(budgetDemoData()).toEqual(budgetDemoData());
    expect(await freshlySeededRows(budgetsSubgraph)).toEqual(await seeded.rows());
  });

  it("gives each of the 8 youth offices a budget for every year 2023–2027", () => {
    expect(budgets).toHaveLength(8 * YEARS.length);
    for (const year of YEARS) {
      const ofYear = budgets.filter((b) => b.year === year);
      expect(ofYear.map((b) => b.districtKey).sort()).toEqual(MV_YOUTH_OFFICES.map((o) => o.districtKey).sort());
      for (const b of ofYear) expect(b.youthOfficeId).toBe(YOUTH_OFFICE_IDS[b.districtKey]);
    }
    for (const b of budgets) {
      expect(b.allocatedHalfDays).toBeGreaterThanOrEqual(16);
      expect(b.allocatedHalfDays).toBeLessThanOrEqual(40);
    }
  });

  it("refers to youth offices and networks by the ids the other subgraphs derive from their names", () => {
    expect(YOUTH_OFFICE_IDS["13071"]).toBe(organisationId("Jugendamt Landkreis Mecklenburgische Seenplatte"));
    expect(DISTRICT_NETWORK_IDS["13003"]).toEqual([
      networkId("Netzwerk Frühe Hilfen und Kinderschutz Hansestadt Rostock"),
    ]);
    const offices = new Set(Object.values(YOUTH_OFFICE_IDS));
    expect(consultations.filter((c) => !offices.has(c.requestingOfficeId))).toEqual([]);
    for (const c of consultations) expect(c.requestingOfficeId).toBe(YOUTH_OFFICE_IDS[c.requestingDistrictKey]);
    const withNetwork = consultations.filter((c) => c.networkId);
    expect(withNetwork.length).toBeGreaterThan(10);
    for (const c of withNetwork) expect(DISTRICT_NETWORK_IDS[c.requestingDistrictKey]).toContain(c.networkId);
  });

  it("has a cooperation pool for every year", () => {
    expect(pools.map((p) => p.year)).toEqual(YEARS);
    for (const p of pools) {
      expect(p.allocatedHalfDays).toBeGreaterThanOrEqual(20);
      expect(p.allocatedHalfDays).toBeLessThanOrEqual(40);
    }
  });

  it("books exactly the approved and delivered consultations, never above the allocation", () => {
    for (const b of budgets) {
      const booked = sum(consultations.filter((c) => c.budget?.id === b.id && booking(c)).map((c) => c.bookedHalfDays));
      expect(b.bookedHalfDays, `${b.districtKey} ${b.year}`).toBe(booked);
      expect(b.bookedHalfDays).toBeLessThanOrEqual(b.allocatedHalfDays);
    }
    for (const p of pools) {
      const booked = sum(consultations.filter((c) => c.pool?.id === p.id && booking(c)).map((c) => c.bookedHalfDays));
      expect(p.bookedHalfDays, String(p.year)).toBe(booked);
      expect(p.bookedHalfDays).toBeLessThanOrEqual(p.allocatedHalfDays);
    }
    for (const b of budgets.filter((b) => b.year === 2026))
      expect(b.allocatedHalfDays - b.bookedHalfDays, b.districtKey).toBeGreaterThan(0);
    expect(budgets.filter((b) => b.year < 2026).every((b) => b.bookedHalfDays > 0)).toBe(true);
    expect(budgets.filter((b) => b.year === 2027).every((b) => b.bookedHalfDays === 0)).toBe(true);
  });

  it("has consultations of every kind and every status, with days and bookings that fit the status", () => {
    expect(new Set(consultations.map((c) => c.kind))).toEqual(new Set(Object.values(ConsultationKind)));
    expect(new Set(consultations.map((c) => c.status))).toEqual(new Set(Object.values(ConsultationStatus)));
    for (const c of consultations) {
      expect(c.requestedHalfDays).toBeGreaterThan(0);
      switch (c.status) {
        case ConsultationStatus.DELIVERED:
          expect(c.deliveredHalfDays).toBeGreaterThan(0);
          expect(c.bookedHalfDays).toBe(c.deliveredHalfDays);
          expect(c.plannedDate < DEMO_TODAY).toBe(true);
          break;
        case ConsultationStatus.APPROVED:
          expect(c.bookedHalfDays).toBeGreaterThan(0);
          expect(c.bookedHalfDays).toBeLessThanOrEqual(c.requestedHalfDays);
          expect(c.deliveredHalfDays ?? null).toBeNull();
          break;
        case ConsultationStatus.REQUESTED:
          expect(c.bookedHalfDays ?? null).toBeNull();
          expect(c.plannedDate > DEMO_TODAY).toBe(true);
          break;
        case ConsultationStatus.CANCELLED:
          expect(c.bookedHalfDays ?? null).toBeNull();
          expect(c.cancellationReason).toBeTruthy();
          break;
      }
      if (c.status !== ConsultationStatus.CANCELLED) expect(c.cancellationReason ?? null).toBeNull();
    }
    const ofYear = (year: number) => consultations.filter((c) => c.plannedDate.startsWith(String(year)));
    for (const year of [2023, 2024, 2025]) {
      const statuses = new Set(ofYear(year).map((c) => c.status));
      expect(statuses).toEqual(new Set([ConsultationStatus.DELIVERED, ConsultationStatus.CANCELLED]));
    }
    expect(new Set(ofYear(2026).map((c) => c.status))).toEqual(new Set(Object.values(ConsultationStatus)));
    expect(new Set(ofYear(2027).map((c) => c.status))).toEqual(new Set([ConsultationStatus.REQUESTED]));
    // A handful per office and year.
    for (const office of MV_YOUTH_OFFICES) {
      for (const year of YEARS) {
        const n = ofYear(year).filter(
          (c) => c.requestingDistrictKey === office.districtKey && c.chargedTo === ChargedTo.BUDGET,
        ).length;
        expect(n, `${office.districtKey} ${year}`).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(8);
      }
    }
  });

  it("charges to the requesting office's budget of the planned year, or to that year's pool when overregional", async () => {
    for (const c of consultations) {
      const year = Number(c.plannedDate.slice(0, 4));
      const participants = await participantsOf(c);
      if (c.chargedTo === ChargedTo.BUDGET) {
        expect(c.pool).toBeFalsy();
        expect(c.budget?.year).toBe(year);
        expect(c.budget?.districtKey).toBe(c.requestingDistrictKey);
        expect(participants).toEqual([]);
      } else {
        expect(c.budget).toBeFalsy();
        expect(c.pool?.year).toBe(year);
        expect(participants.length).toBeGreaterThanOrEqual(1);
        expect(participants.length).toBeLessThanOrEqual(3);
        for (const p of participants) {
          expect(p.districtKey).not.toBe(c.requestingDistrictKey);
          expect(p.organisationId).toBe(YOUTH_OFFICE_IDS[p.districtKey]);
        }
      }
    }
    const overregional = consultations.filter((c) => c.chargedTo === ChargedTo.POOL);
    expect(overregional.length).toBeGreaterThanOrEqual(10);
    for (const year of YEARS) expect(overregional.some((c) => c.plannedDate.startsWith(String(year)))).toBe(true);
  });

  it("assigns 1–2 active experts to approved and delivered consultations, none to the others", async () => {
    expect(experts.length).toBeGreaterThanOrEqual(8);
    expect(experts.length).toBeLessThanOrEqual(12);
    expect(experts.filter((e) => !e.active)).toHaveLength(1);
    for (const e of experts) {
      expect(e.professions.length).toBeGreaterThanOrEqual(1);
      expect(e.professions.length).toBeLessThanOrEqual(3);
    }
    const assigned = await seeded.em().find(ConsultationExpert, {}, { populate: ["expert", "consultation"] });
    expect(assigned.every((a) => a.expert.active)).toBe(true);
    expect(assigned.every((a) => booking(a.consultation))).toBe(true);
    for (const c of consultations.filter(booking)) {
      const n = (await expertsOf(c)).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
  });

  it("keeps titles and reasons short, neutral and free of case details", () => {
    const texts = consultations.flatMap((c) => [c.title ?? "", c.cancellationReason ?? ""]).filter((t) => t !== "");
    expect(consultations.every((c) => c.title && c.title.length <= 120)).toBe(true);
    // No dates (of birth), case numbers or other digits, no "born", "file number" or the like.
    expect(texts.filter((t) => /\d|geb\.|geboren|Az\.|Aktenzeichen|Familie [A-ZÄÖÜ]/.test(t))).toEqual([]);
    const caseKinds: ConsultationKind[] = [
      ConsultationKind.REFLECTIVE_CASE_CONSULTATION,
      ConsultationKind.CRISIS_CONSULTATION,
    ];
    expect(consultations.filter((c) => caseKinds.includes(c.kind) && !c.title?.endsWith("(anonymisiert)"))).toEqual([]);
  });
});

// Lists and references are served from read-only rows (the kit's readRows): they must hold what entities hold.
it("reads every entity of the demo data as read-only rows exactly as em.find loads it", async () => {
  expect(await demoDataReadRowsMismatches(budgetsSubgraph)).toEqual([]);
});
