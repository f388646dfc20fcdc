/** How TLD results are put into words and ordered for the results view. */
import type { GroupResult, TldArea, UnitSurveyResults } from '../../api/organiser-types';
import { HIDDEN_REASON_TEXT } from '../../lib/figures';

/** Why a group's results are not shown, as a sentence for the principal. */
export function hiddenMessage(result: GroupResult, minAnswers: number): string {
  if (result.hiddenReason === 'lowResponseRate')
    return 'Resultatet visas inte: för låg andel av eleverna har svarat. Påminn gärna fler att svara.';
  if (result.hiddenReason === 'protectsOthers')
    return 'Resultatet visas inte, eftersom det annars skulle gå att räkna fram svaren för en annan liten grupp. Det visas när fler har svarat.';
  return `Resultat visas när minst ${minAnswers} har svarat.`;
}

export const hiddenShort = (r: GroupResult) => `Dolt (${HIDDEN_REASON_TEXT[r.hiddenReason ?? 'fewAnswers']})`;

/** The rounds oldest first (October → April), for the trend. */
export function roundsInOrder(results: UnitSurveyResults) {
  return [...results.rounds].sort((a, b) => a.round.opensOn.localeCompare(b.round.opensOn));
}

/** The round to look at first: the newest with answers, else the newest. */
export function currentRound(results: UnitSurveyResults) {
  const ordered = roundsInOrder(results);
  return [...ordered].reverse().find((r) => r.unit.answers > 0) ?? ordered[ordered.length - 1];
}

export const indexOf = (r: GroupResult | undefined, area: TldArea) => (r?.shown ? (r.index?.[area] ?? null) : null);

/** The guideline's months: October in the autumn, April in the spring, within the school year. */
export function defaultRoundDates(schoolYear: string, period: 'autumn' | 'spring'): { opensOn: string; closesOn: string } {
  const first = Number(schoolYear.slice(0, 4));
  return period === 'autumn'
    ? { opensOn: `${first}-10-01`, closesOn: `${first}-10-31` }
    : { opensOn: `${first + 1}-04-01`, closesOn: `${first + 1}-04-30` };
}

export const ROUND_STATUS_LABELS: Record<string, string> = { planned: 'Planerad', open: 'Öppen', closed: 'Stängd' };
