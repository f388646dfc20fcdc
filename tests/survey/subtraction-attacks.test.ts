/**
 * The subtraction attacks of issue 12, tried on the published figures of a round: whatever an
 * attacker subtracts from what is shown, no hidden group's answers come out.
 */
import { compute, type RoundResults } from '../../src/app/survey/survey-results-service';
import type { SchoolUnit } from '../../src/app/store/records';
import { DEFAULT_SURVEY_CONFIG, type SurveyConfig } from '../../src/domain/survey';
import type { SchoolForm } from '../../src/domain/school-forms';

const round = {
  id: 'r1',
  schoolYear: '2026/27',
  period: 'autumn' as const,
  respondents: 'children' as const,
  label: 'TLD oktober 2026',
  opensOn: '2026-10-01',
  closesOn: '2026-10-31',
  status: 'open' as const,
};
const unit = (id: string, schoolForm: SchoolForm): SchoolUnit => ({
  id,
  name: `Enhet ${id}`,
  schoolForm,
  schoolUnitCode: '',
  koladaId: '',
});
const answersOf = (unitId: string, n: number, value: number) =>
  Array.from({ length: n }, () => ({ unitId, gradeBand: '', answers: { t1: value, l1: value, d1: value } }));

/** Everything an attacker can read: per group, answers and the distribution of t1 when shown. */
function shownT1(r: RoundResults) {
  const t1 = (g: { shown: boolean; questions?: { id: string; distribution: Record<number, number> }[] }) =>
    g.shown ? g.questions!.find((q) => q.id === 't1')!.distribution : undefined;
  return {
    units: new Map(r.units.map((u) => [u.unitId, t1(u)])),
    forms: new Map(r.schoolForms.map((f) => [f.schoolForm, t1(f)])),
    total: t1(r.totals.find((t) => t.questionSet === 'tld-skola')!),
  };
}
const minus = (a: Record<number, number>, ...bs: Record<number, number>[]) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[+k] - bs.reduce((s, b) => s + b[+k], 0)]));

describe('subtraction between published totals', () => {
  // Sjöviks kommun's shape: the only F–3 unit has 4 answers; the rest are large.
  const units = [
    unit('f3', 'compulsoryF3'),
    unit('a', 'compulsoryF6'),
    unit('b', 'compulsoryF6'),
    unit('c', 'compulsory79'),
    unit('d', 'compulsory79'),
  ];
  const answers = [
    ...answersOf('f3', 4, 1),
    ...answersOf('a', 30, 4),
    ...answersOf('b', 25, 4),
    ...answersOf('c', 40, 3),
    ...answersOf('d', 35, 3),
  ];
  const r = compute(round, units, DEFAULT_SURVEY_CONFIG, new Map(), answers);
  const seen = shownT1(r);

  it('organiser total − shown school-form totals does not give the only F–3 unit', () => {
    expect(seen.forms.get('compulsoryF3')).toBeUndefined();
    expect(seen.total).toBeDefined(); // 134 answers: the total itself is shown
    {
      const shownForms = [...seen.forms.values()].filter((d): d is Record<number, number> => !!d);
      const rest = minus(seen.total!, ...shownForms);
      const restCount = Object.values(rest).reduce((s, n) => s + n, 0);
      // What is left over must be the F–3 unit blended with at least the threshold of others.
      expect(restCount === 0 || restCount - 4 >= DEFAULT_SURVEY_CONFIG.minAnswers).toBe(true);
    }
  });

  it('no total minus the units shown inside it leaves fewer than the threshold', () => {
    for (const form of ['compulsoryF6', 'compulsory79'] as const) {
      const f = seen.forms.get(form);
      if (!f) continue;
      const inside = r.units.filter((u) => u.schoolForm === form && u.shown).map((u) => seen.units.get(u.unitId)!);
      const rest = Object.values(minus(f, ...inside)).reduce((s, n) => s + n, 0);
      expect(rest === 0 || rest >= DEFAULT_SURVEY_CONFIG.minAnswers).toBe(true);
    }
  });
});

describe('a unit hidden for a low response rate', () => {
  const config: SurveyConfig = { ...DEFAULT_SURVEY_CONFIG, minResponseRate: 0.5 };
  // The only 7–9 unit: 40 of 200 students answered (20 %).
  const units = [unit('low', 'compulsory79'), unit('a', 'compulsoryF6'), unit('b', 'compulsoryF6')];
  const answers = [...answersOf('low', 40, 1), ...answersOf('a', 30, 4), ...answersOf('b', 30, 4)];
  const r = compute(
    round,
    units,
    config,
    new Map([
      ['low', 200],
      ['a', 40],
      ['b', 40],
    ]),
    answers,
  );
  const seen = shownT1(r);

  it('is hidden itself', () => {
    expect(r.units.find((u) => u.unitId === 'low')).toMatchObject({ shown: false, hiddenReason: 'lowResponseRate' });
  });

  it('is not shown as a one-unit school-form total', () => {
    expect(seen.forms.get('compulsory79')).toBeUndefined();
  });

  it('does not come out of the organiser total minus what else is shown', () => {
    expect(seen.total).toBeDefined();
    const others = [...seen.forms.entries()].filter(([f, d]) => f !== 'compulsory79' && d).map(([, d]) => d!);
    const rest = minus(seen.total!, ...others);
    const restCount = Object.values(rest).reduce((s, n) => s + n, 0);
    expect(restCount === 0 || restCount - 40 >= config.minAnswers).toBe(true);
  });
});
