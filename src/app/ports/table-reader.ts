import type { TableRow } from '../../domain/table-import';

/** Reads a spreadsheet a person uploads (CSV or XLSX) into named columns and numbered rows. */
export interface TableReader {
  read(fileName: string, bytes: Buffer): Promise<{ columns: string[]; rows: TableRow[] }>;
}
