/** Numbers, trends and TLD figures as Swedish text: the colour or arrow only repeats what the words say. */
import type { TldArea, TldIndex, TrendDirection } from '../api/organiser-types';

// Made on first use: the first Intl formatter of a page costs tens of ms (the locale's data), and a plan has no figures.
let number: Intl.NumberFormat | undefined;
const NUMBER = () => (number ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }));

/** "230,1"; a missing value as a dash. */
export const formatNumber = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : NUMBER().format(n));

const ONE_DECIMAL = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "85,0", "230,1": always one decimal, so values side by side read alike; a missing value as a dash. */
export const formatOneDecimal = (n: number | null | undefined) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : ONE_DECIMAL.format(n);

/** "72 %" */
export const formatPercent = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${NUMBER().format(n)} %`);

export const TLD_AREAS: TldArea[] = ['T', 'L', 'D'];
export const TLD_AREA_LABELS: Record<TldArea, string> = { T: 'Trygghet', L: 'Lärande', D: 'Delaktighet' };

/** Whether a key figure moved for the better, in words (fewer pupils per teacher is better). */
export const TREND_LABELS: Record<TrendDirection, string> = {
  better: 'bättre',
  worse: 'sämre',
  flat: 'oförändrat',
  none: 'ingen trend än',
};

/** Which way the number itself moved: the arrow shows the number, the word says if that is good. */
export function numericArrow(values: { value: number }[]): '↑' | '↓' | '→' | '' {
  if (values.length < 2) return '';
  const delta = values[values.length - 1].value - values[values.length - 2].value;
  if (Math.abs(delta) < 1e-9) return '→';
  return delta > 0 ? '↑' : '↓';
}

export type Change = 'up' | 'down' | 'same' | 'none';
export const CHANGE_ARROWS: Record<Change, string> = { up: '↑', down: '↓', same: '→', none: '' };
export const CHANGE_LABELS: Record<Change, string> = { up: 'upp', down: 'ned', same: 'oförändrat', none: 'ingen jämförelse' };

/** A TLD index against the round before (higher is always better); a point either way counts as the same. */
export function indexChange(now: number | null | undefined, before: number | null | undefined): Change {
  if (now === null || now === undefined || before === null || before === undefined) return 'none';
  if (Math.abs(now - before) < 1) return 'same';
  return now > before ? 'up' : 'down';
}

/** The latest shown round's index and the one before it, for the trend arrows. */
export function latestIndices<T extends { shown: boolean; index?: TldIndex | null; label?: string }>(
  rounds: T[],
): { latest?: T; previous?: T } {
  const shown = rounds.filter((r) => r.shown && r.index);
  return { latest: shown[shown.length - 1], previous: shown[shown.length - 2] };
}

export const HIDDEN_REASON_TEXT: Record<string, string> = {
  fewAnswers: 'för få svar',
  lowResponseRate: 'för låg svarsfrekvens',
  protectsOthers: 'döljs för att skydda andra gruppers svar',
};
