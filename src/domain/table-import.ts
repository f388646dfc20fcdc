import { DomainError } from './errors';
import { kpiById } from './key-figures';

/** How the columns of an imported table map to key figures: long (one value column) or wide (a column per KPI). */
export type ColumnMapping =
  | { format: 'long'; unit: string; year: string; kpi: string; value: string; unitMatch: UnitMatch }
  | { format: 'wide'; unit: string; year: string; values: Record<string, string>; unitMatch: UnitMatch };

export type UnitMatch = 'schoolUnitCode' | 'name' | 'koladaId';

export interface TableRow {
  /** The line in the file, counting the header as line 1: what people see in their spreadsheet. */
  line: number;
  cells: Record<string, string>;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ParsedFigure {
  unitId: string;
  kpiId: string;
  year: number;
  value: number;
}

/** Swedish numbers use a decimal comma and often a space or non-breaking space between thousands. */
export function parseSwedishNumber(raw: string): number | undefined {
  const s = raw.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/**
 * Checks every row before anything is written: a clear message per line, so the person can fix
 * the file and import it whole, or not at all.
 */
export function readFigures(rows: TableRow[], columns: string[], mapping: ColumnMapping, unitKey: (value: string) => string | undefined) {
  const needed =
    mapping.format === 'long'
      ? [mapping.unit, mapping.year, mapping.kpi, mapping.value]
      : [mapping.unit, mapping.year, ...Object.values(mapping.values)];
  const missing = needed.filter((c) => !columns.includes(c));
  if (missing.length) throw new DomainError('IMPORT_INVALID', `Kolumnerna finns inte i filen: ${missing.join(', ')}.`, { problems: [] });
  if (mapping.format === 'wide') {
    const unknown = Object.keys(mapping.values).filter((k) => !kpiById(k));
    if (unknown.length) throw new DomainError('IMPORT_INVALID', `Okända nyckeltal: ${unknown.join(', ')}.`, { problems: [] });
  }
  const figures: ParsedFigure[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const unitRaw = (row.cells[mapping.unit] ?? '').trim();
    const unitId = unitKey(unitRaw);
    if (!unitRaw) problems.push({ line: row.line, message: 'Enhet saknas.' });
    else if (!unitId) problems.push({ line: row.line, message: `Enheten "${unitRaw}" finns inte.` });
    const yearRaw = (row.cells[mapping.year] ?? '').trim();
    const year = /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : undefined;
    if (!year || year < 2000 || year > 2100) problems.push({ line: row.line, message: `År "${yearRaw}" är inte ett årtal.` });
    const pairs =
      mapping.format === 'long'
        ? [[(row.cells[mapping.kpi] ?? '').trim(), row.cells[mapping.value] ?? '']]
        : Object.entries(mapping.values).map(([kpi, col]) => [kpi, row.cells[col] ?? '']);
    for (const [kpiId, raw] of pairs) {
      if (!kpiById(kpiId)) {
        problems.push({ line: row.line, message: `Nyckeltalet "${kpiId}" är okänt.` });
        continue;
      }
      if (raw.trim() === '' && mapping.format === 'wide') continue; // an empty cell: no figure that year
      const value = parseSwedishNumber(raw);
      if (value === undefined) {
        problems.push({ line: row.line, message: `Värdet "${raw}" för ${kpiId} är inte ett tal.` });
        continue;
      }
      if (unitId && year) {
        const key = `${unitId}|${kpiId}|${year}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          problems.push({ line: row.line, message: `Samma enhet, nyckeltal och år finns redan på rad ${earlier}.` });
        seen.set(key, row.line);
        figures.push({ unitId, kpiId, year, value });
      }
    }
  }
  return { figures, problems };
}

/** Guesses the mapping from common Swedish column names, for the preview. */
export function suggestMapping(
  columns: string[],
): Partial<{ unit: string; year: string; kpi: string; value: string; values: Record<string, string> }> {
  const find = (...patterns: RegExp[]) => columns.find((c) => patterns.some((p) => p.test(c)));
  const values: Record<string, string> = {};
  for (const c of columns) {
    const id = /\b([NU]\d{5})\b/.exec(c)?.[1];
    if (id && kpiById(id)) values[id] = c;
  }
  return {
    unit: find(/skolenhetskod/i, /enhetskod/i, /^enhet/i, /skola/i, /kolada/i),
    year: find(/^år$/i, /år/i, /year/i, /period/i),
    kpi: find(/nyckeltal/i, /kpi/i),
    value: find(/värde/i, /value/i),
    ...(Object.keys(values).length ? { values } : {}),
  };
}
