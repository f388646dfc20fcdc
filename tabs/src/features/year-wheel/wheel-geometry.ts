/**
 * The school year as a wheel: August at the top, clockwise to July. Dates become angles, windows
 * become arcs, single days markers; pure geometry, no React.
 */
import type { ResolvedEvent, WheelEventKind } from '../../api/organiser-types';
import { dayAndMonth } from '../../lib/dates';

export const WHEEL_MONTHS = ['aug', 'sep', 'okt', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul'];

const utc = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Where in the wheel's year a date lies, 0 (1 August) to 1 (31 July). */
export function yearFraction(schoolYear: string, isoDate: string): number {
  const first = Number(schoolYear.slice(0, 4));
  const start = Date.UTC(first, 7, 1);
  const length = Date.UTC(first + 1, 7, 1) - start;
  let offset = utc(isoDate) - start;
  if (offset < 0) offset += length; // July of the first calendar year: drawn in July's place
  return Math.min(offset, length - 1) / length;
}

/** The wheel's month boundaries as fractions, for the twelve sectors. */
export function monthFractions(schoolYear: string): { label: string; start: number; end: number }[] {
  const first = Number(schoolYear.slice(0, 4));
  const start = Date.UTC(first, 7, 1);
  const length = Date.UTC(first + 1, 7, 1) - start;
  return WHEEL_MONTHS.map((label, i) => {
    const from = Date.UTC(first, 7 + i, 1) - start;
    const to = Date.UTC(first, 8 + i, 1) - start;
    return { label, start: from / length, end: to / length };
  });
}

/** A point on a circle for a fraction of the year (0 at the top, clockwise). */
export function pointAt(cx: number, cy: number, r: number, fraction: number): [number, number] {
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/** An SVG path along the circle from one fraction to another (clockwise). */
export function arcPath(cx: number, cy: number, r: number, from: number, to: number): string {
  const span = Math.max(to - from, 0.004);
  const [x1, y1] = pointAt(cx, cy, r, from);
  const [x2, y2] = pointAt(cx, cy, r, from + span);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${r} ${r} 0 ${span > 0.5 ? 1 : 0} 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

/** Windows (with an end after their start date) are drawn as arcs; the rest as markers. */
export const isWindow = (e: ResolvedEvent) => e.startDate !== e.endDate;

/** Which ring an event kind is drawn on, outermost first. */
export const LANES: Record<WheelEventKind, number> = {
  dialogueWindow: 0,
  surveyRound: 1,
  documentDeadline: 2,
  boardMeeting: 2,
  milestone: 2,
  checkIn: 3,
};

/** The ring for an event (a kind this tab does not know yet goes with the single days). */
export const laneOf = (kind: string) => LANES[kind as WheelEventKind] ?? 2;

export const KIND_LABELS: Record<WheelEventKind, string> = {
  dialogueWindow: 'Dialog',
  surveyRound: 'TLD-mätning',
  documentDeadline: 'Dokument',
  boardMeeting: 'Nämnden',
  milestone: 'Milstolpe',
  checkIn: 'Avstämning',
};

export const kindLabel = (kind: string) => KIND_LABELS[kind as WheelEventKind] ?? 'Händelse';

/** "1 september" / "1 september – 30 september" / "15 oktober kl. 13:00", Swedish. */
export function describeDates(e: Pick<ResolvedEvent, 'startDate' | 'endDate' | 'time'>): string {
  const day = dayAndMonth;
  if (e.startDate !== e.endDate) return `${day(e.startDate)} – ${day(e.endDate)}`;
  return `${day(e.startDate)}${e.time ? ` kl. ${e.time}` : ''}`;
}

/**
 * The events to show, in date order, with the monthly check-ins folded into one entry (they are
 * drawn as ticks). Each gets the number it carries on the wheel.
 */
export function wheelEntries(events: ResolvedEvent[]) {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  const checkIns = sorted.filter((e) => e.kind === 'checkIn');
  const main = sorted.filter((e) => e.kind !== 'checkIn').map((event, i) => ({ n: i + 1, event }));
  return { main, checkIns };
}
