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

/** Previous school year of "2026/27" → "2025/26". */
export function previousSchoolYear(year: string): string {
  const start = Number(year.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const TIME = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

/** "10:42", in Swedish time. */
export const clockTime = (at: number | string | Date) => TIME.format(new Date(at));

/** "23 nov. 2026 10:42", in Swedish time. */
export const dateTime = (at: number | string | Date) => DATE_TIME.format(new Date(at));
