// The checks of the working-group forms: what the networks service would refuse, said in German first.
import type { FieldIssue } from "#lib/graphql/problems.ts";
import { formatDate } from "#lib/format.ts";
import { dayInNetworkError, isCalendarDay } from "../checks";
import { germanFieldErrors } from "#lib/field-errors.ts";

export interface GroupValues {
  name: string;
  kind: string;
  foundedOn: string;
}

interface NetworkDates {
  foundedOn?: string | null;
  endedOn?: string | null;
}

/** The fields in the order the form shows them: the first one with an error takes the focus. */
export const GROUP_FIELDS = ["name", "kind", "foundedOn"] as const;

export function groupErrors(values: GroupValues, network: NetworkDates): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (!name) errors.name = "Bitte geben Sie den Namen des Arbeitskreises an.";
  else if (name.length < 2) errors.name = "Mindestens 2 Zeichen.";
  else if (name.length > 300) errors.name = "Höchstens 300 Zeichen.";
  if (!values.kind) errors.kind = "Bitte wählen Sie, ob der Arbeitskreis ständig oder befristet ist.";
  const founded = dayInNetworkError(values.foundedOn, network);
  if (founded) errors.foundedOn = founded;
  return errors;
}

/** How a group ends: closed, or it left the network and carries on elsewhere (source 000). */
export interface EndValues {
  status: "CLOSED" | "LEFT_NETWORK";
  endedOn: string;
  continuedByOrganisationId: string;
  statusNote: string;
}

export function endErrors(values: EndValues, foundedOn: string | null | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.endedOn) errors.endedOn = "Bitte geben Sie den Tag an, an dem der Arbeitskreis endete.";
  else if (!isCalendarDay(values.endedOn)) errors.endedOn = "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).";
  else if (foundedOn && values.endedOn < foundedOn)
    errors.endedOn = `Der Arbeitskreis wurde erst am ${formatDate(foundedOn)} gegründet.`;
  if (values.statusNote.length > 500) errors.statusNote = "Höchstens 500 Zeichen.";
  return errors;
}

/** The service's refusals of a group's fields, in German (its English words stay for analysts). */
const SERVER_FIELDS: Record<string, string> = {
  name: "Bitte prüfen Sie den Namen (2 bis 300 Zeichen).",
  foundedOn: "Dieses Datum passt nicht zum Netzwerk.",
  endedOn: "Dieses Datum passt nicht zum Arbeitskreis.",
  memberIds: "Mindestens eine der gewählten Organisationen ist kein Mitglied des Netzwerks mehr.",
  continuedByOrganisationId: "Diese Organisation kann den Arbeitskreis nicht weiterführen.",
  statusNote: "Höchstens 500 Zeichen.",
};

export const serverFieldErrors = (fields: Record<string, FieldIssue>) => germanFieldErrors(fields, SERVER_FIELDS);
