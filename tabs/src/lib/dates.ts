/** Dates as the plan stores them: YYYY-MM-DD, in the person's own calendar. */

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** "i dag", "i går", "för 12 dagar sedan" (or the date, if it lies ahead). */
export function sinceText(iso: string, today: string = todayIso()): string {
  const days = daysBetween(iso, today);
  if (days < 0) return `den ${iso}`;
  if (days === 0) return 'i dag';
  if (days === 1) return 'i går';
  return `för ${days} dagar sedan`;
}

/** A formatter made on first use: each costs milliseconds to make, and the module is in the first bundle. */
function lazyFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat('sv-SE', options));
}

const DAY_MONTH = lazyFormat({ day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "1 september" for "2026-09-01": the month named by the browser's Swedish calendar, not a list of our own. */
export const dayAndMonth = (iso: string) => DAY_MONTH().format(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`));

const ZONE = 'Europe/Stockholm';
const TIME = lazyFormat({ hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const DATE_TIME = lazyFormat({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Minutes a zone is ahead of UTC at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(at)
      .map((x) => [x.type, Number(x.value)]),
  );
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000;
}

/** " (svensk tid)" where the person's own clock shows another time than Sweden's, else nothing. */
export const zoneNote = (at: Date, zone: string = browserZone()) =>
  offsetMinutes(at, zone) === offsetMinutes(at, ZONE) ? '' : ' (svensk tid)';

/** "10:42", in Swedish time (with "(svensk tid)" when the browser is on another). */
export const clockTime = (at: number | string | Date, zone?: string) => TIME().format(new Date(at)) + zoneNote(new Date(at), zone);

/** "23 nov. 2026 10:42", in Swedish time (with "(svensk tid)" when the browser is on another). */
export const dateTime = (at: number | string | Date, zone?: string) => DATE_TIME().format(new Date(at)) + zoneNote(new Date(at), zone);

/** A datetime-local value ("2026-11-23T13:00") read as Swedish wall-clock time, whatever the browser's zone: the instant (ISO). */
export function swedishLocalToIso(local: string): string {
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  let t = asUtc - offsetMinutes(new Date(asUtc), ZONE) * 60_000;
  t = asUtc - offsetMinutes(new Date(t), ZONE) * 60_000; // again, across a change to or from summer time
  return new Date(t).toISOString();
}
