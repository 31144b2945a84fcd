// What the service found wrong with a field, in German: loaded only when a service refuses a field, since every
// form page would otherwise carry all of it. Typed against the kit's list of field reasons (a type only: nothing
// of the kit is bundled), so that a reason without its sentence fails the build, like an enum value without its
// label.
import type { FIELD_REASONS } from "../../../packages/subgraph-kit/src/errors.ts";
import { formatDate, formatNumber } from "#lib/format.ts";
import type { FieldIssue } from "#lib/graphql/problems.ts";
import { REFUSALS } from "#lib/graphql/reasons.ts";

export { REFUSALS };

type FieldReason = (typeof FIELD_REASONS)[number];

const CHECK = "Bitte prüfen Sie diese Angabe.";
const RELOAD = "Diese Auswahl ist nicht mehr aktuell. Bitte laden Sie die Seite neu und wählen Sie noch einmal.";

/** What the service found wrong with a field, said for people, with the bound the service names. */
const FIELD_SENTENCES: Record<FieldReason, (issue: FieldIssue) => string> = {
  REQUIRED: () => "Bitte füllen Sie dieses Feld aus.",
  TOO_SHORT: ({ min }) => `Bitte geben Sie mindestens ${formatNumber(min)} Zeichen ein.`,
  TOO_LONG: ({ max }) => `Bitte geben Sie höchstens ${formatNumber(max)} Zeichen ein.`,
  TOO_SMALL: ({ min, exclusive }) =>
    exclusive
      ? `Bitte geben Sie mehr als ${formatNumber(min)} an.`
      : `Bitte geben Sie mindestens ${formatNumber(min)} an.`,
  TOO_LARGE: ({ max }) => `Bitte geben Sie höchstens ${formatNumber(max)} an.`,
  TOO_FEW: ({ min }) => `Bitte wählen Sie mindestens ${formatNumber(min)} aus.`,
  TOO_MANY: ({ max }) => `Bitte wählen Sie höchstens ${formatNumber(max)} aus.`,
  INVALID_CHOICE: () => RELOAD,
  INVALID_DATE: () => "Bitte geben Sie ein gültiges Datum ein.",
  DATE_OUT_OF_RANGE: () => "Bitte geben Sie ein Datum zwischen 1900 und 2100 ein.",
  INVALID_TIME: () => "Bitte geben Sie eine Uhrzeit zwischen 00:00 und 23:59 ein.",
  INVALID_EMAIL: () => "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.",
  INVALID_ID: () => RELOAD,
  INVALID_URL: () => "Bitte geben Sie eine Webadresse mit http:// oder https:// ein.",
  INVALID_PHONE: () => "Bitte verwenden Sie nur Ziffern, Leerzeichen und + ( ) / -.",
  INVALID_POSTAL_CODE: () => "Eine Postleitzahl hat fünf Ziffern.",
  INVALID_REGION_KEY: () => "Ein amtlicher Schlüssel hat 2 bis 12 Ziffern.",
  INVALID_CHARACTERS: () =>
    "Der Text enthält unsichtbare Steuerzeichen (oft aus einer kopierten Vorlage). Bitte tippen Sie ihn neu ein.",
  INVALID_FORMAT: () => CHECK,
  HALF_DAY_STEPS: () => "Bitte geben Sie die Tage in halben Schritten an (0,5; 1; 1,5 …).",
  UNKNOWN_REFERENCE: () => "Das Gewählte gibt es nicht mehr. Bitte laden Sie die Seite neu und wählen Sie noch einmal.",
  SELF_REFERENCE: () => "Ein Eintrag kann nicht auf sich selbst verweisen.",
  BEFORE_START: ({ date }) =>
    date ? `Dieses Datum darf nicht vor dem ${formatDate(date)} liegen.` : "Dieses Datum liegt zu früh.",
  AFTER_END: ({ date }) =>
    date ? `Dieses Datum darf nicht nach dem ${formatDate(date)} liegen.` : "Dieses Datum liegt zu spät.",
  IN_THE_FUTURE: () => "Das geht erst, wenn dieses Datum erreicht ist.",
  IN_THE_PAST: () => "Dieses Datum liegt in der Vergangenheit. Bitte wählen Sie ein künftiges.",
  NOT_APPLICABLE: () => "Diese Angabe passt nicht zu der gewählten Art oder dem Stand. Bitte lassen Sie das Feld leer.",
  MIN_ABOVE_MAX: () => "Der untere Wert darf nicht über dem oberen liegen.",
  KEY_OUTSIDE_PARENT: () => "Der Schlüssel muss mit dem Schlüssel der übergeordneten Region beginnen.",
  MISMATCH: () => "Diese Angabe passt nicht zu den übrigen.",
  INVALID: () => CHECK,
};

/** The German sentence for what the service said about one field: its refusal reason, else its field reason. */
export function sayFieldIssue(issue: FieldIssue): string {
  const reason = issue.reason ?? "";
  return (
    REFUSALS[reason] ?? (FIELD_SENTENCES as Record<string, (issue: FieldIssue) => string>)[reason]?.(issue) ?? CHECK
  );
}
