/**
 * The budgets part of the nationwide data set (`generate germany`): for every planned district the yearly
 * consultation contingent of its own youth office (NATIONWIDE_YEARS), about 50 consultations a year requested by
 * the district's youth offices against it, and about 300 fictional experts who deliver them, each in one state.
 *
 * Booked as the service books (as the demo of Mecklenburg-Vorpommern in `generate.ts`): approved
 * and delivered consultations count against the contingent, never beyond its allocation, and each contingent's
 * `bookedHalfDays` is the sum of its consultations'. Statuses follow NATIONWIDE_TODAY: earlier consultations are
 * delivered or cancelled, later ones of the current year requested or approved. Only the contingents are charged:
 * the statewide cooperation pool stays the demo's.
 *
 * The change history tells the same story as the service would have written it: the youth office requests (and
 * names further offices of its district), the state office allocates, keeps the experts, approves, records the
 * delivery or cancels: each entry names which of them made it.
 *
 * The rows are drawn here and stored by the subgraph: its `generation.ts` names the entity of each table
 * (`nationwide-tables.ts`).
 */
import { Random, stableId, type FieldChanges } from "@kinderschutz/subgraph-kit";
import { addDays, workdayBetween } from "../calendar.js";
import {
  creationChanges,
  NATIONWIDE_TODAY,
  NATIONWIDE_YEARS,
  type GeneratedAudit,
  type NationwideWriter,
  type PlannedNetwork,
  type PlannedYouthOffice,
} from "../nationwide/index.js";
import { cancellationReason, EXHAUSTED, PROFESSIONS, REQUESTED_HALF_DAYS, TITLES } from "./catalogues.js";
import {
  budgetId,
  consultationExpertId,
  consultationId,
  consultationParticipantId,
  CURRENT_YEAR_RESERVE,
  drawFittingExperts,
  pickKind,
  plannedDay,
} from "./generate.js";
import type { NationwideTables, Table } from "./nationwide-tables.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "./vocabulary.js";

const SEED = 20261122;
const CURRENT_YEAR = Number(NATIONWIDE_TODAY.slice(0, 4));
/** Consultations per district and year around which districts vary (more offices, more requests). */
const CONSULTATIONS_PER_YEAR: readonly [number, number] = [38, 58];
/** Demand grows over the five years (the programme becomes known). */
const YEAR_FACTOR: Readonly<Record<number, number>> = { 2022: 0.84, 2023: 0.92, 2024: 1, 2025: 1.08, 2026: 1.16 };
/** Experts of the whole country, spread over the states by their number of districts (392 outside the demo state). */
const EXPERTS_NATIONWIDE = 300;
const AREAS_NATIONWIDE = 392;
/** Inactive experts stopped taking on consultations after this year. */
const LAST_YEAR_OF_INACTIVE = 2024;

/**
 * Most consultations serve one of the district's networks (more often than in the demo, whose districts have
 * one or two: the plan gives each several); case and crisis consultations less often.
 */
const NETWORK_CHANCE: Record<ConsultationKind, number> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: 0.95,
  [ConsultationKind.CONFERENCE]: 0.85,
  [ConsultationKind.WORKSHOP]: 0.75,
  [ConsultationKind.EVALUATING_STANDARDS]: 0.7,
  [ConsultationKind.QUALIFYING_STANDARDS]: 0.7,
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION]: 0.55,
  [ConsultationKind.CRISIS_CONSULTATION]: 0.45,
};

// Clearly fictional expert names: common first names with placeholder-like surnames (as the demo's experts).
const FIRST_NAMES = [
  "Anna",
  "Bernd",
  "Carla",
  "Dieter",
  "Eva",
  "Felix",
  "Greta",
  "Hanna",
  "Jonas",
  "Ingrid",
  "Katrin",
  "Lars",
  "Maren",
  "Nils",
  "Olga",
  "Paul",
  "Ruth",
  "Stefan",
  "Tanja",
  "Uwe",
  "Vera",
  "Werner",
  "Yvonne",
  "Sabine",
  "Thomas",
  "Miriam",
  "Jens",
  "Petra",
  "Frank",
  "Silke",
];
const SURNAMES = [
  "Beispiel",
  "Muster",
  "Musterfrau",
  "Mustermann",
  "Exempel",
  "Platzhalter",
  "Vorlage",
  "Modell",
  "Probe",
  "Fiktiv",
  "Entwurf",
  "Skizze",
  "Schablone",
  "Testmann",
  "Testfrau",
  "Annahme",
  "Vorbild",
  "Fallbeispiel",
  "Erfunden",
  "Ausgedacht",
  "Gedankenspiel",
  "Stellvertreter",
];
const NAME_TITLES = ["", "", "", "", "", "Dr. ", "Dr. ", "Prof. Dr. "];
const PROFESSION_LIST = Object.values(PROFESSIONS);

type Row<K extends Table> = NationwideTables[K];

/** A moment on `day` during office hours (UTC, so no time zone can move the day). */
function at(random: Random, day: string): Date {
  return new Date(
    `${day}T${String(random.int(7, 15)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}Z`,
  );
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface Actor {
  /** The district of the youth office that made the change; none: the state office. */
  districtKey?: string;
}

/** An entry as the audit subscriber would have written it for the actor's change. */
function auditEntry(
  actor: Actor,
  entityType: Table,
  entityId: string,
  when: Date,
  ownerDistrictKey: string | undefined,
  changes: FieldChanges,
  action: "CREATE" | "UPDATE" = "CREATE",
  reason?: string,
): GeneratedAudit<Table> {
  return {
    entityType,
    entityId,
    at: when,
    ownerDistrictKey,
    changes,
    action,
    reason,
    by: actor.districtKey ? "YOUTH_OFFICE" : "STATE_OFFICE",
  };
}

interface GeneratedExpert {
  id: string;
  professions: string[];
  active: boolean;
}

/** The experts of one state: unique fictional names, one to three professions, a few no longer active. */
function stateExperts(
  stateKey: string,
  areas: number,
  audit: GeneratedAudit<Table>[],
): { rows: Row<"Expert">[]; experts: GeneratedExpert[] } {
  const random = new Random(SEED, `experts:${stateKey}`);
  const count = Math.max(4, Math.round((areas * EXPERTS_NATIONWIDE) / AREAS_NATIONWIDE));
  const names = new Set<string>();
  const rows: Row<"Expert">[] = [];
  const experts: GeneratedExpert[] = [];
  for (let i = 0; names.size < count && i < count * 50; i++) {
    const name = `${random.pick(NAME_TITLES)}${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const id = stableId("expert", `nationwide|${stateKey}|${name}`);
    const professions = random.sample(PROFESSION_LIST, random.int(1, 3));
    const active = !random.chance(0.05);
    const created = at(random, workdayBetween(random, "2021-03-01", "2021-12-10"));
    const deactivated = active ? undefined : at(random, workdayBetween(random, "2025-01-12", "2025-03-31"));
    rows.push({
      id,
      version: active ? 1 : 2,
      createdAt: created,
      updatedAt: deactivated ?? created,
      name,
      professions,
      active,
    });
    experts.push({ id, professions, active });
    audit.push(
      auditEntry({}, "Expert", id, created, undefined, creationChanges({ id, name, professions, active: true })),
    );
    if (deactivated)
      audit.push(
        auditEntry({}, "Expert", id, deactivated, undefined, { active: { before: true, after: false } }, "UPDATE"),
      );
  }
  return { rows, experts };
}

interface DistrictInput {
  key: string;
  budgetOffice: PlannedYouthOffice;
  offices: PlannedYouthOffice[];
  networks: PlannedNetwork[];
  experts: GeneratedExpert[];
}

interface Output {
  budgets: Row<"ConsultationBudget">[];
  consultations: Row<"Consultation">[];
  participants: Row<"ConsultationParticipant">[];
  links: Row<"ConsultationExpert">[];
  audit: GeneratedAudit<Table>[];
}

/** One district's contingents and consultations of all years, from a random stream per district and year. */
function district(d: DistrictInput, out: Output): void {
  const base =
    new Random(SEED, `consultations:${d.key}`).int(...CONSULTATIONS_PER_YEAR) + 3 * Math.min(d.offices.length - 1, 4);
  for (const year of NATIONWIDE_YEARS) {
    const random = new Random(SEED, `consultations:${d.key}:${year}`);
    const expected = base * YEAR_FACTOR[year]!;
    // Allocated before the year from the expected demand: about 1.5 to 1.9 days a consultation, in whole days.
    const allocatedHalfDays = 2 * Math.round((expected * random.int(30, 38)) / 20);
    const budget = {
      id: budgetId(d.key, year),
      allocated: allocatedHalfDays,
      booked: 0,
      reserve: year === CURRENT_YEAR ? CURRENT_YEAR_RESERVE : 0,
      created: at(random, workdayBetween(random, `${year - 1}-12-01`, `${year - 1}-12-12`)),
    };
    const count = Math.max(1, Math.round(expected * (0.9 + random.int(0, 20) / 100)));
    const planned = plannedDates(random, year, count);
    planned.forEach((p, i) => consultation(random, d, year, budget, i + 1, p, out));

    grant(d, out, { id: budget.id, year, allocatedHalfDays, bookedHalfDays: budget.booked, created: budget.created });
  }
  // Next year's contingent is granted already, as in the demo: requests for the coming months find their days.
  const next = CURRENT_YEAR + 1;
  const random = new Random(SEED, `consultations:${d.key}:${next}`);
  grant(d, out, {
    id: budgetId(d.key, next),
    year: next,
    allocatedHalfDays: 2 * Math.round((base * YEAR_FACTOR[CURRENT_YEAR]! * random.int(30, 38)) / 20),
    bookedHalfDays: 0,
    created: at(random, workdayBetween(random, `${CURRENT_YEAR}-11-02`, `${CURRENT_YEAR}-11-13`)),
  });
}

function grant(
  d: DistrictInput,
  out: Output,
  budget: { id: string; year: number; allocatedHalfDays: number; bookedHalfDays: number; created: Date },
): void {
  const { id, year, allocatedHalfDays, bookedHalfDays, created } = budget;
  out.budgets.push({
    id,
    version: 1,
    // Bookings change the counter in plain UPDATEs (booking.ts), so neither version nor updatedAt moves.
    createdAt: created,
    updatedAt: created,
    youthOfficeId: d.budgetOffice.id,
    districtKey: d.key,
    year,
    allocatedHalfDays,
    bookedHalfDays,
  });
  out.audit.push(
    auditEntry(
      {},
      "ConsultationBudget",
      id,
      created,
      d.key,
      creationChanges({
        id,
        youthOfficeId: d.budgetOffice.id,
        districtKey: d.key,
        year,
        allocatedHalfDays,
        bookedHalfDays: 0,
      }),
      "CREATE",
      `Jahreskontingent ${year}`,
    ),
  );
}

interface PlannedConsultation {
  kind: ConsultationKind;
  plannedDate: string;
  /** Where it stands at NATIONWIDE_TODAY: held (or called off) already, or still ahead. */
  past: boolean;
}

/** Dates spread over the year as in the demo; in the current year the last weeks are still ahead. */
function plannedDates(random: Random, year: number, count: number): Omit<PlannedConsultation, "kind">[] {
  const dates: Omit<PlannedConsultation, "kind">[] = [];
  const ahead = year === CURRENT_YEAR ? Math.max(1, Math.round(count * 0.07)) : 0;
  for (let i = 0; i < count - ahead; i++)
    dates.push({ plannedDate: plannedDay(random, year, "past", NATIONWIDE_TODAY), past: true });
  for (let i = 0; i < ahead; i++)
    dates.push({ plannedDate: plannedDay(random, year, "open", NATIONWIDE_TODAY), past: false });
  return dates.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
}

interface BudgetAccount {
  id: string;
  allocated: number;
  booked: number;
  reserve: number;
  created: Date;
}

function drawExperts(
  random: Random,
  experts: readonly GeneratedExpert[],
  kind: ConsultationKind,
  year: number,
): GeneratedExpert[] {
  return drawFittingExperts(
    random,
    experts.filter((e) => e.active || year <= LAST_YEAR_OF_INACTIVE),
    kind,
  );
}

function consultation(
  random: Random,
  d: DistrictInput,
  year: number,
  budget: BudgetAccount,
  index: number,
  p: Omit<PlannedConsultation, "kind">,
  out: Output,
): void {
  const kind = pickKind(random);
  const id = consultationId(d.key, year, index);
  // The district's own office requests most; a city's office as often as its share of the offices.
  const office = d.offices.length > 1 && random.chance(0.4) ? random.pick(d.offices.slice(1)) : d.budgetOffice;
  const own = d.networks.filter((n) => n.responsibleOfficeId === office.id);
  const networks = own.length > 0 && random.chance(0.7) ? own : d.networks;
  const networkId = networks.length > 0 && random.chance(NETWORK_CHANCE[kind]) ? random.pick(networks).id : undefined;
  const title = random.pick(TITLES[kind]);
  const [min, max] = REQUESTED_HALF_DAYS[kind];
  let requested = random.int(min, max);

  // Requested some weeks ahead, never before the contingent existed nor after "today".
  const requestDay = earlier(
    later(addDays(p.plannedDate, -random.int(12, 80)), addDays(dayOf(budget.created), 1)),
    addDays(NATIONWIDE_TODAY, -1),
  );
  const requestedAt = at(random, requestDay);
  const requester: Actor = { districtKey: d.key };
  const stateOffice: Actor = {};

  const canBook = budget.allocated - budget.reserve - budget.booked;
  type Outcome = { status: ConsultationStatus; booked?: number; delivered?: number; reason?: string };
  let outcome: Outcome;
  if (!p.past && random.chance(0.45)) {
    // A request is never for more than the office has left.
    if (canBook > 0) requested = Math.min(requested, canBook);
    outcome = { status: ConsultationStatus.REQUESTED };
  } else if (p.past && random.chance(0.12)) {
    outcome = { status: ConsultationStatus.CANCELLED, reason: cancellationReason(random, kind) };
  } else if (canBook <= 0) {
    outcome = p.past
      ? { status: ConsultationStatus.CANCELLED, reason: EXHAUSTED }
      : { status: ConsultationStatus.REQUESTED };
  } else {
    const approved = Math.min(requested, canBook);
    if (!p.past) {
      budget.booked += approved;
      outcome = { status: ConsultationStatus.APPROVED, booked: approved };
    } else {
      // Delivered: mostly as approved, sometimes half a day less.
      const delivered = approved >= 2 && random.chance(0.15) ? approved - 1 : approved;
      budget.booked += delivered;
      outcome = { status: ConsultationStatus.DELIVERED, booked: approved, delivered };
    }
  }

  // A further office of the same district takes part now and then: still the district's contingent (chargeTarget).
  const partner =
    d.offices.length > 1 && random.chance(0.12) ? random.pick(d.offices.filter((o) => o.id !== office.id)) : undefined;
  if (partner) {
    const participant = {
      id: consultationParticipantId(id, partner.id),
      consultation: id,
      organisationId: partner.id,
      districtKey: partner.districtKey,
    };
    out.participants.push(participant);
    out.audit.push(
      auditEntry(
        requester,
        "ConsultationParticipant",
        participant.id,
        requestedAt,
        partner.districtKey,
        creationChanges(participant),
      ),
    );
  }
  out.audit.push(
    auditEntry(
      requester,
      "Consultation",
      id,
      requestedAt,
      d.key,
      creationChanges({
        id,
        kind,
        title,
        requestingOfficeId: office.id,
        requestingDistrictKey: d.key,
        networkId,
        plannedDate: p.plannedDate,
        status: ConsultationStatus.REQUESTED,
        chargedTo: ChargedTo.BUDGET,
        budget: budget.id,
        requestedHalfDays: requested,
      }),
    ),
  );

  // The state office's steps, each a version: approve (with experts), then deliver; or cancel a request.
  const step = (when: Date, changes: FieldChanges): void => {
    out.audit.push(auditEntry(stateOffice, "Consultation", id, when, d.key, changes, "UPDATE"));
  };
  let version = 1;
  let last = requestedAt;
  if (outcome.booked !== undefined) {
    const approveDay = earlier(
      earlier(addDays(requestDay, random.int(2, 14)), addDays(p.plannedDate, -1)),
      NATIONWIDE_TODAY,
    );
    const approvedAt = at(random, later(approveDay, requestDay));
    last = approvedAt > requestedAt ? approvedAt : new Date(requestedAt.getTime() + 60 * 60 * 1000);
    version++;
    for (const expert of drawExperts(random, d.experts, kind, year)) {
      const linkId = consultationExpertId(id, expert.id);
      // No history entry of its own: a third of the whole history for a link the approval entry already implies.
      out.links.push({ id: linkId, consultation: id, expert: expert.id });
    }
    step(last, {
      status: { before: ConsultationStatus.REQUESTED, after: ConsultationStatus.APPROVED },
      bookedHalfDays: { before: null, after: outcome.booked },
    });
    if (outcome.delivered !== undefined) {
      const deliveredAt = at(random, earlier(addDays(p.plannedDate, random.int(1, 8)), addDays(NATIONWIDE_TODAY, -1)));
      last = deliveredAt;
      version++;
      const changes: FieldChanges = {
        status: { before: ConsultationStatus.APPROVED, after: ConsultationStatus.DELIVERED },
        deliveredHalfDays: { before: null, after: outcome.delivered },
      };
      if (outcome.delivered !== outcome.booked)
        changes.bookedHalfDays = { before: outcome.booked, after: outcome.delivered };
      step(deliveredAt, changes);
    }
  } else if (outcome.status === ConsultationStatus.CANCELLED) {
    const cancelDay = earlier(addDays(requestDay, random.int(3, 40)), addDays(p.plannedDate, -1));
    const cancelledAt = at(random, later(cancelDay, requestDay));
    last = cancelledAt > requestedAt ? cancelledAt : new Date(requestedAt.getTime() + 60 * 60 * 1000);
    version++;
    step(last, {
      status: { before: ConsultationStatus.REQUESTED, after: ConsultationStatus.CANCELLED },
      cancellationReason: { before: null, after: outcome.reason },
    });
  }

  out.consultations.push({
    id,
    version,
    createdAt: requestedAt,
    updatedAt: last,
    kind,
    title,
    requestingOfficeId: office.id,
    requestingDistrictKey: d.key,
    networkId: networkId ?? null,
    plannedDate: p.plannedDate,
    status: outcome.status,
    chargedTo: ChargedTo.BUDGET,
    budget: budget.id,
    pool: null,
    requestedHalfDays: requested,
    bookedHalfDays: outcome.delivered ?? outcome.booked ?? null,
    deliveredHalfDays: outcome.delivered ?? null,
    cancellationReason: outcome.reason ?? null,
  });
}

/**
 * Writes the budgets part of the plan: experts first, then per state its contingents, consultations, their
 * participants and experts, and the change history (one state's rows at a time, so memory stays modest).
 */
export const nationwideWriter: NationwideWriter<NationwideTables> = async (ctx) => {
  const { plan } = ctx;
  const states = plan.regions.filter((r) => r.kind === "STATE");
  const stateNames = new Map(states.map((s) => [s.key, s.name]));
  const areasByState = new Map<string, string[]>();
  for (const r of plan.regions) {
    if (r.kind !== "DISTRICT" && r.kind !== "INDEPENDENT_CITY") continue;
    const state = r.parentKey ?? r.key.slice(0, 2);
    areasByState.set(state, [...(areasByState.get(state) ?? []), r.key]);
  }
  const officesByDistrict = new Map<string, PlannedYouthOffice[]>();
  for (const o of plan.youthOffices)
    officesByDistrict.set(o.districtKey, [...(officesByDistrict.get(o.districtKey) ?? []), o]);
  const networksByDistrict = new Map<string, PlannedNetwork[]>();
  for (const n of plan.networks)
    networksByDistrict.set(n.districtKey, [...(networksByDistrict.get(n.districtKey) ?? []), n]);

  const expertAudit: GeneratedAudit<Table>[] = [];
  const expertRows: Row<"Expert">[] = [];
  const expertsByState = new Map<string, GeneratedExpert[]>();
  for (const [state, areas] of areasByState) {
    const { rows, experts } = stateExperts(state, areas.length, expertAudit);
    expertRows.push(...rows);
    expertsByState.set(state, experts);
  }
  await ctx.insert("Expert", expertRows, "Expertinnen und Experten");
  await ctx.audit(expertAudit, "Änderungshistorie Expertinnen und Experten");

  for (const [state, areas] of areasByState) {
    const out: Output = { budgets: [], consultations: [], participants: [], links: [], audit: [] };
    for (const key of areas) {
      const offices = officesByDistrict.get(key) ?? [];
      const budgetOffice = offices.find((o) => o.holdsBudget);
      if (!budgetOffice) throw new Error(`nationwide plan: district ${key} has no youth office that holds its budget`);
      district(
        {
          key,
          budgetOffice,
          offices: [budgetOffice, ...offices.filter((o) => o !== budgetOffice)],
          networks: networksByDistrict.get(key) ?? [],
          experts: expertsByState.get(state)!,
        },
        out,
      );
    }
    const name = stateNames.get(state) ?? state;
    await ctx.insert("ConsultationBudget", out.budgets, `Beratungskontingente ${name}`);
    await ctx.insert("Consultation", out.consultations, `Beratungseinsätze ${name}`);
    await ctx.insert("ConsultationParticipant", out.participants, `Beteiligte Jugendämter ${name}`);
    await ctx.insert("ConsultationExpert", out.links, `Einsätze der Expertinnen und Experten ${name}`);
    await ctx.audit(out.audit, `Änderungshistorie ${name}`);
  }
};

export type { NationwideTables } from "./nationwide-tables.js";
