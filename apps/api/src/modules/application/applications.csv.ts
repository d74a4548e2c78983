/**
 * CSV cells a spreadsheet shows as text, never runs: a cell starting with
 * =, +, - or @ (or a tab or carriage return, which some spreadsheets skip
 * before reading a formula) gets a leading apostrophe (OWASP "CSV
 * injection"). Every cell is quoted, quotes doubled; lines end CRLF (RFC 4180).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
