// The checks of a network's profile, as the networks service makes them, said in German first.
import type { FieldIssue } from "#lib/graphql/problems.ts";
import { germanFieldErrors } from "#lib/field-errors.ts";

export interface ProfileValues {
  name: string;
  kind: string;
  regionKey: string;
  plenaryMeetingsPerYear: string;
  description: string;
}

export function profileErrors(values: ProfileValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (name.length < 2) errors.name = "Bitte geben Sie den Namen des Netzwerks an (mindestens 2 Zeichen).";
  else if (name.length > 300) errors.name = "Höchstens 300 Zeichen.";
  if (!values.kind) errors.kind = "Bitte wählen Sie die Art des Netzwerks.";
  if (!values.regionKey) errors.regionKey = "Bitte wählen Sie die Region, für die das Netzwerk arbeitet.";
  const meetings = Number(values.plenaryMeetingsPerYear);
  if (values.plenaryMeetingsPerYear && (!Number.isInteger(meetings) || meetings < 0 || meetings > 52))
    errors.plenaryMeetingsPerYear = "Eine ganze Zahl von 0 bis 52.";
  if (values.description.length > 2000) errors.description = "Höchstens 2.000 Zeichen.";
  return errors;
}

/** The service's refusals of a profile's fields, in German (its English words stay for analysts). */
const SERVER_FIELDS: Record<string, string> = {
  name: "Bitte prüfen Sie den Namen.",
  regionKey: "Diese Region gibt es nicht oder nicht mehr.",
  responsibleDistrictKey: "Für diesen Kreis dürfen Sie kein Netzwerk anlegen.",
  foundedOn: "Bitte prüfen Sie das Datum.",
  endedOn: "Dieses Datum liegt vor der Gründung des Netzwerks.",
  successorId: "Ein Netzwerk kann nicht in sich selbst aufgehen.",
};

export function profileServerErrors(fields: Record<string, FieldIssue>): Promise<Record<string, string>> {
  return germanFieldErrors(fields, SERVER_FIELDS);
}
