// A milestone's date is only as exact as it is known (source 000): a year, a month, or a day. The form keeps the
// date in the shape of its precision and the graph stores it as a day, the first of the month or year.
import type { DatePrecision } from "#graphql/enums.ts";
import { isCalendarDay } from "../checks";

/** The stored day in the form's shape: `2017`, `2020-04`, `2012-04-26`. */
export function toFormDate(isoDate: string, precision: DatePrecision): string {
  if (!isoDate) return "";
  return precision === "YEAR" ? isoDate.slice(0, 4) : precision === "MONTH" ? isoDate.slice(0, 7) : isoDate;
}

/** The form's date as the day the graph stores; empty when it is no date of its precision. */
export function toStoredDate(value: string, precision: DatePrecision): string {
  const day = precision === "YEAR" ? `${value}-01-01` : precision === "MONTH" ? `${value}-01` : value;
  const shape = precision === "YEAR" ? /^\d{4}$/ : precision === "MONTH" ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  return shape.test(value) && isCalendarDay(day) ? day : "";
}

/** A date typed at one precision, carried over when the precision changes (as much of it as still fits). */
export function changePrecision(value: string, from: DatePrecision, to: DatePrecision): string {
  const stored = toStoredDate(value, from);
  return stored ? toFormDate(stored, to) : "";
}

export interface MilestoneValues {
  date: string;
  precision: DatePrecision;
  title: string;
  description: string;
}

export function milestoneErrors(values: MilestoneValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.date) errors.date = "Bitte geben Sie an, wann es war.";
  else if (!toStoredDate(values.date, values.precision))
    errors.date =
      values.precision === "YEAR"
        ? "Bitte geben Sie ein Jahr an (JJJJ)."
        : values.precision === "MONTH"
          ? "Bitte geben Sie einen Monat an (JJJJ-MM)."
          : "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).";
  const title = values.title.trim();
  if (!title) errors.title = "Bitte beschreiben Sie in wenigen Worten, was geschah.";
  else if (title.length < 2) errors.title = "Mindestens 2 Zeichen.";
  else if (title.length > 500) errors.title = "Höchstens 500 Zeichen.";
  if (values.description.length > 5000) errors.description = "Höchstens 5.000 Zeichen.";
  return errors;
}
