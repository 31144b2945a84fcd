import { registerEnumType } from "type-graphql";

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How exactly a historical date is known (e.g. only the year).",
  valuesConfig: {
    DAY: { description: "The exact day is known (taggenau)." },
    MONTH: { description: "Only year and month are known; the day is not meaningful (monatsgenau)." },
    YEAR: { description: "Only the year is known; month and day are not meaningful (jahresgenau)." },
  },
});
