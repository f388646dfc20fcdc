/**
 * Survey rounds as the year wheel plans them: each preset's own months and respondents (TLD in
 * October and April, a student survey in February or March, students and guardians in
 * September–October), not a fixed autumn and spring.
 */
import { MONTH_NAMES } from './swedish-time';
import type { SchoolYear } from './school-year';
import type { Respondents } from './survey';
import { dateInSchoolYear, type YearWheel } from './year-wheel';

export type RoundPeriod = 'autumn' | 'spring';

export interface PlannedRound {
  /** The year wheel event the round comes from. */
  eventKey: string;
  label: string;
  respondents: Respondents;
  period: RoundPeriod;
  opensOn: string;
  closesOn: string;
}

/** July–December is the school year's autumn, January–June its spring. */
export const periodOf = (date: string): RoundPeriod => (Number(date.slice(5, 7)) >= 7 ? 'autumn' : 'spring');

/** "Elevenkät februari 2027": the wheel's name for the round (without its "(hösten)"), its month and year. */
export function roundLabel(name: string, opensOn: string): string {
  const base = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return `${base} ${MONTH_NAMES[Number(opensOn.slice(5, 7)) - 1]} ${opensOn.slice(0, 4)}`;
}

/** The school year's survey rounds from the wheel, in order of opening. */
export function plannedRounds(wheel: YearWheel, year: SchoolYear): PlannedRound[] {
  const rounds: PlannedRound[] = [];
  for (const e of wheel.events) {
    if (e.kind !== 'surveyRound') continue;
    const opensOn = dateInSchoolYear(year, e.start);
    rounds.push({
      eventKey: e.key,
      label: roundLabel(e.label, opensOn),
      respondents: e.respondents ?? 'children',
      period: periodOf(opensOn),
      opensOn,
      closesOn: dateInSchoolYear(year, e.end),
    });
  }
  return rounds.sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.eventKey.localeCompare(b.eventKey));
}

/** A round is one per respondents and half of the school year: two the wheel plans alike would share it. */
export function surveyRoundClashes(wheel: YearWheel, year: SchoolYear): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const r of plannedRounds(wheel, year)) {
    const slot = `${r.respondents}:${r.period}`;
    const other = seen.get(slot);
    if (other)
      problems.push(
        `${r.label}: det finns redan en enkät till samma svarande under ${r.period === 'autumn' ? 'hösten' : 'våren'} (${other}).`,
      );
    else seen.set(slot, r.label);
  }
  return problems;
}
