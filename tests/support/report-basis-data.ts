/**
 * TLD and key figures for last school year (2025/26) at Björkskolan, made through the app's own
 * paths: the autumn round closed with enough answers, the spring round closed with too few (hidden),
 * and Kolada's figures for 2023–2025 with the national comparison.
 */
import { demoKoladaResponse } from '../../src/app/seed/demo-kolada';
import { DEMO_UNITS } from '../../src/app/seed/demo-municipality';
import type { TestApp } from './test-app';

const QUESTIONS = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];

/** The i-th child's answers: mostly positive, varied so that shares have decimals. */
const answersOf = (i: number) =>
  Object.fromEntries(QUESTIONS.map((id, q) => [id, (i * 7 + q * 3) % 10 < 7 ? 3 + ((i + q) % 2) : 1 + ((i + q) % 2)]));

export async function seedReportBasis(app: TestApp, counts = { autumn: 23, spring: 4 }) {
  const erik = await app.clientFor('Erik Lund');
  const anna = await app.clientFor('Anna Berg');
  const bjork = await app.unitId('Björkskolan');
  const rounds: Record<string, string> = {};
  for (const [period, opensOn, closesOn] of [
    ['autumn', '2025-10-01', '2025-10-31'],
    ['spring', '2026-04-01', '2026-04-30'],
  ] as const) {
    const round = (await erik.post('/api/survey/rounds', { schoolYear: '2025-26', period, opensOn, closesOn })).body;
    await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' });
    const code = (await anna.get(`/api/units/${bjork}/survey/rounds/${round.id}/link`)).body.code;
    await anna.put(`/api/units/${bjork}/survey/rounds/${round.id}/students`, { count: 30 });
    for (let i = 0; i < counts[period]; i++)
      await app.services.surveys.submit(code, {
        answers: answersOf(i),
        deviceToken: `basis-${period}-${String(i).padStart(4, '0')}-device`,
      });
    await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'closed' });
    rounds[period] = round.id;
  }
  const kolada = Buffer.from(JSON.stringify(demoKoladaResponse(DEMO_UNITS, 2025))).toString('base64');
  const imported = await erik.post('/api/statistics/kolada/import', { contentBase64: kolada });
  if (imported.status !== 200) throw new Error(`Kolada import: ${imported.status} ${JSON.stringify(imported.body)}`);
  return { bjork, rounds };
}
