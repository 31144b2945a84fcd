import { BadUserInputError, fields, parseInput, today } from "@kinderschutz/subgraph-kit";

/** A membership counts on `day` when it had begun and not yet ended (open ends count as open). */
export function isCurrentOn(membership: { since?: string | null; until?: string | null }, day: string): boolean {
  return (!membership.since || membership.since <= day) && (!membership.until || membership.until >= day);
}

/** {@link isCurrentOn} as a database condition, for lists that read only the columns a query asks for. */
export function currentOnWhere(day: string): Record<string, unknown> {
  return {
    $and: [{ $or: [{ since: null }, { since: { $lte: day } }] }, { $or: [{ until: null }, { until: { $gte: day } }] }],
  };
}

/** The day an `activeOn` argument names, validated; today when it names none. */
export function activeDay(activeOn: string | null | undefined, argument = "activeOn"): string {
  return activeOn ? parseInput(fields.isoDate(), activeOn, argument) : today();
}

/** A membership cannot begin after it ended. */
export function assertCanBeginOn(membership: { until?: string | null }, since: string): void {
  if (membership.until && since > membership.until) {
    throw new BadUserInputError(`A membership cannot begin after it ended (${membership.until}).`, [
      { field: "input.since", message: `after ${membership.until}`, reason: "AFTER_END", date: membership.until },
    ]);
  }
}

/** A membership ends once, and not before it began: it stays as history (who was a member when). */
export function assertCanEndOn(membership: { since?: string | null; until?: string | null }, until: string): void {
  if (membership.until)
    throw new BadUserInputError(
      `The membership already ended on ${membership.until}.`,
      [{ field: "input.until", message: "already ended", reason: "MEMBERSHIP_ENDED" }],
      "MEMBERSHIP_ENDED",
    );
  if (membership.since && until < membership.since) {
    throw new BadUserInputError(`A membership cannot end before it began (${membership.since}).`, [
      { field: "input.until", message: `before ${membership.since}`, reason: "BEFORE_START", date: membership.since },
    ]);
  }
}
