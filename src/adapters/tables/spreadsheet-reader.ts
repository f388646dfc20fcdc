import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors';
import type { TableRow } from '../../domain/table-import';
import type { TableReader } from '../../app/ports/table-reader';

const MAX_ROWS = 50_000;

/** CSV (semicolon or comma, as Excel and BI tools export it) and XLSX (the first sheet). */
export class SpreadsheetReader implements TableReader {
  async read(fileName: string, bytes: Buffer): Promise<{ columns: string[]; rows: TableRow[] }> {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.xlsx')) return this.xlsx(bytes);
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) return this.csv(bytes);
    throw new DomainError('IMPORT_UNREADABLE', 'Filen ska vara CSV eller Excel (.xlsx).');
  }

  private csv(bytes: Buffer) {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    let records: string[][];
    try {
      records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
    } catch (e) {
      throw new DomainError('IMPORT_UNREADABLE', `Filen går inte att läsa som CSV: ${(e as Error).message.split('\n')[0]}`);
    }
    return table(records);
  }

  private async xlsx(bytes: Buffer) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new DomainError('IMPORT_UNREADABLE', 'Filen går inte att läsa som Excel (.xlsx).');
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new DomainError('IMPORT_UNREADABLE', 'Excelfilen har inget blad.');
    const records: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1).map((v) => cellText(v));
      records.push(values);
    });
    return table(records);
  }
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in (v as object)) return cellText((v as { result: unknown }).result);
  if (typeof v === 'object' && 'richText' in (v as object))
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (v instanceof Date) return String(v.getFullYear());
  return String(v).trim();
}

function table(records: string[][]): { columns: string[]; rows: TableRow[] } {
  if (records.length === 0) throw new DomainError('IMPORT_UNREADABLE', 'Filen är tom.');
  if (records.length > MAX_ROWS + 1) throw new DomainError('IMPORT_UNREADABLE', `Filen har för många rader (högst ${MAX_ROWS}).`);
  const columns = records[0].map((c, i) => c || `Kolumn ${i + 1}`);
  if (new Set(columns).size !== columns.length) throw new DomainError('IMPORT_UNREADABLE', 'Två kolumner har samma rubrik.');
  const rows = records.slice(1).map((r, i) => ({ line: i + 2, cells: Object.fromEntries(columns.map((c, j) => [c, r[j] ?? ''])) }));
  return { columns, rows };
}
