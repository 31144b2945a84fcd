// What waits for the person signed in, as groups of items each with its action one click away. Plain functions
// over the work queries' answers, so that what counts as work is tested without a browser.
import type { StateOfficeWorkQuery, YouthOfficeWorkQuery, WorkConsultationsFragment } from "#graphql/graphql.ts";
import { CONSULTATION_KIND } from "#lib/consultation-labels.ts";
import { formatDate, formatDays } from "#lib/format.ts";
import { MEETING_KIND } from "#lib/network-labels.ts";

export interface WorkItem {
  /** What the item is about: a consultation's title, an office, a network. */
  what: string;
  detail?: string;
  /** The step to take, as the link's words, and where it is taken. */
  action: string;
  href: string;
}

export interface WorkGroup {
  id: string;
  title: string;
  /** How many there are in all; null when the service that knows is not answering. */
  count: number | null;
  items: WorkItem[];
  /** The list with exactly these, when there are more than shown. */
  more?: string;
}

/** A contingent is nearly used up when at most 15 % of it remains, and always at one day or less. */
export function nearlyUsedUp(allocated: number, remaining: number): boolean {
  return allocated > 0 && remaining <= Math.max(1, allocated * 0.15);
}

/** The day before `day` (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

type Consultations = WorkConsultationsFragment | null | undefined;

function consultationGroup(
  id: string,
  title: string,
  list: Consultations,
  step: { action: string; more: string },
): WorkGroup {
  return {
    id,
    title,
    count: list ? list.totalCount : null,
    items: (list?.nodes ?? []).map((c) => ({
      what: c.title ?? CONSULTATION_KIND[c.kind],
      detail: `${c.requestingOffice?.name ?? `Jugendamt (Kreis ${c.requestingDistrictKey})`}, geplant am ${formatDate(c.plannedDate)}, ${formatDays(c.requestedDays)}`,
      action: step.action,
      href: `/beratung/${c.id}`,
    })),
    more: step.more,
  };
}

function networkGroup(
  year: number,
  list: { totalCount: number; nodes: { id: string; name: string }[] } | null | undefined,
  step: { action: string; href: (id: string) => string },
): WorkGroup {
  return {
    id: "ohne-treffen",
    title: `Netzwerke ohne Treffen ${year}`,
    count: list ? list.totalCount : null,
    items: (list?.nodes ?? []).map((n) => ({ what: n.name, action: step.action, href: step.href(n.id) })),
  };
}

/** The state office's work: requests to decide, days passed without a step, contingents nearly used up, silent networks. */
export function stateOfficeWork(data: StateOfficeWorkQuery, today: string, year: number): WorkGroup[] {
  const budgets = data.consultationBudgets;
  const pool = data.cooperationPool;
  const lowBudgets = (budgets ?? []).filter((b) => nearlyUsedUp(b.allocatedDays, b.remainingDays));
  const low: WorkItem[] = lowBudgets.map((b) => ({
    what: b.youthOffice?.name ?? `Jugendamt (Kreis ${b.districtKey})`,
    detail: `noch ${formatDays(b.remainingDays)} von ${formatDays(b.allocatedDays)} frei`,
    action: "Kontingent anpassen",
    href: `/kontingente?kreis=${b.districtKey}#set-budget`,
  }));
  if (pool && nearlyUsedUp(pool.allocatedDays, pool.remainingDays)) {
    low.push({
      what: "Kooperationspool",
      detail: `noch ${formatDays(pool.remainingDays)} von ${formatDays(pool.allocatedDays)} frei`,
      action: "Pool anpassen",
      href: "/kontingente#set-pool",
    });
  }
  return [
    consultationGroup("entscheiden", "Anfragen, die auf Ihre Entscheidung warten", data.toDecide, {
      action: "Entscheiden",
      more: "/beratung?status=REQUESTED",
    }),
    consultationGroup("nicht-erfasst", "Bewilligt, Tag vorbei, Durchführung nicht erfasst", data.notDelivered, {
      action: "Durchführung erfassen",
      more: `/beratung?status=APPROVED&vor=${today}`,
    }),
    consultationGroup("verstrichen", "Anfragen, deren geplanter Tag vorbei ist", data.requestsPassed, {
      action: "Entscheiden oder stornieren",
      more: `/beratung?status=REQUESTED&vor=${today}`,
    }),
    {
      id: "kontingente",
      title: `Kontingente ${year}, die fast ausgeschöpft sind`,
      count: budgets ? low.length : null,
      items: low,
    },
    networkGroup(year, data.networksWithoutMeeting, { action: "Netzwerk ansehen", href: (id) => `/netzwerke/${id}` }),
  ];
}

/** A youth office's work: its requests still to be decided, meetings past to record, its networks without a meeting. */
export function youthOfficeWork(data: YouthOfficeWorkQuery, year: number): WorkGroup[] {
  const meetings = data.toRecord;
  return [
    consultationGroup("angefragt", "Ihre Anfragen, über die noch entschieden wird", data.waiting, {
      action: "Anfrage ansehen",
      more: "/beratung?status=REQUESTED",
    }),
    {
      id: "treffen-erfassen",
      title: "Treffen, die als stattgefunden zu erfassen sind",
      count: meetings ? meetings.totalCount : null,
      items: (meetings?.nodes ?? []).map((m) => ({
        what: m.title ?? MEETING_KIND[m.kind],
        detail: `${m.network.name}, am ${formatDate(m.date)}`,
        action: "Teilnahme erfassen",
        href: `/netzwerke/${m.network.id}/treffen/${m.id}`,
      })),
    },
    networkGroup(year, data.networksWithoutMeeting, {
      action: "Treffen planen",
      href: (id) => `/netzwerke/${id}/treffen/neu`,
    }),
  ];
}
