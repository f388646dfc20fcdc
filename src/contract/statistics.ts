/** Key figures: a unit's with trend and comparisons, and importing them from files or Kolada. */
import { z } from 'zod';
import { SCHOOL_FORM_CODES } from '../domain/school-forms';
import { id } from './common';

export const KeyFigureParams = z.object({ unitId: id });
export const FileBody = z.strictObject({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) });
const column = z.string().min(1).max(200);
export const UnitMatch = z.enum(['schoolUnitCode', 'name', 'koladaId']);
export type UnitMatch = z.infer<typeof UnitMatch>;
export const ImportMappingSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('long'), unit: column, year: column, kpi: column, value: column, unitMatch: UnitMatch }),
  z.strictObject({
    format: z.literal('wide'),
    unit: column,
    year: column,
    values: z.record(z.string().regex(/^[A-Z]\d{5}$/), column),
    unitMatch: UnitMatch,
  }),
]);
export type ImportMapping = z.input<typeof ImportMappingSchema>;
export const ImportBody = FileBody.extend({ mapping: ImportMappingSchema });
export const KoladaImportBody = z.strictObject({ contentBase64: z.string().min(1) });
export const KoladaFetchBody = z.strictObject({ years: z.array(z.number().int().min(2000).max(2100)).min(1).max(5) });

export const TrendDirection = z.enum(['better', 'worse', 'flat', 'none']);
export type TrendDirection = z.infer<typeof TrendDirection>;
export const YearValue = z.strictObject({ year: z.number(), value: z.number() });

export const Kpi = z.strictObject({
  id: z.string(),
  label: z.string(),
  unit: z.enum(['%', 'poäng', 'antal']),
  higherIsBetter: z.boolean(),
  schoolForms: z.array(z.enum(SCHOOL_FORM_CODES)),
});
export type Kpi = z.infer<typeof Kpi>;
export const UnitKeyFigure = z.strictObject({
  kpi: Kpi,
  hasData: z.boolean(),
  /** The last three years, oldest first. */
  values: z.array(YearValue),
  direction: TrendDirection,
  latest: YearValue.nullable(),
  municipality: z.number().nullable(),
  national: z.number().nullable(),
});
export type UnitKeyFigure = z.infer<typeof UnitKeyFigure>;
export const UnitKeyFigures = z.array(UnitKeyFigure);

export const ImportPreview = z.strictObject({
  columns: z.array(z.string()),
  rowCount: z.number(),
  sample: z.array(z.strictObject({ line: z.number(), cells: z.record(z.string(), z.string()) })),
  suggested: z.strictObject({
    unit: z.string().optional(),
    year: z.string().optional(),
    kpi: z.string().optional(),
    value: z.string().optional(),
    values: z.record(z.string(), z.string()).optional(),
  }),
  kpis: z.array(z.strictObject({ id: z.string(), label: z.string() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.strictObject({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skippedUnits: z.array(z.string()).optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;
export const ImportProblem = z.strictObject({ line: z.number(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;
