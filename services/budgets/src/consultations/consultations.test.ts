import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Expert } from "../experts/expert.entity.js";
import { budgetsSubgraph } from "../schema.js";

let expertId: string;
const offices = { "13071": randomUUID(), "13075": randomUUID(), "13003": randomUUID() };

const subgraph = useTestSubgraph(budgetsSubgraph);
beforeAll(async () => {
  await subgraph.arrange(async (em) => {
    for (const [districtKey, youthOfficeId] of Object.entries(offices))
      em.create(ConsultationBudget, { youthOfficeId, districtKey, year: 2030, allocatedHalfDays: 10 });
    em.create(CooperationPool, { year: 2030, allocatedHalfDays: 6 });
    // A year gone by, for consultations whose day has come.
    em.create(ConsultationBudget, {
      youthOfficeId: offices["13075"],
      districtKey: "13075",
      year: 2025,
      allocatedHalfDays: 10,
    });
    expertId = em.create(Expert, { name: "Dr. Erika Beispiel", professions: ["Psychologie"] }).id;
  });
});

const REQUEST = `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id version status chargedTo requestedDays } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $e: [ID!]!, $d: Float) { approveConsultation(id: $id, version: $v, input: { expertIds: $e, days: $d }) { id version status bookedDays budget { remainingDays } pool { remainingDays } } }`;

async function request(district: keyof typeof offices, days: number, extra: Record<string, unknown> = {}) {
  const r = await subgraph.execute(youthOffice(district), REQUEST, {
    input: { kind: "WORKSHOP", plannedDate: "2030-05-04", days, ...extra },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.requestConsultation as { id: string; version: number; chargedTo: string };
}

describe("requests", () => {
  it("books nothing on request and charges a single office's consultation to its contingent", async () => {
    const c = await request("13071", 1.5);
    expect(c).toMatchObject({ status: "REQUESTED", chargedTo: "BUDGET", requestedDays: 1.5 });
  });

  it("refuses a request against another office's contingent and by analysts", async () => {
    const input = { kind: "WORKSHOP", plannedDate: "2030-05-04", days: 1, requestingDistrictKey: "13003" };
    expect(codes(await subgraph.execute(youthOffice("13071"), REQUEST, { input }))).toEqual(["FORBIDDEN"]);
    expect(codes(await subgraph.execute(analyst, REQUEST, { input }))).toEqual(["FORBIDDEN"]);
  });

  it("accepts days in half-day steps only, and a year with a contingent", async () => {
    const bad = await subgraph.execute(youthOffice("13071"), REQUEST, {
      input: { kind: "WORKSHOP", plannedDate: "2030-05-04", days: 1.3 },
    });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    const noBudget = await subgraph.execute(youthOffice("13071"), REQUEST, {
      input: { kind: "WORKSHOP", plannedDate: "2031-05-04", days: 1 },
    });
    expect(codes(noBudget)).toEqual(["BAD_USER_INPUT"]);
  });

  it("charges an overregional consultation to the pool and lists it for every office taking part", async () => {
    const c = await request("13071", 1, { participatingDistrictKeys: ["13075"], title: "Gemeinsamer Fachtag" });
    expect(c.chargedTo).toBe("POOL");
    const seen = await subgraph.execute(
      youthOffice("13075"),
      `{ consultations(filter: { year: 2030 }) { nodes { id } } }`,
    );
    expect(seen.data!.consultations.nodes.map((n: { id: string }) => n.id)).toContain(c.id);
    const notSeen = await subgraph.execute(
      youthOffice("13003"),
      `{ consultations(filter: { year: 2030 }) { nodes { id } } }`,
    );
    expect(notSeen.data!.consultations.nodes.map((n: { id: string }) => n.id)).not.toContain(c.id);
  });
});

describe("approval, delivery and cancellation", () => {
  it("books days on approval, fails with the remaining days when too few are left, and lets no youth office approve", async () => {
    const first = await request("13003", 3);
    expect(
      codes(await subgraph.execute(youthOffice("13003"), APPROVE, { id: first.id, v: first.version, e: [expertId] })),
    ).toEqual(["FORBIDDEN"]);
    const approved = await subgraph.execute(stateOffice, APPROVE, { id: first.id, v: first.version, e: [expertId] });
    expect(approved.data!.approveConsultation).toMatchObject({
      status: "APPROVED",
      bookedDays: 3,
      budget: { remainingDays: 2 },
    });

    const second = await request("13003", 2.5);
    const tooMuch = await subgraph.execute(stateOffice, APPROVE, { id: second.id, v: second.version, e: [expertId] });
    expect(codes(tooMuch)).toEqual(["CONFLICT"]);
    expect(tooMuch.errors![0]!.extensions!.remainingDays).toBe(2);
    expect(tooMuch.errors![0]!.message).toMatch(/2 remain/);
    const fitting = await subgraph.execute(stateOffice, APPROVE, {
      id: second.id,
      v: second.version,
      e: [expertId],
      d: 2,
    });
    expect(fitting.data!.approveConsultation.budget.remainingDays).toBe(0);
  });

  it("takes a delivery on the planned day or later, follows the delivered days and releases the booking on cancellation", async () => {
    const DELIVER = `mutation($id: ID!, $v: Int!) { recordDelivery(id: $id, version: $v, input: { days: 1.5 }) { status deliveredDays budget { remainingDays bookedDays } } }`;
    const planned = await request("13075", 2);
    const waiting = (
      await subgraph.execute(stateOffice, APPROVE, { id: planned.id, v: planned.version, e: [expertId] })
    ).data!.approveConsultation;
    const tooEarly = await subgraph.execute(stateOffice, DELIVER, { id: planned.id, v: waiting.version });
    expect(codes(tooEarly)).toEqual(["BAD_USER_INPUT"]);
    expect(tooEarly.errors![0]!.extensions!.reason).toBe("BEFORE_PLANNED_DATE");

    const c = await request("13075", 2, { plannedDate: "2025-05-04" });
    const approved = (await subgraph.execute(stateOffice, APPROVE, { id: c.id, v: c.version, e: [expertId] })).data!
      .approveConsultation;
    const delivered = await subgraph.execute(stateOffice, DELIVER, { id: c.id, v: approved.version });
    expect(delivered.data!.recordDelivery).toMatchObject({
      status: "DELIVERED",
      deliveredDays: 1.5,
      budget: { bookedDays: 1.5, remainingDays: 3.5 },
    });

    const other = await request("13075", 1);
    const ok = (await subgraph.execute(stateOffice, APPROVE, { id: other.id, v: other.version, e: [expertId] })).data!
      .approveConsultation;
    const cancelled = await subgraph.execute(
      stateOffice,
      `mutation($id: ID!, $v: Int!) { cancelConsultation(id: $id, version: $v, input: { reason: "Termin entfällt" }) { status cancellationReason budget { remainingDays } } }`,
      { id: other.id, v: ok.version },
    );
    expect(cancelled.data!.cancelConsultation).toEqual({
      status: "CANCELLED",
      cancellationReason: "Termin entfällt",
      // 2030's contingent still holds the two days approved for the consultation that is not due yet.
      budget: { remainingDays: 3 },
    });
  });

  it("lists everything still open, of every year, in one filter", async () => {
    const count = async (filter: string) =>
      (await subgraph.execute(stateOffice, `{ consultations(filter: ${filter}) { totalCount nodes { status } } }`))
        .data!.consultations as { totalCount: number; nodes: { status: string }[] };
    const open = await count("{ statuses: [REQUESTED, APPROVED] }");
    const requested = await count("{ status: REQUESTED }");
    const approved = await count("{ status: APPROVED }");
    expect(new Set(open.nodes.map((n) => n.status))).toEqual(new Set(["REQUESTED", "APPROVED"]));
    expect(open.totalCount).toBe(requested.totalCount + approved.totalCount);
    expect((await count("{ status: DELIVERED }")).totalCount).toBeGreaterThan(0);
  });

  it("lists the consultations whose planned day has passed, and refuses a day that is none", async () => {
    const passed = await subgraph.execute(
      stateOffice,
      `{ consultations(filter: { plannedBefore: "2026-01-01" }) { nodes { plannedDate } } }`,
    );
    const days = (passed.data!.consultations as { nodes: { plannedDate: string }[] }).nodes.map((n) => n.plannedDate);
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d < "2026-01-01")).toBe(true);
    const wrong = await subgraph.execute(
      stateOffice,
      `{ consultations(filter: { plannedBefore: "morgen" }) { totalCount } }`,
    );
    expect(wrong.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "filter.plannedBefore", reason: "INVALID_DATE" }],
    });
  });

  it("refuses to approve the same request twice", async () => {
    const c = await request("13071", 0.5);
    await subgraph.execute(stateOffice, APPROVE, { id: c.id, v: c.version, e: [expertId] });
    expect(codes(await subgraph.execute(stateOffice, APPROVE, { id: c.id, v: c.version, e: [expertId] }))).toEqual([
      "CONFLICT",
    ]);
  });
});
