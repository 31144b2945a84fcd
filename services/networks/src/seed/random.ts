/** Calendar helpers for the generated demo data; the random numbers come from the kit's deterministic Random. */
import type { Random } from "@kinderschutz/subgraph-kit";

export { Random } from "@kinderschutz/subgraph-kit";

// ---------------------------------------------------------------------------------------------------------
// Calendar days as YYYY-MM-DD strings (UTC, so no time zone can shift a day)
// ---------------------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(toTime(day)).getUTCDay();
}

/** A random day in [from, to]. */
export function dayBetween(random: Random, from: string, to: string): string {
  return fromTime(toTime(from) + random.int(0, Math.round((toTime(to) - toTime(from)) / DAY_MS)) * DAY_MS);
}

/** A random Tuesday, Wednesday or Thursday in [from, to] (networks meet mid-week); `to` must be ≥ from + 6 days. */
export function meetingDayBetween(random: Random, from: string, to: string): string {
  let day = dayBetween(random, from, addDays(to, -6));
  while (![2, 3, 4].includes(weekday(day))) day = addDays(day, 1);
  return day;
}
