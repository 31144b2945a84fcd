import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const DatePrecision = graphqlEnum(
  "DatePrecision",
  "How exactly a historical date is known (e.g. only the year).",
  {
    DAY: "The exact day is known (taggenau).",
    MONTH: "Only year and month are known; the day is not meaningful (monatsgenau).",
    YEAR: "Only the year is known; month and day are not meaningful (jahresgenau).",
  },
);
export type DatePrecision = EnumValue<typeof DatePrecision>;
