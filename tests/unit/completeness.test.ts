import {
  assertCompleteFor,
  missingFor,
  planCompleteness,
  reportCompleteness,
  unansweredComments,
  withoutBlankEntries,
  type CommentLike,
} from '../../src/domain/completeness';
import { DomainError } from '../../src/domain/errors';
import type { CommitmentPlan } from '../../src/domain/plan';
import { YEAR_REPORT_2024 } from '../../src/domain/presets/guideline-2024';

function plan(areas: { key: string; label: string; commitments: string[] }[]): CommitmentPlan {
  return {
    id: 'p1',
    unitId: 'u1',
    schoolYear: '2026/27',
    status: 'draft',
    goalAreas: areas.map((a, i) => ({
      id: `g${i}`,
      key: a.key,
      label: a.label,
      required: i === 0,
      position: i,
      commitments: a.commitments.map((title, j) => ({
        id: `c${i}${j}`,
        goalAreaId: `g${i}`,
        title,
        description: '',
        intendedEffects: '',
        boardGoalIds: [],
        successFactors: [],
        position: j,
        activities: [],
        followUps: [],
      })),
    })),
  };
}

const comment = (c: Partial<CommentLike> & { id: string }): CommentLike => ({
  anchor: 'document',
  parentId: '',
  authorRole: 'organiser',
  resolved: false,
  ...c,
});

function errorOf(fn: () => unknown): DomainError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  return undefined;
}

describe('a plan’s completeness', () => {
  const twoAreas = plan([
    { key: 'kunskaper', label: 'Kunskaper', commitments: ['Läsförståelse i alla ämnen'] },
    { key: 'normer-och-varden', label: 'Normer och värden', commitments: [] },
  ]);

  it('shows each prioritised goal area as klar or saknas, with the reason', () => {
    expect(planCompleteness(twoAreas).sections).toEqual([
      { key: 'goalArea:kunskaper', label: 'Kunskaper', state: 'klar', required: true, reason: '' },
      { key: 'goalArea:normer-och-varden', label: 'Normer och värden', state: 'saknas', required: true, reason: 'Inget åtagande ännu' },
    ]);
  });

  it('is not ready for dialogue, nor final, with an empty goal area; withdrawing and returning never wait', () => {
    const c = planCompleteness(twoAreas);
    expect(missingFor('ready', c)).toEqual(['Normer och värden: minst ett åtagande']);
    expect(missingFor('finalise', c)).toEqual(['Normer och värden: minst ett åtagande']);
    expect(missingFor('withdraw', c)).toEqual([]);
    expect(missingFor('reopen', c)).toEqual([]);
    const e = errorOf(() => assertCompleteFor('ready', c, { kind: 'plan', label: 'Åtagandeplan' }));
    expect(e?.code).toBe('PLAN_INCOMPLETE');
    expect(e?.message).toBe(
      'Åtagandeplanen kan inte markeras som klar för dialog än. Det här saknas: Normer och värden: minst ett åtagande.',
    );
    expect(e?.details).toEqual({ missing: ['Normer och värden: minst ett åtagande'] });
    expect(errorOf(() => assertCompleteFor('reopen', c, { kind: 'plan', label: 'Åtagandeplan' }))).toBeUndefined();
  });

  it('may be marked ready with an unanswered organiser comment, but not finalised until it is answered or resolved', () => {
    const full = plan([{ key: 'kunskaper', label: 'Kunskaper', commitments: ['Läsförståelse i alla ämnen'] }]);
    const open = [comment({ id: '1', anchor: 'commitment:c00' }), comment({ id: '2', anchor: 'goalArea:kunskaper' }), comment({ id: '3' })];
    const c = planCompleteness(full, open);
    expect(missingFor('ready', c)).toEqual([]);
    expect(missingFor('finalise', c)).toEqual([
      'Obesvarad kommentar: Läsförståelse i alla ämnen',
      'Obesvarad kommentar: Kunskaper',
      'Obesvarad kommentar: hela åtagandeplanen',
    ]);
    expect(errorOf(() => assertCompleteFor('finalise', c, { kind: 'plan', label: 'Åtagandeplan' }))?.message).toMatch(
      /^Åtagandeplanen kan inte fastställas än/,
    );

    const settled = [
      ...open,
      comment({ id: '4', parentId: '1', authorRole: 'principal' }), // answered by the principal
      comment({ id: '5', parentId: '2', authorRole: 'organiser' }), // the organiser adding to it is no answer
    ].map((x) => (x.id === '3' ? { ...x, resolved: true } : x));
    expect(missingFor('finalise', planCompleteness(full, settled))).toEqual(['Obesvarad kommentar: Kunskaper']);
  });

  it('does not count the principal’s own comments as waiting for an answer', () => {
    expect(unansweredComments([comment({ id: '1', authorRole: 'principal' })], () => 'x')).toEqual([]);
  });
});

describe('a report’s completeness', () => {
  const thePlan = plan([{ key: 'kunskaper', label: 'Kunskaper', commitments: ['Läsförståelse'] }]);

  it('names every required section still empty, and counts a development need with no text as none', () => {
    const c = reportCompleteness(
      YEAR_REPORT_2024,
      { analysisStructure: 'Två nya speciallärare.', developmentNeeds: [{ text: '   ' }] },
      thePlan,
    );
    expect(c.sections.map((s) => [s.label, s.state, s.required])).toEqual([
      ['Resultat och effekter per åtagande', 'saknas', false],
      ['TLD-resultat', 'saknas', false],
      ['Statistik och andra resultat', 'saknas', false],
      ['Strukturkvalitet', 'klar', true],
      ['Processkvalitet', 'saknas', true],
      ['Resultatkvalitet', 'saknas', true],
      ['Utvecklingsbehov', 'saknas', true],
    ]);
    expect(missingFor('ready', c)).toEqual(['Processkvalitet', 'Resultatkvalitet', 'Utvecklingsbehov']);
    expect(errorOf(() => assertCompleteFor('ready', c, { kind: 'report', label: 'Läsårsrapport' }))?.code).toBe('REPORT_INCOMPLETE');
  });

  it('shows results per commitment as klar once every commitment has both fields', () => {
    const half = reportCompleteness(YEAR_REPORT_2024, { commitmentResults: { c00: { results: 'Bättre.', effects: '' } } }, thePlan);
    expect(half.sections[0].state).toBe('saknas');
    const whole = reportCompleteness(
      YEAR_REPORT_2024,
      { commitmentResults: { c00: { results: 'Bättre.', effects: 'Eleverna läser mer.' } } },
      thePlan,
    );
    expect(whole.sections[0].state).toBe('klar');
  });

  it('is not finalised with an unanswered organiser comment on a section', () => {
    const content = { analysisStructure: 'a', analysisProcess: 'b', analysisResult: 'c', developmentNeeds: [{ text: 'Studiero' }] };
    const c = reportCompleteness(YEAR_REPORT_2024, content, thePlan, [comment({ id: '9', anchor: 'section:analysisResult' })]);
    expect(missingFor('ready', c)).toEqual([]);
    expect(missingFor('finalise', c)).toEqual(['Obesvarad kommentar: Resultatkvalitet']);
  });
});

describe('blank list entries', () => {
  it('are dropped, and the others kept as written, with their goal area', () => {
    expect(withoutBlankEntries([{ text: 'Studiero ', goalAreaKey: 'normer-och-varden' }, { text: '' }, { text: '  \n' }])).toEqual([
      { text: 'Studiero ', goalAreaKey: 'normer-och-varden' },
    ]);
  });
});
