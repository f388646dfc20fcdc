import { DEFAULT_YEAR_WHEEL, dueReminderOffset, resolveYearWheel, upcomingFor, type YearWheel } from '../../src/domain/year-wheel';
import { validateYearWheel } from '../../src/domain/year-wheel-validation';
import { swedishToInstant, swedishOffsetMinutes, formatSwedishMeeting } from '../../src/domain/swedish-time';

const byKey = (year: string) => new Map(resolveYearWheel(DEFAULT_YEAR_WHEEL, year).map((e) => [e.key, e]));

describe('the 2024 year wheel resolved for 2026/27', () => {
  const events = byKey('2026/27');

  it('places the dialogue windows, TLD rounds and board meetings in the right calendar year', () => {
    expect(events.get('conditions-dialogue')).toMatchObject({ startDate: '2026-09-01', endDate: '2026-09-30' });
    expect(events.get('process-dialogue')).toMatchObject({ startDate: '2026-11-01', endDate: '2027-02-28' });
    expect(events.get('results-dialogue')).toMatchObject({ startDate: '2027-05-01', endDate: '2027-06-15' });
    expect(events.get('tld-autumn')).toMatchObject({ startDate: '2026-10-01', endDate: '2026-10-31' });
    expect(events.get('tld-spring')).toMatchObject({ startDate: '2027-04-01', endDate: '2027-04-30' });
    expect(events.get('board-february')).toMatchObject({ startDate: '2027-02-15', time: '18:00', start: '2027-02-15T17:00:00.000Z' });
    expect(events.get('board-october')).toMatchObject({ startDate: '2026-10-15', time: '13:00', start: '2026-10-15T11:00:00.000Z' });
  });

  it('starts a window at Swedish midnight and ends it when its last day ends', () => {
    const w = events.get('conditions-dialogue')!;
    expect(w.start).toBe('2026-08-31T22:00:00.000Z'); // 00:00 CEST
    expect(w.end).toBe('2026-09-30T22:00:00.000Z'); // 00:00 on 1 October
    const p = events.get('process-dialogue')!;
    expect(p.start).toBe('2026-10-31T23:00:00.000Z'); // 00:00 CET, after the change
  });

  it('puts the document deadlines before their dialogues', () => {
    expect(events.get('plan-ready')!.start <= events.get('conditions-dialogue')!.start).toBe(true);
    expect(events.get('plan-ready')).toMatchObject({
      document: 'plan',
      requirement: 'readyForDialogue',
      startDate: '2026-08-31',
      start: '2026-08-31T14:00:00.000Z',
    });
    expect(events.get('report-started')).toMatchObject({
      document: 'report',
      requirement: 'started',
      startDate: '2027-04-30',
      start: '2027-04-30T14:00:00.000Z',
    });
    expect(events.get('report-started')!.start <= events.get('results-dialogue')!.start).toBe(true);
  });

  it('has one check-in per month of the cadence', () => {
    const checkIns = resolveYearWheel(DEFAULT_YEAR_WHEEL, '2026/27').filter((e) => e.kind === 'checkIn');
    expect(checkIns.map((e) => e.startDate)).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
    ]);
    expect(new Set(checkIns.map((e) => e.key)).size).toBe(8);
  });

  it('maps 08:00 Stockholm to different UTC hours in October and November (DST ends 25 October 2026)', () => {
    const wheel: YearWheel = {
      events: [
        {
          key: 'morning',
          kind: 'checkIn',
          label: 'Morgon',
          audience: ['principal'],
          months: [10, 11],
          day: 20,
          time: '08:00',
          skipIfFollowedUpWithinDays: 0,
        },
      ],
    };
    const [oct, nov] = resolveYearWheel(wheel, '2026/27');
    expect(oct.start).toBe('2026-10-20T06:00:00.000Z');
    expect(nov.start).toBe('2026-11-20T07:00:00.000Z');
    // Either side of the change night itself.
    expect(swedishToInstant('2026-10-24', '08:00').toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(swedishToInstant('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(swedishOffsetMinutes(new Date('2027-03-28T00:30:00Z'))).toBe(60);
    expect(swedishOffsetMinutes(new Date('2027-03-28T01:30:00Z'))).toBe(120);
  });

  it('does not depend on the server’s time zone', () => {
    expect(process.env.TZ === undefined || typeof process.env.TZ === 'string').toBe(true);
    expect(formatSwedishMeeting(new Date('2026-09-15T07:00:00Z'), new Date('2026-09-15T09:00:00Z'))).toBe(
      'tisdag 15 september 2026 kl. 09:00–11:00',
    );
  });

  it('shows each role what concerns it and is not over yet', () => {
    const all = resolveYearWheel(DEFAULT_YEAR_WHEEL, '2026/27');
    const now = new Date('2026-11-23T10:00:00+01:00');
    const board = upcomingFor(all, ['board'], now).map((e) => e.key);
    expect(board).toEqual(['board-february']);
    const principal = upcomingFor(all, ['principal'], now).map((e) => e.key);
    expect(principal).toContain('process-dialogue');
    expect(principal).not.toContain('conditions-dialogue');
    expect(principal).not.toContain('board-february');
  });
});

describe('reminder offsets', () => {
  const deadline = new Date('2026-09-01T08:00:00+02:00');
  it('sends the most imminent reminder whose day has come, and none after the deadline', () => {
    expect(dueReminderOffset(deadline, [7, 1], new Date('2026-08-20T10:00:00+02:00'))).toBeUndefined();
    expect(dueReminderOffset(deadline, [7, 1], new Date('2026-08-25T07:00:00+02:00'))).toBe(7);
    expect(dueReminderOffset(deadline, [7, 1], new Date('2026-08-31T10:00:00+02:00'))).toBe(1);
    expect(dueReminderOffset(deadline, [7, 1], new Date('2026-09-01T09:00:00+02:00'))).toBeUndefined();
  });
});

describe('editing the wheel: bad dates get clear Swedish messages', () => {
  const base = DEFAULT_YEAR_WHEEL.events;
  const edited = (patch: (e: any) => any, key: string): YearWheel => ({
    events: base.map((e) => (e.key === key ? patch(structuredClone(e)) : e)),
  });

  it('accepts the default', () => {
    expect(validateYearWheel(DEFAULT_YEAR_WHEEL)).toEqual([]);
  });

  it('refuses 30 February', () => {
    const problems = validateYearWheel(edited((e) => ({ ...e, date: { month: 2, day: 30 } }), 'board-february'));
    expect(problems.map((p) => p.message)).toEqual(['Nämnden: läsårets verksamhetsplan, datum: 30 februari finns inte.']);
  });

  it('refuses a window that ends before it starts (in school-year order)', () => {
    const problems = validateYearWheel(
      edited((e) => ({ ...e, start: { month: 9, day: 30 }, end: { month: 9, day: 1 } }), 'conditions-dialogue'),
    );
    expect(problems[0].message).toBe(
      'Förutsättningsdialoger: slutdatumet (1 september) ligger före startdatumet (30 september) i läsåret.',
    );
    // November to February is fine: it runs over the new year.
    expect(validateYearWheel(edited((e) => e, 'process-dialogue'))).toEqual([]);
  });

  it('refuses 29 February, a bad time, a check-in on the 31st and a duplicate key', () => {
    const wheel: YearWheel = {
      events: [
        ...base,
        { key: 'x', kind: 'boardMeeting', label: 'Extra', audience: ['board'], date: { month: 2, day: 29 }, time: '25:00' },
        {
          key: 'x',
          kind: 'checkIn',
          label: 'Varje månad',
          audience: ['principal'],
          months: [1, 1],
          day: 31,
          time: '09:00',
          skipIfFollowedUpWithinDays: 0,
        },
      ],
    };
    const messages = validateYearWheel(wheel).map((p) => p.message);
    expect(messages).toEqual([
      'Extra, datum: 29 februari finns bara vissa år. Välj 28 februari.',
      'Extra: tiden "25:00" ska skrivas som TT:MM, t.ex. 08:00.',
      'Varje månad: nyckeln "x" används av flera händelser.',
      'Varje månad: samma månad finns flera gånger.',
      'Varje månad: dag 31 finns inte i alla månader. Välj en dag mellan 1 och 28.',
    ]);
  });
});
