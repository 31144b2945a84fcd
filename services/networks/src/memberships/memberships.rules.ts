import { fields, parseInput, today } from "@kinderschutz/subgraph-kit";

/** A membership counts on `day` when it had begun and not yet ended (open ends count as open). */
export function isCurrentOn(membership: { since?: string | null; until?: string | null }, day: string): boolean {
  return (!membership.since || membership.since <= day) && (!membership.until || membership.until >= day);
}

/** {@link isCurrentOn} as a database condition, for lists that read only the columns a query asks for. */
export function currentOnWhere(day: string): Record<string, unknown> {
  return { $and: [{ $or: [{ since: null }, { since: { $lte: day } }] }, { $or: [{ until: null }, { until: { $gte: day } }] }] };
}

/** The day an `activeOn` argument names, validated; today when it names none. */
export function activeDay(activeOn: string | null | undefined, argument = "activeOn"): string {
  return activeOn ? parseInput(fields.isoDate(), activeOn, argument) : today();
}
