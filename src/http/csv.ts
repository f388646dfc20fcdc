/**
 * CSV for spreadsheets: semicolon-separated (Swedish Excel), UTF-8 with BOM, and cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are defused with a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: unknown[][]): Buffer {
  return Buffer.from('\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n', 'utf8');
}
