// German formats throughout: dates TT.MM.JJJJ, decimal comma.
const dateFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });

/** `2026-03-05` → `05.03.2026`; empty for no date. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : "";
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : numberFormat.format(value);
}

/** Days come in half-day steps: 2,5 Tage. */
export function formatDays(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return `${numberFormat.format(value)} ${value === 1 ? "Tag" : "Tage"}`;
}

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const currentYear = (): number => new Date().getFullYear();

/** The years offered in year pickers: next year back to three years ago, as select choices. */
export function yearChoices(thisYear = currentYear()): { value: string; label: string }[] {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({
    value: String(y),
    label: String(y),
  }));
}
