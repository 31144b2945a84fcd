/**
 * The budgets demo data: the consultation budgets of the 8 youth offices of Mecklenburg-Vorpommern and the
 * cooperation pool for 2023–2027 (source 002, Bündnis Kinderschutz MV), the experts of the practice support and
 * the consultations booked against them. Plain data with stable ids, no ORM: it can be built, compared and
 * checked without a database; the subgraph's seed writes it. What it is drawn from is in catalogues.ts.
 *
 * Deterministic: ids come from `stableId`, random choices from the kit's `Random` (one stream per office and
 * year, so changing one part leaves the rest as it was), and "today" is DEMO_TODAY, not the clock.
 *
 * Consultations are anonymised by design: titles are short and neutral, case consultations are generic, and
 * nothing names or identifies a child or family.
 *
 * Booking as the service books: APPROVED and DELIVERED consultations count against their budget or pool
 * (`bookedHalfDays`: the approved days, after delivery the delivered ones), REQUESTED and CANCELLED ones do not.
 * A budget's or pool's `bookedHalfDays` is the sum of its consultations' and never exceeds the allocation; in the
 * current year every office keeps some days left.
 */
import { Random, stableId } from "@kinderschutz/subgraph-kit";
import { addDays, workdayBetween } from "../calendar.js";
import {
  BASE_ALLOCATION,
  cancellationReason,
  EXHAUSTED,
  EXPERTS,
  FITTING_PROFESSIONS,
  KIND_WEIGHTS,
  NETWORK_CHANCE,
  POOL_KINDS,
  POOL_TITLES,
  REQUESTED_HALF_DAYS,
  TITLES,
} from "./catalogues.js";
import { DISTRICT_NETWORK_IDS, MV_YOUTH_OFFICES, type YouthOffice } from "./references.js";
import { ChargedTo, ConsultationKind, ConsultationStatus } from "./vocabulary.js";

/** "Today" of the demo data (the same as the other subgraphs'): earlier consultations are delivered or cancelled. */
export const DEMO_TODAY = "2026-11-22";

/** Seed of the generated data; another seed gives another, equally valid data set. */
export const DEMO_SEED = 20230101;

export const DEMO_YEARS = [2023, 2024, 2025, 2026, 2027] as const;

const CURRENT_YEAR = Number(DEMO_TODAY.slice(0, 4));

/** Half days every youth office keeps unbooked in the current year. */
export const CURRENT_YEAR_RESERVE = 2;

// ---------------------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------------------

export const budgetId = (districtKey: string, year: number): string =>
  stableId("consultation-budget", `${districtKey}|${year}`);
export const poolId = (year: number): string => stableId("cooperation-pool", String(year));
export const expertId = (name: string): string => stableId("expert", name);
/** `stream` is the requesting district's key for budget consultations, "pool" for the overregional ones. */
export const consultationId = (stream: string, year: number, index: number): string =>
  stableId("consultation", `${stream}|${year}|${index}`);
export const consultationParticipantId = (consultationId: string, organisationId: string): string =>
  stableId("consultation-participant", `${consultationId}|${organisationId}`);
export const consultationExpertId = (consultationId: string, expertId: string): string =>
  stableId("consultation-expert", `${consultationId}|${expertId}`);

// ---------------------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------------------

export interface BudgetData {
  id: string;
  youthOfficeId: string;
  districtKey: string;
  year: number;
  allocatedHalfDays: number;
  bookedHalfDays: number;
}

export interface PoolData {
  id: string;
  year: number;
  allocatedHalfDays: number;
  bookedHalfDays: number;
}

export interface ExpertData {
  id: string;
  /** Clearly fictional names: an expert's name is personal data. */
  name: string;
  professions: string[];
  active: boolean;
}

export interface ParticipantData {
  id: string;
  organisationId: string;
  districtKey: string;
}

export interface ConsultationExpertData {
  id: string;
  expertId: string;
}

export interface ConsultationData {
  id: string;
  kind: ConsultationKind;
  title: string;
  requestingOfficeId: string;
  requestingDistrictKey: string;
  networkId?: string;
  plannedDate: string;
  status: ConsultationStatus;
  chargedTo: ChargedTo;
  /** Set when charged to the budget: the requesting office's budget of the planned date's year. */
  budgetId?: string;
  /** Set when charged to the pool: the pool of the planned date's year. */
  poolId?: string;
  requestedHalfDays: number;
  bookedHalfDays?: number;
  deliveredHalfDays?: number;
  cancellationReason?: string;
  /** The other youth offices of an overregional consultation (pool consultations only). */
  participants: ParticipantData[];
  /** Experts of approved and delivered consultations. */
  experts: ConsultationExpertData[];
}

export interface BudgetDemoData {
  budgets: BudgetData[];
  pools: PoolData[];
  experts: ExpertData[];
  consultations: ConsultationData[];
}

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

/** A kind drawn by KIND_WEIGHTS. */
export function pickKind(random: Random): ConsultationKind {
  const total = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let n = random.int(1, total);
  for (const [kind, weight] of KIND_WEIGHTS) {
    n -= weight;
    if (n <= 0) return kind;
  }
  return KIND_WEIGHTS[0]![0];
}

/** An account consultations book against (a budget or the pool of one year). */
interface Account {
  allocatedHalfDays: number;
  bookedHalfDays: number;
  /** Half days that must stay unbooked. */
  reserve: number;
}

const available = (account: Account): number => account.allocatedHalfDays - account.reserve - account.bookedHalfDays;

interface Planned {
  kind: ConsultationKind;
  plannedDate: string;
  /** What the consultation is at DEMO_TODAY. */
  outcome: "past" | "open" | "future";
}

/**
 * A working day of `year` for a consultation that is, at `today`: past (up to a week before it), open (in the
 * weeks after it, in its year) or future (in the first half of a later year).
 */
export function plannedDay(
  random: Random,
  year: number,
  outcome: "past" | "open" | "future",
  today: string = DEMO_TODAY,
): string {
  if (outcome === "open") return workdayBetween(random, addDays(today, 2), `${year}-12-17`);
  if (outcome === "future") return workdayBetween(random, `${year}-01-12`, `${year}-06-30`);
  return workdayBetween(
    random,
    `${year}-01-12`,
    year < Number(today.slice(0, 4)) ? `${year}-12-11` : addDays(today, -9),
  );
}

/** Consultations of one stream (an office's budget or the pool) of one year, in date order. */
function plan(
  random: Random,
  year: number,
  kinds: () => ConsultationKind,
  counts: { past: number; open: number; future: number },
): Planned[] {
  const planned: Planned[] = [];
  for (let i = 0; i < counts.past; i++)
    planned.push({ kind: kinds(), plannedDate: plannedDay(random, year, "past"), outcome: "past" });
  for (let i = 0; i < counts.open; i++)
    planned.push({ kind: kinds(), plannedDate: plannedDay(random, year, "open"), outcome: "open" });
  for (let i = 0; i < counts.future; i++)
    planned.push({ kind: kinds(), plannedDate: plannedDay(random, year, "future"), outcome: "future" });
  return planned.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.kind.localeCompare(b.kind));
}

interface Context {
  random: Random;
  experts: readonly ExpertData[];
}

/** One or two of the available experts (two for a conference), of a fitting profession where there is one. */
export function drawFittingExperts<T extends { professions: readonly string[] }>(
  random: Random,
  available: readonly T[],
  kind: ConsultationKind,
): T[] {
  const fitting = available.filter((e) => e.professions.some((p) => FITTING_PROFESSIONS[kind].includes(p)));
  const count = kind === ConsultationKind.CONFERENCE || random.chance(0.25) ? 2 : 1;
  return random.sample(fitting.length > 0 ? fitting : available, count);
}

function drawExperts(ctx: Context, consultation: string, kind: ConsultationKind): ConsultationExpertData[] {
  return drawFittingExperts(
    ctx.random,
    ctx.experts.filter((e) => e.active),
    kind,
  )
    .map((e) => ({ id: consultationExpertId(consultation, e.id), expertId: e.id }))
    .sort((a, b) => a.expertId.localeCompare(b.expertId));
}

/** Fills in status and days of one planned consultation, booking against the account. */
function book(
  ctx: Context,
  account: Account,
  id: string,
  p: Planned,
): Pick<
  ConsultationData,
  "status" | "requestedHalfDays" | "bookedHalfDays" | "deliveredHalfDays" | "cancellationReason" | "experts"
> {
  const { random } = ctx;
  const [min, max] = REQUESTED_HALF_DAYS[p.kind];
  let requested = random.int(min, max);
  const cancel = (reason: string) => ({
    status: ConsultationStatus.CANCELLED,
    requestedHalfDays: requested,
    cancellationReason: reason,
    experts: [],
  });
  const canBook = available(account);

  if (p.outcome === "future" || (p.outcome === "open" && random.chance(0.45))) {
    // A request is never for more than the office has left.
    if (canBook > 0) requested = Math.min(requested, canBook);
    return { status: ConsultationStatus.REQUESTED, requestedHalfDays: requested, experts: [] };
  }
  if (p.outcome === "past" && random.chance(0.12)) return cancel(cancellationReason(random, p.kind));
  if (canBook <= 0) {
    return p.outcome === "past"
      ? cancel(EXHAUSTED)
      : { status: ConsultationStatus.REQUESTED, requestedHalfDays: requested, experts: [] };
  }

  const approved = Math.min(requested, canBook);
  const experts = drawExperts(ctx, id, p.kind);
  if (p.outcome === "open") {
    account.bookedHalfDays += approved;
    return { status: ConsultationStatus.APPROVED, requestedHalfDays: requested, bookedHalfDays: approved, experts };
  }
  // Delivered: mostly as approved, sometimes half a day less.
  const delivered = approved >= 2 && random.chance(0.15) ? approved - 1 : approved;
  account.bookedHalfDays += delivered;
  return {
    status: ConsultationStatus.DELIVERED,
    requestedHalfDays: requested,
    bookedHalfDays: delivered,
    deliveredHalfDays: delivered,
    experts,
  };
}

function officeConsultations(ctx: Context, office: YouthOffice, year: number, budget: BudgetData): ConsultationData[] {
  const { random } = ctx;
  const counts =
    year < CURRENT_YEAR
      ? { past: random.int(5, 8), open: 0, future: 0 }
      : year === CURRENT_YEAR
        ? { past: random.int(4, 6), open: random.int(1, 2), future: 0 }
        : { past: 0, open: 0, future: random.int(1, 3) };
  const account: Account = {
    allocatedHalfDays: budget.allocatedHalfDays,
    bookedHalfDays: 0,
    reserve: year === CURRENT_YEAR ? CURRENT_YEAR_RESERVE : 0,
  };
  const networks = DISTRICT_NETWORK_IDS[office.districtKey] ?? [];

  const result = plan(random, year, () => pickKind(random), counts).map((p, i): ConsultationData => {
    const id = consultationId(office.districtKey, year, i + 1);
    const networkId =
      networks.length > 0 && random.chance(NETWORK_CHANCE[p.kind] ?? 0) ? random.pick(networks) : undefined;
    return {
      id,
      kind: p.kind,
      title: random.pick(TITLES[p.kind]),
      requestingOfficeId: office.id,
      requestingDistrictKey: office.districtKey,
      networkId,
      plannedDate: p.plannedDate,
      chargedTo: ChargedTo.BUDGET,
      budgetId: budget.id,
      participants: [],
      ...book(ctx, account, id, p),
    };
  });
  budget.bookedHalfDays = account.bookedHalfDays;
  return result;
}

function poolConsultations(ctx: Context, year: number, pool: PoolData): ConsultationData[] {
  const { random } = ctx;
  const counts =
    year < CURRENT_YEAR
      ? { past: random.int(3, 5), open: 0, future: 0 }
      : year === CURRENT_YEAR
        ? { past: random.int(2, 3), open: 2, future: 0 }
        : { past: 0, open: 0, future: random.int(1, 2) };
  const account: Account = { allocatedHalfDays: pool.allocatedHalfDays, bookedHalfDays: 0, reserve: 0 };

  const result = plan(random, year, () => random.pick(POOL_KINDS), counts).map((p, i): ConsultationData => {
    const id = consultationId("pool", year, i + 1);
    const office = random.pick(MV_YOUTH_OFFICES);
    const others = MV_YOUTH_OFFICES.filter((o) => o.districtKey !== office.districtKey);
    const participants = random
      .sample(others, random.int(1, 3))
      .map((o) => ({ id: consultationParticipantId(id, o.id), organisationId: o.id, districtKey: o.districtKey }))
      .sort((a, b) => a.districtKey.localeCompare(b.districtKey));
    return {
      id,
      kind: p.kind,
      title: random.pick(POOL_TITLES[p.kind] ?? TITLES[p.kind]),
      requestingOfficeId: office.id,
      requestingDistrictKey: office.districtKey,
      plannedDate: p.plannedDate,
      chargedTo: ChargedTo.POOL,
      poolId: pool.id,
      participants,
      ...book(ctx, account, id, p),
    };
  });
  pool.bookedHalfDays = account.bookedHalfDays;
  return result;
}

/** The whole budgets demo data set; the same for the same seed. */
export function budgetDemoData(seed: number = DEMO_SEED): BudgetDemoData {
  const experts: ExpertData[] = EXPERTS.map((e) => ({
    id: expertId(e.name),
    name: e.name,
    professions: [...e.professions],
    active: e.active,
  }));
  const budgets: BudgetData[] = [];
  const pools: PoolData[] = [];
  const consultations: ConsultationData[] = [];

  for (const year of DEMO_YEARS) {
    const poolRandom = new Random(seed, `pool:${year}`);
    const pool: PoolData = { id: poolId(year), year, allocatedHalfDays: 2 * poolRandom.int(10, 16), bookedHalfDays: 0 };
    pools.push(pool);
    consultations.push(...poolConsultations({ random: poolRandom, experts }, year, pool));

    for (const office of MV_YOUTH_OFFICES) {
      const random = new Random(seed, `budget:${office.districtKey}:${year}`);
      const base = BASE_ALLOCATION[office.districtKey] ?? 24;
      const budget: BudgetData = {
        id: budgetId(office.districtKey, year),
        youthOfficeId: office.id,
        districtKey: office.districtKey,
        year,
        allocatedHalfDays: base + random.int(-2, 3) * 2,
        bookedHalfDays: 0,
      };
      budgets.push(budget);
      consultations.push(...officeConsultations({ random, experts }, office, year, budget));
    }
  }

  return { budgets, pools, experts, consultations };
}
