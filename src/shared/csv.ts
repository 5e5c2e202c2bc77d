/**
 * CSV for spreadsheets. Semicolons separate the cells: Excel with Kazakh or Russian regional
 * settings (those of commission laptops) expects them, and splits nothing on commas there.
 * The file is written with a UTF-8 byte order mark (by the core's saveTextFile) so Excel
 * reads Cyrillic correctly.
 */
export const CSV_SEPARATOR = ';';

/**
 * One cell: quoted when it holds a separator, quote or line break; a text that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table, header row first, lines ending in CRLF. */
export function toCsv(headers: string[], rows: (string | number)[][]): string {
  return csvLines([headers, ...rows]);
}

/** Rows as CSV lines ending in CRLF, for a table written in parts (a header, then pages). */
export function csvLines(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + '\r\n').join('');
}
