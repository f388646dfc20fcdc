import { z } from 'zod';

/** Kolada v2 answers, as saved to a file or fetched: values per KPI, unit (ou) or municipality, and period. */
const genderValue = z.object({
  gender: z.string(),
  value: z.number().nullable().optional(),
  status: z.string().optional(),
  count: z.number().optional(),
});
const row = z.object({
  kpi: z.string(),
  period: z.union([z.number(), z.string()]).transform(Number),
  ou: z.string().optional(),
  municipality: z.string().optional(),
  values: z.array(genderValue),
});
export const koladaResponse = z.object({ count: z.number().optional(), values: z.array(row) });

export interface KoladaFigure {
  kpi: string;
  year: number;
  ou?: string;
  municipality?: string;
  value: number;
}

/** The total (gender "T") value of every row that has one. */
export function koladaFigures(json: unknown): KoladaFigure[] {
  const parsed = koladaResponse.parse(json);
  return parsed.values.flatMap((r) => {
    const total = r.values.find((v) => v.gender === 'T');
    if (total?.value === null || total?.value === undefined) return [];
    return [{ kpi: r.kpi, year: r.period, ou: r.ou, municipality: r.municipality, value: total.value }];
  });
}
