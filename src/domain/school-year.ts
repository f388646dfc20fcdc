import { DomainError } from './errors';

/** A school year (läsår) runs August–June and is written "2025/26"; in URLs "2025-26". */
export type SchoolYear = string;

const DISPLAY = /^(\d{4})\/(\d{2})$/;
const URL_FORM = /^(\d{4})-(\d{2})$/;

function checked(start: number, end: number, raw: string): SchoolYear {
  if ((start + 1) % 100 !== end) {
    throw new DomainError('VALIDATION_FAILED', `Läsåret "${raw}" är inte två på varandra följande år, t.ex. 2025/26.`);
  }
  return `${start}/${String(end).padStart(2, '0')}`;
}

/** Accepts "2025/26" or "2025-26"; returns the display form "2025/26". */
export function parseSchoolYear(raw: string): SchoolYear {
  const m = DISPLAY.exec(raw) ?? URL_FORM.exec(raw);
  if (!m) throw new DomainError('VALIDATION_FAILED', `"${raw}" är inte ett läsår. Skriv t.ex. 2025/26.`);
  return checked(Number(m[1]), Number(m[2]), raw);
}

export const schoolYearToUrl = (year: SchoolYear) => year.replace('/', '-');

export function startYear(year: SchoolYear): number {
  return Number(parseSchoolYear(year).slice(0, 4));
}

export function schoolYearStarting(start: number): SchoolYear {
  return checked(start, (start + 1) % 100, String(start));
}

/**
 * The school year a calendar date (given as year and 1-based month in Swedish time)
 * belongs to. July counts to the coming year: planning for it starts before August.
 */
export function schoolYearOf(year: number, month: number): SchoolYear {
  return schoolYearStarting(month >= 7 ? year : year - 1);
}

/** The school year a day ("YYYY-MM-DD", Swedish time: a Clock's today()) belongs to: the current school year is schoolYearOfDay(clock.today()). */
export function schoolYearOfDay(day: string): SchoolYear {
  const [year, month] = day.split('-').map(Number);
  return schoolYearOf(year, month);
}

export const previousSchoolYear = (year: SchoolYear) => schoolYearStarting(startYear(year) - 1);
