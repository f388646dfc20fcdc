import { groupSizes, proposeDialogueGroups, type GroupingUnit } from '../../src/domain/dialogue-groups';
import { DEFAULT_DIALOGUE_TYPES, dialogueType, outstandingWork, roundProblems } from '../../src/domain/dialogue';
import { backoff, decideAfterFailure, DEFAULT_RETRY_POLICY, parseRetryAfter } from '../../src/domain/outbox-policy';
import { SendPacer, TEAMS_LIMITS } from '../../src/domain/send-pacing';
import type { SchoolForm } from '../../src/domain/school-forms';

const unit = (n: number, form: SchoolForm, principal = `p${n}`): GroupingUnit => ({
  unitId: `${form}-${n}`,
  unitName: `Enhet ${String(n).padStart(2, '0')}`,
  schoolForm: form,
  principals: [{ personId: principal, displayName: `Rektor ${principal}` }],
  staff: [{ personId: `s${n}`, displayName: `Pedagog ${n}` }],
});

describe('group sizes', () => {
  it.each([
    [1, [1]],
    [2, [2]],
    [3, [3]],
    [4, [4]],
    [5, [3, 2]],
    [6, [3, 3]],
    [7, [4, 3]],
    [8, [4, 4]],
    [9, [3, 3, 3]],
    [10, [4, 3, 3]],
    [11, [4, 4, 3]],
    [13, [4, 3, 3, 3]],
    [40, Array(10).fill(4)],
  ])('%i people → %j', (n, sizes) => {
    expect(groupSizes(n)).toEqual(sizes);
  });

  it('never leaves a group of one or two when 3–4 is possible, and never goes over 4', () => {
    for (let n = 6; n <= 60; n++) for (const s of groupSizes(n)) expect(s === 3 || s === 4).toBe(true);
    for (let n = 1; n <= 60; n++) expect(Math.max(...groupSizes(n))).toBeLessThanOrEqual(4);
  });
});

const T = (key: string) => dialogueType(DEFAULT_DIALOGUE_TYPES, key);

describe('proposing dialogue groups', () => {
  it('takes the types from configuration: a workshop for every principal is one group, forms together', () => {
    const workshop = { key: 'workshop', label: 'Workshop om verksamhetsplanen', grouping: 'all' as const };
    const p = proposeDialogueGroups(workshop, [unit(1, 'preschool'), unit(2, 'compulsory79'), unit(3, 'upperSecondary')]);
    expect(p.groups).toHaveLength(1);
    expect(p.groups[0]).toMatchObject({ name: 'Workshop om verksamhetsplanen', principalIds: ['p1', 'p2', 'p3'] });
    expect(() => T('betygsdialog')).toThrow(/Dialogtypen "betygsdialog" finns inte/);
  });

  it('makes 4+3+3 of ten principals of one school form', () => {
    const p = proposeDialogueGroups(
      T('conditions'),
      Array.from({ length: 10 }, (_, i) => unit(i + 1, 'compulsoryF6')),
    );
    expect(p.groups.map((g) => g.principalIds.length)).toEqual([4, 3, 3]);
    expect(p.groups.map((g) => g.name)).toEqual(['Grundskola, grupp 1', 'Grundskola, grupp 2', 'Grundskola, grupp 3']);
    expect(p.groups.every((g) => !g.note)).toBe(true);
  });

  it('never mixes school forms, and says why a group is small', () => {
    const p = proposeDialogueGroups(T('results'), [
      ...Array.from({ length: 4 }, (_, i) => unit(i, 'preschool')),
      unit(10, 'upperSecondary'),
      unit(11, 'upperSecondary'),
    ]);
    expect(p.groups.map((g) => [g.schoolForm, g.unitIds.length])).toEqual([
      ['preschool', 4],
      ['upperSecondary', 2],
    ]);
    expect(p.groups[1].note).toMatch(/Bara 2 rektorer i skolformen gymnasieskola/);
  });

  it('seats a principal of two units of a form once, with both units', () => {
    const p = proposeDialogueGroups(T('conditions'), [
      unit(1, 'preschool', 'leila'),
      unit(2, 'preschool', 'leila'),
      unit(3, 'preschool'),
      unit(4, 'preschool'),
    ]);
    expect(p.groups).toHaveLength(1);
    expect(p.groups[0].principalIds.sort()).toEqual(['leila', 'p3', 'p4']);
    expect(p.groups[0].unitIds).toHaveLength(4);
  });

  it('gives a processdialog one unit with its principal and staff', () => {
    const p = proposeDialogueGroups(T('process'), [unit(1, 'preschool'), unit(2, 'compulsory79')]);
    expect(p.groups.map((g) => [g.unitIds, g.principalIds, g.staffIds])).toEqual([
      [['preschool-1'], ['p1'], ['s1']],
      [['compulsory79-2'], ['p2'], ['s2']],
    ]);
  });

  it('reports units without a principal instead of dropping them silently', () => {
    const p = proposeDialogueGroups(T('conditions'), [{ ...unit(1, 'preschool'), principals: [] }]);
    expect(p.unassigned).toEqual([{ unitId: 'preschool-1', unitName: 'Enhet 01', reason: 'Enheten har ingen rektor i personregistret.' }]);
  });
});

describe('round rules', () => {
  const forms: Record<string, SchoolForm> = { a: 'preschool', b: 'preschool', c: 'compulsory79' };
  const check = (groups: any[], kind: any = 'conditions') =>
    roundProblems({ type: T(kind), windowStart: '2026-09-01', windowEnd: '2026-09-30', groups }, (id) => forms[id]);
  it('refuses a meeting outside the window, an end before the start, and a unit in two groups', () => {
    expect(
      check([{ name: 'G1', unitIds: ['a'], staffIds: [], start: '2026-10-02T09:00:00+02:00', end: '2026-10-02T11:00:00+02:00' }]),
    ).toEqual(['G1: mötet (2026-10-02) ligger utanför perioden 2026-09-01–2026-09-30.']);
    expect(
      check([{ name: 'G1', unitIds: ['a'], staffIds: [], start: '2026-09-02T11:00:00+02:00', end: '2026-09-02T09:00:00+02:00' }]),
    ).toEqual(['G1: mötet slutar innan det börjar.']);
    expect(
      check([
        { name: 'G1', unitIds: ['a'], staffIds: [] },
        { name: 'G2', unitIds: ['a'], staffIds: [] },
      ]),
    ).toEqual(['G2: enheten finns redan i gruppen G1.']);
    expect(check([{ name: 'P', unitIds: ['a', 'b'], staffIds: [] }], 'process')).toEqual(['P: en processdialog gäller en enhet.']);
  });

  it('knows who still has something to do before the dialogue', () => {
    expect(
      outstandingWork(T('conditions'), { role: 'principal', answer: 'accepted' }, [{ name: 'Lärkan', status: 'readyForDialogue' }]),
    ).toBeUndefined();
    expect(outstandingWork(T('conditions'), { role: 'principal', answer: 'accepted' }, [{ name: 'Lärkan', status: 'draft' }])).toEqual({
      answer: false,
      documents: ['Lärkan'],
    });
    expect(outstandingWork(T('results'), { role: 'principal', answer: 'accepted' }, [{ name: 'Lärkan', status: undefined }])).toEqual({
      answer: false,
      documents: ['Lärkan'],
    });
    expect(
      outstandingWork(T('conditions'), { role: 'principal', answer: 'declined' }, [{ name: 'Lärkan', status: 'draft' }]),
    ).toBeUndefined();
    expect(outstandingWork(T('conditions'), { role: 'organiser', answer: 'pending' }, [])).toBeUndefined();
  });
});

describe('outbox retry policy', () => {
  it('waits Retry-After on 429, backs off on 412/502/503/504 and network errors, with bounds', () => {
    expect(decideAfterFailure({ status: 429, retryAfterSeconds: 3, message: '' }, 1)).toEqual({
      action: 'retry',
      delayMs: 3000,
      throttled: true,
    });
    for (const status of [412, 502, 503, 504, undefined]) {
      const d = decideAfterFailure({ status, message: '' }, 2, DEFAULT_RETRY_POLICY, 0);
      expect(d).toEqual({ action: 'retry', delayMs: 1000, throttled: false });
    }
    expect(decideAfterFailure({ status: 503, message: '' }, DEFAULT_RETRY_POLICY.maxAttempts)).toMatchObject({
      action: 'fail',
      reason: 'gaveUp',
    });
    expect(decideAfterFailure({ status: 429, message: '' }, DEFAULT_RETRY_POLICY.maxThrottledAttempts)).toMatchObject({
      action: 'fail',
      reason: 'gaveUp',
    });
    expect(backoff(30, DEFAULT_RETRY_POLICY, 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('marks the app-not-installed and gone-conversation cases permanent', () => {
    expect(decideAfterFailure({ status: 403, code: 'BotNotInConversationRoster', message: '' }, 1)).toMatchObject({
      action: 'fail',
      reason: 'notInstalled',
    });
    expect(decideAfterFailure({ status: 404, code: 'ConversationNotFound', message: '' }, 1)).toMatchObject({
      action: 'fail',
      reason: 'conversationNotFound',
    });
    expect(decideAfterFailure({ status: 400, code: 'BadArgument', message: '' }, 1)).toMatchObject({ action: 'fail', reason: 'rejected' });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-09-01T10:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2);
    expect(parseRetryAfter('Tue, 01 Sep 2026 10:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('send pacing', () => {
  it('holds one conversation to 7 a second, 8 in two seconds, 60 in thirty', () => {
    const pacer = new SendPacer({ ...TEAMS_LIMITS, marginMs: 0, spacingMs: 0 });
    let t = 0;
    const times: number[] = [];
    for (let i = 0; i < 70; i++) {
      t = pacer.nextAt('c1', t);
      pacer.record('c1', t)(t);
      times.push(t);
    }
    const within = (from: number, w: number) => times.filter((x) => x >= from && x < from + w).length;
    for (const start of times) {
      expect(within(start, 1000)).toBeLessThanOrEqual(7);
      expect(within(start, 2000)).toBeLessThanOrEqual(8);
      expect(within(start, 30_000)).toBeLessThanOrEqual(60);
    }
  });

  it('holds a request in flight in the windows until its answer comes', () => {
    const pacer = new SendPacer({ ...TEAMS_LIMITS, marginMs: 0, spacingMs: 0 });
    const answers = Array.from({ length: 7 }, () => pacer.record('c1', 0));
    expect(pacer.nextAt('c1', 0)).toBe(Infinity);
    answers.forEach((answered, i) => answered(100 + i));
    expect(pacer.nextAt('c1', 200)).toBe(1100); // the 8th goes a second after the 1st was answered
  });

  it('holds the app to 50 a second across conversations', () => {
    const pacer = new SendPacer({ ...TEAMS_LIMITS, marginMs: 0, spacingMs: 0 });
    let t = 0;
    for (let i = 0; i < 500; i++) {
      t = pacer.nextAt(`c${i}`, t);
      pacer.record(`c${i}`, t)(t);
    }
    expect(t).toBe(9000); // 500 requests: the first 50 at once, then 50 a second
  });

  it('spreads requests evenly instead of in bursts, also the first ones after idle', () => {
    const pacer = new SendPacer(TEAMS_LIMITS);
    const times: number[] = [];
    let t = 0;
    for (let i = 0; i < 10; i++) {
      t = pacer.nextAt(`c${i}`, t);
      pacer.record(`c${i}`, t)(t + 3);
      times.push(t);
    }
    expect(times).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180]);
  });
});
