import { canEditUnitDocuments, canReadUnit } from '../../src/domain/access';
import { DomainError } from '../../src/domain/errors';
import type { Actor } from '../../src/domain/identity';
import {
  assertCanAddGoalArea,
  assertCanRemoveGoalArea,
  latestFollowUp,
  requiredGoalAreas,
  type CommitmentPlan,
} from '../../src/domain/plan';
import { DEFAULT_PROCESS_CONFIG } from '../../src/domain/presets/guideline-2024';

const { planRules, goalAreas } = DEFAULT_PROCESS_CONFIG;

function plan(keys: string[], status: CommitmentPlan['status'] = 'draft'): CommitmentPlan {
  return {
    id: 'p1',
    unitId: 'u1',
    schoolYear: '2026/27',
    status,
    goalAreas: keys.map((key, i) => ({ id: `g${i}`, key, label: key, required: key === 'kunskaper', position: i, commitments: [] })),
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
  return undefined;
}

describe('plan rules (2024 guideline defaults)', () => {
  it('starts a school plan with Kunskaper and a preschool plan with its counterpart', () => {
    expect(requiredGoalAreas(planRules, 'lgr22', goalAreas.lgr22).map((d) => d.label)).toEqual(['Kunskaper']);
    expect(requiredGoalAreas(planRules, 'lpfo18', goalAreas.lpfo18).map((d) => d.label)).toEqual(['Omsorg, utveckling och lärande']);
  });

  it('allows a second and third goal area and stops at a fourth with a Swedish reason', () => {
    expect(assertCanAddGoalArea(plan(['kunskaper']), 'normer-och-varden', planRules, goalAreas.lgr22).label).toBe('Normer och värden');
    expect(
      codeOf(() => assertCanAddGoalArea(plan(['kunskaper', 'normer-och-varden']), 'skola-och-hem', planRules, goalAreas.lgr22)),
    ).toBeUndefined();
    const full = plan(['kunskaper', 'normer-och-varden', 'skola-och-hem']);
    expect(codeOf(() => assertCanAddGoalArea(full, 'rektorns-ansvar', planRules, goalAreas.lgr22))).toBe('PLAN_MAX_GOAL_AREAS');
    expect(() => assertCanAddGoalArea(full, 'rektorns-ansvar', planRules, goalAreas.lgr22)).toThrow(/Högst 3/);
  });

  it('takes the maximum from configuration', () => {
    const two = { ...planRules, maxGoalAreas: 2 };
    expect(codeOf(() => assertCanAddGoalArea(plan(['kunskaper', 'normer-och-varden']), 'skola-och-hem', two, goalAreas.lgr22))).toBe(
      'PLAN_MAX_GOAL_AREAS',
    );
  });

  it('refuses duplicates, unknown areas and changes to a final plan', () => {
    expect(codeOf(() => assertCanAddGoalArea(plan(['kunskaper']), 'kunskaper', planRules, goalAreas.lgr22))).toBe(
      'PLAN_DUPLICATE_GOAL_AREA',
    );
    expect(codeOf(() => assertCanAddGoalArea(plan(['kunskaper']), 'barns-delaktighet-och-inflytande', planRules, goalAreas.lgr22))).toBe(
      'PLAN_UNKNOWN_GOAL_AREA',
    );
    expect(codeOf(() => assertCanAddGoalArea(plan(['kunskaper'], 'final'), 'normer-och-varden', planRules, goalAreas.lgr22))).toBe(
      'PLAN_NOT_EDITABLE',
    );
  });

  it('never removes the required Kunskaper, but removes others', () => {
    const p = plan(['kunskaper', 'normer-och-varden']);
    expect(codeOf(() => assertCanRemoveGoalArea(p, 'g0', planRules, 'lgr22'))).toBe('PLAN_REQUIRED_GOAL_AREA');
    expect(assertCanRemoveGoalArea(p, 'g1', planRules, 'lgr22').key).toBe('normer-och-varden');
  });

  it('finds the latest follow-up by date', () => {
    const base = { commitmentId: 'c', note: '', authorId: 'a', authorName: 'A' };
    const c = {
      id: 'c',
      goalAreaId: 'g',
      title: '',
      description: '',
      intendedEffects: '',
      boardGoalIds: [],
      successFactors: [],
      position: 0,
      activities: [],
      followUps: [
        { ...base, id: '1', date: '2026-10-01', status: 'onTrack' as const },
        { ...base, id: '2', date: '2026-11-01', status: 'offTrack' as const },
        { ...base, id: '3', date: '2026-09-01', status: 'atRisk' as const },
      ],
    };
    expect(latestFollowUp(c)?.status).toBe('offTrack');
  });
});

describe('access by role and unit', () => {
  const principal: Actor = { userId: 'p', displayName: 'P', appRoles: [], memberships: [{ unitId: 'u1', role: 'principal' }] };
  const staff: Actor = { userId: 's', displayName: 'S', appRoles: [], memberships: [{ unitId: 'u1', role: 'staff' }] };
  const organiser: Actor = { userId: 'o', displayName: 'O', appRoles: ['organiser'], memberships: [] };
  const board: Actor = { userId: 'b', displayName: 'B', appRoles: ['board'], memberships: [] };

  it.each([
    ['principal of the unit', principal, 'u1', true, true],
    ['principal of another unit', principal, 'u2', false, false],
    ['staff of the unit', staff, 'u1', true, false],
    ['organiser', organiser, 'u2', true, false],
    ['board member (reads only what is published)', board, 'u1', false, false],
  ])('%s', (_label, actor, unit, read, edit) => {
    expect(canReadUnit(actor, unit)).toBe(read);
    expect(canEditUnitDocuments(actor, unit)).toBe(edit);
  });
});
