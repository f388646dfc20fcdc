/**
 * Survey rounds per preset: the year wheel's own months and respondents are proposed to the
 * organiser and created (and opened) from the wheel — a student survey in February under 2018,
 * students and guardians in September–October under 2011, TLD in October and April under 2024.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Expectation {
  preset: string;
  rounds: {
    eventKey: string;
    label: string;
    respondents: 'children' | 'guardians';
    period: 'autumn' | 'spring';
    opensOn: string;
    closesOn: string;
  }[];
}

const EXPECTED: Expectation[] = [
  {
    preset: '2024',
    rounds: [
      {
        eventKey: 'tld-autumn',
        label: 'TLD-mätning oktober 2026',
        respondents: 'children',
        period: 'autumn',
        opensOn: '2026-10-01',
        closesOn: '2026-10-31',
      },
      {
        eventKey: 'tld-spring',
        label: 'TLD-mätning april 2027',
        respondents: 'children',
        period: 'spring',
        opensOn: '2027-04-01',
        closesOn: '2027-04-30',
      },
    ],
  },
  {
    preset: '2020',
    rounds: [
      {
        eventKey: 'student-survey',
        label: 'Elevenkät mars 2027',
        respondents: 'children',
        period: 'spring',
        opensOn: '2027-03-01',
        closesOn: '2027-03-31',
      },
    ],
  },
  {
    preset: '2018',
    rounds: [
      {
        eventKey: 'student-survey',
        label: 'Elevenkät februari 2027',
        respondents: 'children',
        period: 'spring',
        opensOn: '2027-02-01',
        closesOn: '2027-02-28',
      },
    ],
  },
  {
    preset: '2011',
    rounds: [
      {
        eventKey: 'guardian-survey',
        label: 'Vårdnadshavarenkät september 2026',
        respondents: 'guardians',
        period: 'autumn',
        opensOn: '2026-09-15',
        closesOn: '2026-10-15',
      },
      {
        eventKey: 'student-survey',
        label: 'Elevenkät september 2026',
        respondents: 'children',
        period: 'autumn',
        opensOn: '2026-09-15',
        closesOn: '2026-10-15',
      },
    ],
  },
];

describe.each(EXPECTED)('survey rounds under preset $preset', ({ preset, rounds }) => {
  let app: TestApp;
  let erik: ReturnType<typeof client>;
  let anna: ReturnType<typeof client>;

  beforeAll(async () => {
    app = await startTestApp();
    erik = await app.clientFor('Erik Lund');
    anna = await app.clientFor('Anna Berg');
    const tomas = await app.clientFor('Tomas Berg');
    expect((await tomas.post(`/api/admin/presets/${preset}`)).status).toBe(200);
  });
  afterAll(() => app.close());

  it("proposes the wheel's own rounds: months, respondents and names", async () => {
    const proposals = await erik.get('/api/survey/schedule?schoolYear=2026-27');
    expect(proposals.status).toBe(200);
    expect(
      proposals.body.map(({ eventKey, label, respondents, period, opensOn, closesOn }: any) => ({
        eventKey,
        label,
        respondents,
        period,
        opensOn,
        closesOn,
      })),
    ).toEqual(rounds);
    expect(proposals.body.every((p: any) => p.round === undefined)).toBe(true);
    expect((await anna.get('/api/survey/schedule?schoolYear=2026-27')).status).toBe(403);
  });

  it('creates each round from the wheel once, and opens one on request', async () => {
    const [first, ...rest] = rounds;
    const opened = await erik.post(`/api/survey/schedule/${first.eventKey}`, { schoolYear: '2026-27', open: true });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      label: first.label,
      respondents: first.respondents,
      opensOn: first.opensOn,
      closesOn: first.closesOn,
      status: 'open',
    });
    const bjork = await app.unitId('Björkskolan');
    expect((await anna.get(`/api/units/${bjork}/survey/rounds/${opened.body.id}/link`)).body.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Again: the same round, not a second one.
    expect((await erik.post(`/api/survey/schedule/${first.eventKey}`, { schoolYear: '2026-27' })).body.id).toBe(opened.body.id);
    for (const r of rest)
      expect((await erik.post(`/api/survey/schedule/${r.eventKey}`, { schoolYear: '2026-27' })).body).toMatchObject({
        label: r.label,
        status: 'planned',
      });

    const all = (await erik.get('/api/survey/rounds?schoolYear=2026-27')).body;
    expect(all.map((r: any) => r.label).sort()).toEqual(rounds.map((r) => r.label).sort());
    const proposals = (await erik.get('/api/survey/schedule?schoolYear=2026-27')).body;
    expect(proposals.every((p: any) => p.round?.label === p.label)).toBe(true);
  });

  it('refuses a round the wheel does not have, in Swedish, and creates nothing', async () => {
    const before = (await erik.get('/api/survey/rounds?schoolYear=2026-27')).body.length;
    const r = await erik.post('/api/survey/schedule/no-such-survey', { schoolYear: '2026-27' });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('SURVEY_NOT_IN_WHEEL');
    expect(r.body.error.message).toMatch(/Årshjulet har ingen enkät/);
    expect((await erik.post(`/api/survey/schedule/${rounds[0].eventKey}`, { schoolYear: '2026-27', extra: 1 })).status).toBe(400);
    expect((await erik.get('/api/survey/schedule?schoolYear=last-year')).body.error.code).toBe('VALIDATION_FAILED');
    expect((await anna.post(`/api/survey/schedule/${rounds[0].eventKey}`, { schoolYear: '2026-27' })).status).toBe(403);
    expect((await erik.get('/api/survey/rounds?schoolYear=2026-27')).body.length).toBe(before);
  });
});

describe('a year wheel with two rounds for the same respondents in one half-year', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is refused with a Swedish message naming the clash, and the wheel stays as it was', async () => {
    const erik = await app.clientFor('Erik Lund');
    const stored = (await erik.get('/api/year-wheel')).body;
    const extra = {
      key: 'extra-survey',
      kind: 'surveyRound',
      label: 'Extra enkät',
      start: { month: 11, day: 1 },
      end: { month: 11, day: 20 },
      audience: ['principal'],
    };
    const r = await erik.put(
      '/api/year-wheel',
      { ...stored.wheel, events: [...stored.wheel.events, extra] },
      stored.etag ? { 'if-match': stored.etag } : {},
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('YEAR_WHEEL_INVALID');
    expect(r.body.error.message).toMatch(/Extra enkät november 2026: det finns redan en enkät till samma svarande under hösten/);
    // Guardians in the same autumn are another round.
    const guardians = await erik.put(
      '/api/year-wheel',
      { ...stored.wheel, events: [...stored.wheel.events, { ...extra, respondents: 'guardians' }] },
      stored.etag ? { 'if-match': stored.etag } : {},
    );
    expect(guardians.status).toBe(200);
  });
});
