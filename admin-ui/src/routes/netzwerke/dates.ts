import type { DatePrecision } from "#graphql/enums.ts";
import { formatDate } from "#lib/format.ts";

/** A history date only as exactly as it is known: `2017` for YEAR, `04.2020` for MONTH, `26.04.2012` for DAY. */
export function formatMilestoneDate(isoDate: string, precision: DatePrecision): string {
  if (precision === "YEAR") return isoDate.slice(0, 4);
  if (precision === "MONTH") return `${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;
  return formatDate(isoDate);
}

/** Whether a membership (or anything with since/until) is current on the given day. */
export function isCurrent(since: string | null | undefined, until: string | null | undefined, today: string): boolean {
  return (!since || since <= today) && (!until || until >= today);
}
