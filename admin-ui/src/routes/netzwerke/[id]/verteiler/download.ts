// The mailing list as a CSV file, made in the browser from what the page shows: `;` and a BOM, so that German
// spreadsheet software opens it with its umlauts. Loaded only when someone downloads.
import { stringify } from "csv-stringify/browser/esm/sync";

export function downloadCsv(rows: string[][], fileName: string): void {
  const text = `\uFEFF${stringify(rows, { delimiter: ";", record_delimiter: "windows" })}`;
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
