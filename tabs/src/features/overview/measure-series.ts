/**
 * The overview chart's data: one measure (a TLD area's index, or a key figure) per unit across the
 * school years the overview already holds (its one request). Plain functions, no React.
 * A TLD value the anonymity rules hide is never a number here: the server sends no index for it,
 * and the chart shows "–" with the reason in words.
 */
import type { Overview, TldArea } from '../../api/organiser-types';
import { formatOneDecimal, TLD_AREA_LABELS, TLD_AREAS } from '../../lib/figures';

export interface Measure {
  key: string;
  label: string;
  group: 'TLD-index' | 'Nyckeltal';
}

/** One bar: a period (a TLD round, a key figure's year) and its value, or why there is none. */
export interface Point {
  period: string;
  value: number | null;
  /** null with a value; else hidden by the anonymity rules, or nothing measured. */
  missing: 'hidden' | 'none' | null;
}

export interface UnitSeries {
  unitId: string;
  unitName: string;
  schoolFormLabel: string;
  points: Point[];
}

export interface MeasureChartData {
  measure: Measure;
  periods: string[];
  /** The bars' scale: 0 to max (100 for a TLD index). */
  max: number;
  units: UnitSeries[];
}

const tldKey = (area: TldArea) => `tld:${area}`;

/** The TLD areas, then every key figure that some unit has values for, by label. */
export function measuresOf(overview: Overview): Measure[] {
  const tld: Measure[] = TLD_AREAS.map((a) => ({ key: tldKey(a), label: `${TLD_AREA_LABELS[a]} (TLD-index)`, group: 'TLD-index' }));
  const kpis = new Map<string, string>();
  for (const u of overview.units) for (const k of u.keyFigures) if (k.hasData) kpis.set(k.kpiId, k.label);
  const figures: Measure[] = [...kpis]
    .sort((a, b) => a[1].localeCompare(b[1], 'sv'))
    .map(([id, label]) => ({ key: `kpi:${id}`, label, group: 'Nyckeltal' }));
  return [...tld, ...figures];
}

/** A round number at or above n for the scale's end (1, 2, 2,5 or 5 times a power of ten). */
export function niceMax(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (n <= step * power) return step * power;
  return 10 * power;
}

/** The chosen measure per unit: TLD per round (the overview's rounds), a key figure per year. */
export function measureSeries(overview: Overview, key: string, maxPeriods = 4): MeasureChartData | undefined {
  const measure = measuresOf(overview).find((m) => m.key === key);
  if (!measure) return undefined;
  if (key.startsWith('tld:')) {
    const area = key.slice(4) as TldArea;
    const rounds = overview.rounds.slice(-maxPeriods);
    const units = overview.units.map((u) => ({
      unitId: u.unit.id,
      unitName: u.unit.name,
      schoolFormLabel: u.unit.schoolFormLabel,
      points: rounds.map((round): Point => {
        const r = u.tld.find((t) => t.roundId === round.id);
        const value = r?.shown ? (r.index?.[area] ?? null) : null;
        return { period: round.label, value, missing: value !== null ? null : r && r.answers > 0 ? 'hidden' : 'none' };
      }),
    }));
    return { measure, periods: rounds.map((r) => r.label), max: 100, units };
  }
  const kpiId = key.slice(4);
  const withFigure = overview.units.filter((u) => u.keyFigures.some((k) => k.kpiId === kpiId && k.hasData));
  const years = [...new Set(withFigure.flatMap((u) => u.keyFigures.find((k) => k.kpiId === kpiId)!.values.map((v) => v.year)))]
    .sort((a, b) => a - b)
    .slice(-maxPeriods);
  const units = withFigure.map((u) => {
    const values = u.keyFigures.find((k) => k.kpiId === kpiId)!.values;
    return {
      unitId: u.unit.id,
      unitName: u.unit.name,
      schoolFormLabel: u.unit.schoolFormLabel,
      points: years.map((year): Point => {
        const v = values.find((x) => x.year === year)?.value ?? null;
        return { period: String(year), value: v, missing: v === null ? 'none' : null };
      }),
    };
  });
  const top = Math.max(0, ...units.flatMap((u) => u.points.map((p) => p.value ?? 0)));
  return { measure, periods: years.map(String), max: niceMax(top), units };
}

export const MISSING_TEXT = { hidden: 'dolt under anonymitetsgränsen', none: 'ingen uppgift' } as const;

/** "72,5" and "85,0" (one decimal, Swedish), or "–" for a value that is hidden or missing. */
export const pointText = (p: Point) => (p.value === null ? '–' : formatOneDecimal(p.value));

/** What a screen reader hears for a bar: "TLD oktober 2026: 72,5" or "TLD oktober 2026: –, dolt under anonymitetsgränsen". */
export const pointLabel = (p: Point) => `${p.period}: ${pointText(p)}${p.missing ? `, ${MISSING_TEXT[p.missing]}` : ''}`;
