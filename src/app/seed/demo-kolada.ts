/**
 * Kolada's answer for the demo units, in the shape of its API v2 (`/v2/oudata/kpi/{kpis}/ou/{ous}/year/{years}`,
 * as the fixtures in tests/fixtures/kolada): three years per key figure, varied per unit, with the
 * national figure beside them. Sjöviks kommun is fictional, so Kolada has no figures of its own for it.
 */
import { KPI_CATALOGUE } from '../../domain/key-figures';
import type { DemoUnit } from './demo-municipality';

/** A level and a yearly change per key figure, roughly where Swedish schools are. */
const LEVEL: Record<string, { base: number; step: number; spread: number; digits: number }> = {
  N15419: { base: 74, step: 1.4, spread: 8, digits: 1 },
  N15421: { base: 224, step: 3, spread: 14, digits: 1 },
  N15438: { base: 12.1, step: -0.2, spread: 1.6, digits: 1 },
  N15447: { base: 71, step: 1.1, spread: 12, digits: 0 },
  N15613: { base: 86, step: -0.8, spread: 6, digits: 0 },
  N11102: { base: 5.1, step: -0.1, spread: 0.6, digits: 1 },
  N17461: { base: 72, step: 0.9, spread: 9, digits: 1 },
};

const hash = (s: string) => ([...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0) / 4294967296;

export function demoKoladaResponse(units: DemoUnit[], lastYear: number) {
  const years = [lastYear - 2, lastYear - 1, lastYear];
  const values: {
    kpi: string;
    ou?: string;
    municipality?: string;
    period: number;
    values: { count: number; gender: string; status: string; value: number }[];
  }[] = [];
  for (const kpi of KPI_CATALOGUE) {
    const level = LEVEL[kpi.id];
    if (!level) continue;
    const round = (v: number) => Number(v.toFixed(level.digits));
    for (const unit of units.filter((u) => kpi.schoolForms.includes(u.schoolForm))) {
      const offset = (hash(`${unit.ref}:${kpi.id}`) - 0.5) * level.spread;
      const direction = hash(`${unit.ref}:${kpi.id}:dir`) < 0.3 ? -1 : 1; // some units go the other way
      for (const [i, year] of years.entries()) {
        values.push({
          kpi: kpi.id,
          ou: unit.koladaId,
          period: year,
          values: [{ count: 1, gender: 'T', status: '', value: round(level.base + offset + direction * level.step * i) }],
        });
      }
    }
    for (const [i, year] of years.entries())
      values.push({
        kpi: kpi.id,
        municipality: '0000',
        period: year,
        values: [{ count: 1, gender: 'T', status: '', value: round(level.base + level.step * i) }],
      });
  }
  return { count: values.length, values };
}
