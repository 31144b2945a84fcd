// The service report as a file for spreadsheet software used in German offices, with what the page shows: the
// youth offices by name and the kinds in the page's words (the graph's serviceReportCsv names offices by id, for
// analysts). Semicolons, decimal commas, UTF-8 with a byte-order mark so that umlauts survive.
import { stringify } from "csv-stringify/browser/esm/sync";
import type { ServiceReportQuery } from "#graphql/graphql.ts";
import { CONSULTATION_KIND } from "#lib/consultation-labels.ts";
import { officeName } from "#lib/missing.ts";

type Report = NonNullable<ServiceReportQuery["serviceReport"]>;

const number = (n: number) => String(n).replace(".", ",");

export function reportCsv(report: Report, printedOn: string): string {
  const rows: (string | number)[][] = [
    [`Leistungen im Projekt ${report.year}`, `Stand: ${printedOn}`],
    [],
    [
      "Jugendamt",
      "Kreisschlüssel",
      "Kontingent (Tage)",
      "Angefragt (Tage)",
      "Bewilligt (Tage)",
      "Durchgeführt (Tage)",
      "Verbleibend (Tage)",
      "Einsätze durchgeführt",
    ],
    ...report.offices.map((o) => [
      officeName(o.youthOffice, o.districtKey),
      o.districtKey,
      number(o.allocatedDays),
      number(o.requestedDays),
      number(o.approvedDays),
      number(o.deliveredDays),
      number(o.remainingDays),
      o.deliveredConsultations,
    ]),
    [
      "Summe",
      "",
      number(report.totals.allocatedDays),
      number(report.totals.requestedDays),
      number(report.totals.approvedDays),
      number(report.totals.deliveredDays),
      number(report.totals.remainingDays),
      report.totals.deliveredConsultations,
    ],
    [],
    ["Art der Praxisbegleitung", "Angefragt", "Bewilligt", "Durchgeführt", "Storniert", "Tage durchgeführt"],
    ...report.byKind.map((k) => [
      CONSULTATION_KIND[k.kind],
      k.requested,
      k.approved,
      k.delivered,
      k.cancelled,
      number(k.deliveredDays),
    ]),
    [],
    ["Kooperationspool (überregionale Kooperation)", "Kontingent (Tage)", "Bewilligt", "Durchgeführt", "Verbleibend"],
    report.pool
      ? [
          "",
          number(report.pool.allocatedDays),
          number(report.pool.approvedDays),
          number(report.pool.deliveredDays),
          number(report.pool.remainingDays),
        ]
      : [`Für ${report.year} gibt es keinen Kooperationspool.`],
  ];
  return `\uFEFF${stringify(rows, { delimiter: ";", record_delimiter: "\r\n" })}`;
}
