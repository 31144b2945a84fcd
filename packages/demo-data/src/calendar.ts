/** Calendar days as YYYY-MM-DD strings (UTC, so no time zone can shift a day), for every generator of the package. */
import type { Random } from "@kinderschutz/subgraph-kit";

const DAY_MS = 24 * 60 * 60 * 1000;

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromTime = (time: number): string => new Date(time).toISOString().slice(0, 10);

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

/** A random working day (Monday to Friday) in [from, to]; `to` must be at least two days after a weekend's end. */
export function workdayBetween(random: Random, from: string, to: string): string {
  let day = addDays(from, random.int(0, Math.round((toTime(to) - toTime(from)) / DAY_MS)));
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, weekday(day) === 6 ? -1 : 1);
  if (day < from) day = addDays(day, 3);
  return day;
}
