/**
 * Issue 12.2: the annual follow-up's TLD table, published to the board, must not give a hidden
 * group by subtraction (organiser total × answers − shown school forms × answers = the only
 * F–3 unit's index × its answers): neither with 4 answers (under the threshold) nor with 12 from
 * a unit hidden for its low response rate.
 */
import { AnnualAggregates } from '../../src/app/organiser/annual-aggregates';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
afterAll(() => app.close());

it.each([
  ['4 answers', 4, undefined],
  ['12 answers of 100 students, response rate required 50 %', 12, 100],
] as const)('leaves nothing of the only F–3 unit in total − shown school forms (%s)', async (_, f3Answers, f3Students) => {
  await app?.close();
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' });
  const erik = await app.clientFor('Erik Lund');
  const round = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-10-31' })
  ).body;
  await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' });
  let device = 0;
  const answer = async (unit: string, n: number, value: number) => {
    const code = (await erik.get(`/api/units/${await app.unitId(unit)}/survey/rounds/${round.id}/link`)).body.code;
    const all = Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((q) => [q, value]));
    const replies = await Promise.all(
      Array.from({ length: n }, () =>
        client(app.baseUrl).post(
          `/s/${code}`,
          { answers: all, deviceToken: `annual-device-${device++}-0123456789` },
          { origin: app.services.config.publicUrl },
        ),
      ),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
  };
  if (f3Students) {
    const config = (await erik.get('/api/survey/config')).body;
    expect((await erik.put('/api/survey/config', { ...config, minResponseRate: 0.5 })).status).toBe(200);
    await erik.put(`/api/units/${await app.unitId('Åsens skola')}/survey/rounds/${round.id}/students`, { count: f3Students });
  }
  await answer('Åsens skola', f3Answers, 1); // the only F–3 unit: every answer "stämmer inte alls"
  await answer('Björkskolan', 20, 4);
  await answer('Norrbackaskolan', 20, 4);
  await answer('Sjöviksskolan', 30, 3);
  await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'closed' });

  const s = app.services;
  const tables = await new AnnualAggregates(s.store, s.directory, s.surveys, s.surveyResults, s.statistics, s.settings).forYear(
    round.schoolYear,
  );
  const rows = tables.tldResults.rows.filter((r) => r[0] === round.label) as [
    string,
    string,
    number,
    number | null,
    number | null,
    number | null,
  ][];
  const total = rows.find((r) => String(r[1]).startsWith('Hela huvudmannen (TLD – skola)'))!;
  const forms = rows.filter((r) => !String(r[1]).startsWith('Hela huvudmannen') && r[1] !== 'Förskola' && r[1] !== 'Förskoleklass');
  const f3 = forms.find((r) => String(r[1]).includes('F–3'))!;
  expect(f3[3]).toBeNull();
  if (total[3] !== null) {
    const shown = forms.filter((r) => r[3] !== null);
    const restAnswers = total[2] - shown.reduce((n, r) => n + r[2], 0);
    // The remainder holds none of Åsens skola's answers, or blends them with at least the threshold of others.
    expect(restAnswers === 0 || restAnswers - f3Answers >= 10).toBe(true);
    if (f3Answers >= 10) expect(restAnswers).not.toBe(f3Answers);
  }
  expect(rows.filter((r) => r[3] !== null).length).toBeGreaterThan(0); // not simply all hidden
});
