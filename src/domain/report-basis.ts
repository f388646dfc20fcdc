/**
 * The basis a unit's report is filled from on request: its TLD results for the school year's rounds
 * and its key figures for the year, written as Swedish text and tables. Only figures the results
 * already publish are used (a hidden group stays hidden, with its reason in words), so nothing here
 * can reveal what the anonymity threshold hides.
 */
import type { BasisSource } from './report-definition';
import { SURVEY_AREAS, type SurveyArea } from './survey';
import type { GroupResult, HiddenReason } from './survey-results';

export interface BasisRound {
  label: string;
  opensOn: string;
  closesOn: string;
  status: 'planned' | 'open' | 'closed';
  unit: GroupResult & { received: number; responseRate: number | null; students: number | null };
  /** The unit's school form in the municipality, as published beside it (shown only when shown). */
  schoolForm?: GroupResult & { label?: string };
}

export interface BasisFigure {
  label: string;
  unit: '%' | 'poäng' | 'antal';
  year: number;
  value: number;
  municipality: number | null;
  national: number | null;
}

export interface BasisTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface BasisPart {
  source: BasisSource;
  text: string;
  tables: BasisTable[];
  empty: boolean;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "3,4", "84", "1 234,5" (one decimal at most, decimal comma, a thin space between thousands). */
export function swedishNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  const [whole, decimals] = Math.abs(rounded).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${rounded < 0 ? '−' : ''}${grouped}${decimals === '0' ? '' : `,${decimals}`}`;
}

/** A date (YYYY-MM-DD) in words: 2025-10-01 is "1 oktober 2025". */
export function swedishDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const figure = (n: number, unit: BasisFigure['unit']) => (unit === '%' ? `${swedishNumber(n)} %` : swedishNumber(n));

/** Why a figure is not shown, in words; never the figure itself. */
export function hiddenText(reason: HiddenReason | undefined, minAnswers: number): string {
  if (reason === 'lowResponseRate') return 'För låg svarsfrekvens för att visa';
  if (reason === 'protectsOthers') return 'Visas inte, för att skydda andra gruppers svar';
  return `För få svar för att visa (under ${minAnswers})`;
}

const AREAS = Object.entries(SURVEY_AREAS) as [SurveyArea, string][];
const STATUS: Record<BasisRound['status'], string> = { planned: 'planerad', open: 'pågår, resultatet kan ändras', closed: 'avslutad' };

export const NO_ROUND_TEXT = 'Ingen TLD-mätning avslutad det här läsåret.';
export const NO_FIGURES_TEXT = 'Inga nyckeltal för läsåret ännu. Huvudmannen importerar dem från Kolada eller den egna statistiken.';

/** The TLD section's basis: every round of the year that has opened, oldest first. */
export function tldBasis(rounds: BasisRound[], minAnswers: number): BasisPart {
  const started = rounds.filter((r) => r.status !== 'planned').sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  if (!started.length) return { source: 'tldResults', text: NO_ROUND_TEXT, tables: [], empty: true };
  const lines: string[] = [];
  const rows: string[][] = [];
  for (const r of started) {
    const u = r.unit;
    const rate = u.responseRate === null ? '' : ` (svarsfrekvens ${swedishNumber(u.responseRate)} %)`;
    const hidden = u.shown ? undefined : hiddenText(u.hiddenReason, minAnswers);
    lines.push(`${r.label}, ${swedishDate(r.opensOn)}–${swedishDate(r.closesOn)} (${STATUS[r.status]})`);
    lines.push(`Svar: ${u.received}${u.students ? ` av ${u.students}` : ''}${rate}`);
    const form = r.schoolForm?.shown ? r.schoolForm : undefined;
    if (hidden) lines.push(`Resultat: ${hidden}.`);
    else {
      lines.push('Index (genomsnittlig andel positiva svar, 0–100):');
      for (const [area, label] of AREAS) {
        const v = u.index?.[area];
        if (v === undefined) continue;
        const cmp =
          typeof form?.index?.[area] === 'number'
            ? ` (${form.label ?? 'skolformen'} i kommunen: ${swedishNumber(form.index[area] as number)})`
            : '';
        lines.push(`  ${label}: ${v === null ? '–' : swedishNumber(v)}${cmp}`);
      }
      lines.push('Andel positiva svar per fråga:');
      for (const q of u.questions ?? [])
        lines.push(`  ${q.text} (${SURVEY_AREAS[q.area]}): ${q.positiveShare === null ? '–' : `${swedishNumber(q.positiveShare)} %`}`);
    }
    lines.push('');
    rows.push([
      `${r.label} (${swedishDate(r.opensOn)}–${swedishDate(r.closesOn)})`,
      String(u.received),
      u.responseRate === null ? '–' : `${swedishNumber(u.responseRate)} %`,
      ...AREAS.map(([area]) => hidden ?? (typeof u.index?.[area] === 'number' ? swedishNumber(u.index[area] as number) : '–')),
    ]);
  }
  lines.push(`Index och andelar visas bara för grupper med minst ${minAnswers} svar.`);
  return {
    source: 'tldResults',
    text: lines.join('\n'),
    tables: [
      {
        caption: 'TLD-resultat per mätning (index 0–100)',
        columns: ['Mätning', 'Svar', 'Svarsfrekvens', ...AREAS.map(([, l]) => l)],
        rows,
      },
    ],
    empty: false,
  };
}

/** The statistics section's basis: the unit's key figures for the year, with Kolada's comparisons where present. */
export function keyFigureBasis(figures: BasisFigure[]): BasisPart {
  if (!figures.length) return { source: 'keyFigures', text: NO_FIGURES_TEXT, tables: [], empty: true };
  const lines = figures.map((f) => {
    const cmp = [
      f.municipality === null ? '' : `kommunen ${figure(f.municipality, f.unit)}`,
      f.national === null ? '' : `riket ${figure(f.national, f.unit)}`,
    ].filter(Boolean);
    return `${f.label}, ${f.year}: ${figure(f.value, f.unit)}${cmp.length ? ` (${cmp.join(', ')})` : ''}`;
  });
  const rows = figures.map((f) => [
    f.label,
    String(f.year),
    figure(f.value, f.unit),
    f.municipality === null ? '–' : figure(f.municipality, f.unit),
    f.national === null ? '–' : figure(f.national, f.unit),
  ]);
  return {
    source: 'keyFigures',
    text: [...lines, '', 'Källa: Kolada eller huvudmannens egen statistik.'].join('\n'),
    tables: [{ caption: 'Nyckeltal', columns: ['Nyckeltal', 'År', 'Enheten', 'Kommunen', 'Riket'], rows }],
    empty: false,
  };
}

/**
 * The generated part sits between two marker lines in the section's text; what the principal writes
 * outside them (their comment, under the last line) is theirs and is kept when the part is refreshed.
 */
export const BASIS_START = '▸ Hämtat underlag';
export const BASIS_END = '▸ Slut på hämtat underlag. Skriv din egen kommentar nedanför.';

export const hasBasis = (text: string) => findBlock(text) !== undefined;

function findBlock(text: string): { start: number; end: number } | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(BASIS_START));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith(BASIS_END.slice(0, 25)));
  return end < 0 ? undefined : { start, end };
}

/**
 * The text as a reader gets it (Word, PDF, the intranet page): the marker lines around the generated
 * part are for the editor, so they go; the figures between them and the principal's own words stay.
 */
export function withoutBasisMarkers(text: string): string {
  const found = findBlock(text);
  if (!found) return text;
  const lines = text.split('\n');
  return [...lines.slice(0, found.start), ...lines.slice(found.start + 1, found.end), ...lines.slice(found.end + 1)].join('\n');
}

/** The section's text with the generated part written (first time) or replaced (refresh); the rest untouched. */
export function withBasis(existing: string, part: BasisPart, fetchedOn: string): string {
  const block = [`${BASIS_START} ${swedishDate(fetchedOn)} (ersätts när du uppdaterar)`, part.text, BASIS_END];
  const found = findBlock(existing);
  if (found) {
    const lines = existing.split('\n');
    return [...lines.slice(0, found.start), ...block, ...lines.slice(found.end + 1)].join('\n');
  }
  const own = existing.trim();
  return own ? [...block, '', own].join('\n') : block.join('\n');
}
