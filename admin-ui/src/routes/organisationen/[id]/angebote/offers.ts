// The checks of the offer forms: what the organisations service would refuse (source 004), said in German first.
import type { FieldIssue } from "#lib/graphql/problems.ts";
import type { OfferKind } from "#graphql/enums.ts";
import { germanFieldErrors } from "#lib/field-errors.ts";

export interface OfferValues {
  title: string;
  kind: string;
  /** Ages as typed; empty means "no limit". */
  minAge: string;
  maxAge: string;
  /** Where the offer is available; empty for the provider's own region. */
  regionKey: string;
}

// Youth welfare ends at 27 (§ 7 SGB VIII), and so do the service's ages.
const OLDEST = 27;

// Svelte binds a number input's value as a number (null when empty), whatever the field's type says.
const typed = (value: string | number | null | undefined): string => (value == null ? "" : String(value).trim());

function ageError(value: string): string | undefined {
  if (!typed(value)) return undefined;
  const age = Number(typed(value));
  if (!Number.isInteger(age) || age < 0 || age > OLDEST)
    return `Bitte geben Sie ein ganzes Alter von 0 bis ${OLDEST} an.`;
  return undefined;
}

const age = (value: string): number | null => (typed(value) ? Number(typed(value)) : null);

export function offerErrors(values: OfferValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = "Bitte geben Sie den Titel des Angebots an.";
  else if (title.length < 3) errors.title = "Mindestens 3 Zeichen.";
  else if (title.length > 300) errors.title = "Höchstens 300 Zeichen.";
  if (!values.kind) errors.kind = "Bitte wählen Sie die Art des Angebots.";
  const min = ageError(values.minAge);
  const max = ageError(values.maxAge);
  if (min) errors.minAge = min;
  if (max) errors.maxAge = max;
  const [from, to] = [age(values.minAge), age(values.maxAge)];
  if (!min && !max && from !== null && to !== null && from > to)
    errors.maxAge = "Das Höchstalter darf nicht unter dem Mindestalter liegen.";
  return errors;
}

/** The fields in the order the form shows them: the first one with an error takes the focus. */
export const OFFER_FIELDS = ["title", "kind", "minAge", "maxAge", "regionKey"] as const;

/** What the service is sent; an empty region or age is sent as null, which clears it on an update. */
export function offerInput(values: OfferValues) {
  return {
    title: values.title.trim(),
    kind: values.kind as OfferKind,
    minAge: age(values.minAge),
    maxAge: age(values.maxAge),
    regionKey: values.regionKey || null,
  };
}

/** The service's refusals of an offer's fields, in German (its English words stay for analysts). */
const SERVER_FIELDS: Record<string, string> = {
  title: "Bitte prüfen Sie den Titel (3 bis 300 Zeichen, eine Zeile).",
  kind: "Bitte wählen Sie die Art des Angebots.",
  minAge: `Bitte geben Sie ein ganzes Alter von 0 bis ${OLDEST} an.`,
  maxAge: "Das Höchstalter muss zwischen Mindestalter und 27 liegen.",
  regionKey: "Diese Region gibt es nicht mehr; bitte wählen Sie eine andere.",
  providerId: "Diese Organisation kann keine Angebote mehr anlegen.",
};

export const serverFieldErrors = (fields: Record<string, FieldIssue>) => germanFieldErrors(fields, SERVER_FIELDS);
