// Checks of days as forms take them, shared by every area; kept apart from format.ts, which every page loads.

/** A calendar day that exists, as `YYYY-MM-DD`: `2021-02-29` does not, though `Date.parse` takes it. */
export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
