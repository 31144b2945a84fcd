// The checks of the cooperation-agreement forms (§ 8a SGB VIII, §§ 3, 4 KKG): what the organisations service would
// refuse, said in German first.
import type { FieldIssue } from "#lib/graphql/problems.ts";
import { formatDate } from "#lib/format.ts";
import type { AgreementStatus, LegalBasis } from "#graphql/enums.ts";
import { isCalendarDay } from "../../../netzwerke/[id]/checks";
import { germanFieldErrors } from "#lib/field-errors.ts";

export interface AgreementValues {
  title: string;
  legalBasis: string;
  status: string;
  signedOn: string;
  validUntil: string;
  parties: { id: string; name: string }[];
}

const DAY = "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).";

export function agreementErrors(values: AgreementValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = "Bitte geben Sie den Titel der Vereinbarung an.";
  else if (title.length < 3) errors.title = "Mindestens 3 Zeichen.";
  else if (title.length > 300) errors.title = "Höchstens 300 Zeichen.";
  if (!values.legalBasis) errors.legalBasis = "Bitte wählen Sie die Rechtsgrundlage.";
  if (!values.status) errors.status = "Bitte wählen Sie den Stand der Vereinbarung.";
  if (values.signedOn && !isCalendarDay(values.signedOn)) errors.signedOn = DAY;
  else if (!values.signedOn && values.status === "SIGNED")
    errors.signedOn = "Eine unterzeichnete Vereinbarung braucht das Datum der Unterzeichnung.";
  if (values.validUntil && !isCalendarDay(values.validUntil)) errors.validUntil = DAY;
  else if (values.validUntil && values.signedOn && !errors.signedOn && values.validUntil < values.signedOn)
    errors.validUntil = `Die Vereinbarung wurde erst am ${formatDate(values.signedOn)} unterzeichnet.`;
  if (new Set(values.parties.map((p) => p.id)).size < 2)
    errors.partyIds = "Bitte wählen Sie mindestens zwei Vertragsparteien.";
  else if (values.parties.length > 100) errors.partyIds = "Höchstens 100 Vertragsparteien.";
  return errors;
}

/** The fields in the order the form shows them: the first one with an error takes the focus. */
export const AGREEMENT_FIELDS = ["title", "legalBasis", "status", "signedOn", "validUntil", "partyIds"] as const;

/** The element that takes the focus for a field: the parties have their search. */
export const agreementFieldId = (field: string): string => (field === "partyIds" ? "partySearch" : field);

/** What the service is sent; an empty date is sent as null, which clears it on an update. */
export function agreementInput(values: AgreementValues) {
  return {
    title: values.title.trim(),
    legalBasis: values.legalBasis as LegalBasis,
    status: values.status as AgreementStatus,
    signedOn: values.signedOn || null,
    validUntil: values.validUntil || null,
    partyIds: values.parties.map((p) => p.id),
  };
}

/** The service's refusals of an agreement's fields, in German (its English words stay for analysts). */
const SERVER_FIELDS: Record<string, string> = {
  title: "Bitte prüfen Sie den Titel (3 bis 300 Zeichen, eine Zeile).",
  signedOn: "Eine unterzeichnete Vereinbarung braucht das Datum der Unterzeichnung.",
  validUntil: "Die Vereinbarung kann nicht vor ihrer Unterzeichnung enden.",
  partyIds: "Mindestens zwei verschiedene Vertragsparteien, die es noch gibt.",
  keeperId: "Diese Organisation kann keine Vereinbarungen mehr führen.",
};

export const serverFieldErrors = (fields: Record<string, FieldIssue>) => germanFieldErrors(fields, SERVER_FIELDS);
