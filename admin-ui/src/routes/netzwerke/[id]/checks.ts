// Checks the network's forms share, as plain functions: what the networks service would refuse, said in German
// before anything is sent. Apart from dates.ts, which the network page loads, so that only the forms load these.
import { isCalendarDay } from "#lib/days.ts";
import { formatDate } from "#lib/format.ts";

export { isCalendarDay };

/** What is wrong with an optional day in a network's lifetime, in German; nothing when it is fine or empty. */
export function dayInNetworkError(
  value: string,
  network: { foundedOn?: string | null; endedOn?: string | null },
): string | undefined {
  if (!value) return undefined;
  if (!isCalendarDay(value)) return "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).";
  if (network.foundedOn && value < network.foundedOn)
    return `Das Netzwerk wurde erst am ${formatDate(network.foundedOn)} gegründet.`;
  if (network.endedOn && value > network.endedOn) return `Das Netzwerk endete am ${formatDate(network.endedOn)}.`;
  return undefined;
}

/** A time of day as the networks service takes it, `09:30`. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
