// The checks of the membership forms, as plain functions: the same rules the networks service applies, said in
// German before anything is sent.
import { formatDate } from "#lib/format.ts";
import type { Problem } from "#lib/graphql/problems.ts";
import { dayInNetworkError, isCalendarDay } from "../checks";

interface NetworkDates {
  foundedOn?: string | null;
  endedOn?: string | null;
}

/** The first day of a membership: optional, a real date, within the network's lifetime, not after its end. */
export function sinceError(since: string, network: NetworkDates, until?: string | null): string | undefined {
  const error = dayInNetworkError(since, network);
  if (error) return error;
  if (since && until && since > until) return `Die Mitgliedschaft endete bereits am ${formatDate(until)}.`;
  return undefined;
}

/** The last day of a membership: required, a real date, not before it began. */
export function untilError(until: string, since?: string | null): string | undefined {
  if (!until) return "Bitte geben Sie den letzten Tag der Mitgliedschaft an.";
  if (!isCalendarDay(until)) return "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).";
  if (since && until < since) return `Die Mitgliedschaft begann erst am ${formatDate(since)}.`;
  return undefined;
}

/**
 * Why one organisation could not be added, for the list of those left over. The service names the field; its
 * English words stay for analysts, the page says it in German.
 */
export function addFailure(problem: Problem): string {
  if (problem.extensions.reason === "ALREADY_MEMBER") return "ist bereits Mitglied dieses Netzwerks.";
  if (problem.code === "BAD_USER_INPUT" && problem.fields.organisationId) return "ist nicht mehr vorhanden.";
  if (problem.code === "BAD_USER_INPUT" && problem.fields.since)
    return "passt nicht zum Datum „Mitglied seit“: Bitte prüfen Sie es.";
  return problem.message;
}
