import type { Caller } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget } from "../budgets/budget.entities.js";
import { Consultation } from "../consultations/consultation.entity.js";
import { ChargedTo, ConsultationKind } from "../consultations/consultation.enums.js";
import { budgetsSubgraph } from "../schema.js";

const seenplatte = randomUUID();
const rostock = randomUUID();
const networkId = randomUUID();
const consultations: Record<string, string> = {};

const subgraph = useTestSubgraph(budgetsSubgraph);
beforeAll(async () => {
  await subgraph.arrange(async (em) => {
    for (const year of [2029, 2030]) {
      em.create(ConsultationBudget, { youthOfficeId: seenplatte, districtKey: "13071", year, allocatedHalfDays: 10 });
      em.create(ConsultationBudget, { youthOfficeId: rostock, districtKey: "13003", year, allocatedHalfDays: 8 });
    }
    // Both offices' consultations serve the same network; the later one is created first.
    const consultation = (office: string, districtKey: string, plannedDate: string) =>
      em.create(Consultation, {
        kind: ConsultationKind.WORKSHOP,
        requestingOfficeId: office,
        requestingDistrictKey: districtKey,
        networkId,
        plannedDate,
        chargedTo: ChargedTo.BUDGET,
        requestedHalfDays: 2,
      }).id;
    consultations.seenplatteLate = consultation(seenplatte, "13071", "2030-09-01");
    consultations.seenplatteEarly = consultation(seenplatte, "13071", "2030-03-01");
    consultations.rostock = consultation(rostock, "13003", "2030-06-01");
  });
});

const entities = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

describe("Organisation's contingents", () => {
  const BUDGETS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation {
    consultationBudgets { year allocatedDays } thisYear: consultationBudget(year: 2030) { year }
    nextYear: consultationBudget(year: 2031) { year } } } }`;

  it("are the youth office's own, newest year first, and null for a year without one", async () => {
    const r = await subgraph.execute(youthOffice("13071"), BUDGETS, { r: entities("Organisation", [seenplatte]) });
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities).toEqual([
      {
        consultationBudgets: [
          { year: 2030, allocatedDays: 5 },
          { year: 2029, allocatedDays: 5 },
        ],
        thisYear: { year: 2030 },
        nextYear: null,
      },
    ]);
  });

  it("are readable by analysts and the state office for every office in one request", async () => {
    for (const caller of [analyst, stateOffice]) {
      const r = await subgraph.execute(caller, BUDGETS, { r: entities("Organisation", [seenplatte, rostock]) });
      expect(r.errors).toBeUndefined();
      expect(r.data!._entities.map((e: { consultationBudgets: unknown[] }) => e.consultationBudgets)).toEqual([
        [
          { year: 2030, allocatedDays: 5 },
          { year: 2029, allocatedDays: 5 },
        ],
        [
          { year: 2030, allocatedDays: 4 },
          { year: 2029, allocatedDays: 4 },
        ],
      ]);
    }
  });

  it("are refused to another district's youth office", async () => {
    const r = await subgraph.execute(youthOffice("13003"), BUDGETS, { r: entities("Organisation", [seenplatte]) });
    expect(codes(r)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(r.data!._entities[0]).toMatchObject({ consultationBudgets: null, thisYear: null, nextYear: null });
  });
});

describe("Organisation.consultations", () => {
  const CONSULTATIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { consultations { id } } } }`;

  it("lists what the office requested by planned date, to itself", async () => {
    const r = await subgraph.execute(youthOffice("13071"), CONSULTATIONS, {
      r: entities("Organisation", [seenplatte]),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities[0].consultations).toEqual([
      { id: consultations.seenplatteEarly },
      { id: consultations.seenplatteLate },
    ]);
  });

  it("is refused to another district's youth office", async () => {
    const r = await subgraph.execute(youthOffice("13003"), CONSULTATIONS, {
      r: entities("Organisation", [seenplatte]),
    });
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    expect(r.data!._entities[0].consultations).toBeNull();
  });
});

describe("Network.consultations", () => {
  const NETWORK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Network { consultations { id } } } }`;
  const idsFor = async (caller: Caller, id = networkId) => {
    const r = await subgraph.execute(caller, NETWORK, { r: entities("Network", [id]) });
    expect(r.errors).toBeUndefined();
    return r.data!._entities[0].consultations.map((c: { id: string }) => c.id);
  };

  it("shows everyone's to analysts, by planned date, and a youth office only its own", async () => {
    expect(await idsFor(analyst)).toEqual([
      consultations.seenplatteEarly,
      consultations.rostock,
      consultations.seenplatteLate,
    ]);
    expect(await idsFor(youthOffice("13003"))).toEqual([consultations.rostock]);
    expect(await idsFor(youthOffice("13075"))).toEqual([]);
  });

  it("is empty for a network no consultation serves", async () => {
    expect(await idsFor(stateOffice, randomUUID())).toEqual([]);
  });
});
