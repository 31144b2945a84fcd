// The checks of the region forms: what the organisations service would refuse, said in German first.
import { isCalendarDay as isDay } from "#lib/days.ts";
import { formatDate } from "#lib/format.ts";

export interface RegionValues {
  key: string;
  name: string;
  validFrom: string;
}

/** A district's or independent city's key lies in its state: `13` + three digits. */
export function regionErrors(values: RegionValues, stateKey: string, isNew: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (isNew) {
    if (!values.key) errors.key = "Bitte geben Sie den amtlichen Schlüssel an.";
    else if (!new RegExp(`^${stateKey}\\d{3}$`).test(values.key))
      errors.key = `Der Kreisschlüssel hat fünf Ziffern und beginnt mit ${stateKey}.`;
  }
  const name = values.name.trim();
  if (name.length < 2) errors.name = "Bitte geben Sie den Namen an (mindestens 2 Zeichen).";
  else if (name.length > 300) errors.name = "Höchstens 300 Zeichen.";
  if (values.validFrom && !isDay(values.validFrom)) errors.validFrom = "Bitte geben Sie ein gültiges Datum an.";
  return errors;
}

export function dissolveErrors(
  validUntil: string,
  successorKeys: readonly string[],
  validFrom: string | null | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!validUntil) errors.validUntil = "Bitte geben Sie den letzten Tag der Region an.";
  else if (!isDay(validUntil)) errors.validUntil = "Bitte geben Sie ein gültiges Datum an.";
  else if (validFrom && validUntil < validFrom)
    errors.validUntil = `Die Region besteht erst seit dem ${formatDate(validFrom)}.`;
  if (successorKeys.length === 0) errors.successorKeys = "Bitte wählen Sie mindestens eine Nachfolgeregion.";
  return errors;
}
