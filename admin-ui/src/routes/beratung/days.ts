// Days are typed the German way ("1,5") and booked in half-day steps; the server checks again, but a person
// should learn about a typo before anything is sent.

/** "1,5" or "1.5" → 1.5; undefined when it is no number at all. */
export function parseDays(text: string): number | undefined {
  const normalised = text.trim().replace(/\s+/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** A German message for days that are not usable, or undefined when they are. */
export function daysProblem(
  text: string,
  { allowZero = false, max = 1000 }: { allowZero?: boolean; max?: number } = {},
): string | undefined {
  if (!text.trim()) return "Bitte geben Sie die Tage an.";
  const days = parseDays(text);
  if (days === undefined) return "Bitte geben Sie eine Zahl ein, z. B. 1,5.";
  if (allowZero ? days < 0 : days <= 0)
    return allowZero ? "Die Tage dürfen nicht negativ sein." : "Bitte mehr als 0 Tage angeben.";
  if (!Number.isInteger(days * 2)) return "Bitte in halben Tagen angeben (0,5 · 1 · 1,5 …).";
  if (days > max) return `Höchstens ${String(max).replace(".", ",")} Tage.`;
  return undefined;
}

/** 1.5 → "1,5" for an input field. */
export const daysText = (days: number | null | undefined): string =>
  days === null || days === undefined ? "" : String(days).replace(".", ",");
