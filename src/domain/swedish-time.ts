/**
 * Swedish wall-clock time (Europe/Stockholm) ⇄ instants, with Intl only: the server's own
 * time zone never enters. Reminders and dialogues are set in Swedish time, DST included.
 */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function swedishWallClock(instant: Date): WallClock {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** Minutes Swedish time is ahead of UTC at that instant: 60 in winter, 120 in summer. */
export function swedishOffsetMinutes(instant: Date): number {
  const w = swedishWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant of a Swedish date and time ("2026-10-15", "08:00"). A time skipped by the spring change moves an hour on. */
export function swedishToInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - swedishOffsetMinutes(new Date(wall)) * 60000;
  const corrected = wall - swedishOffsetMinutes(new Date(utc)) * 60000;
  if (corrected !== utc) utc = corrected;
  return new Date(utc);
}

/** YYYY-MM-DD in Sweden at that instant. */
export function swedishDate(instant: Date): string {
  const w = swedishWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** HH:MM in Sweden at that instant. */
export function swedishTime(instant: Date): string {
  const w = swedishWallClock(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** A date moved by whole days, on the calendar (not by 24-hour steps). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const longDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SWEDISH_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "tisdag 15 september 2026 kl. 09:00–11:00", as people read it. */
export function formatSwedishMeeting(start: Date, end?: Date): string {
  const day = longDate.format(start);
  return end ? `${day} kl. ${clock.format(start)}–${clock.format(end)}` : `${day} kl. ${clock.format(start)}`;
}

export function formatSwedishDay(instant: Date): string {
  return longDate.format(instant);
}

export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
