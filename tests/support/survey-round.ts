import type { TestApp } from './test-app';

/** Erik (organiser) creates and opens an autumn TLD round; its id and a unit's link code (Björkskolan by default). */
export async function openRoundWithLink(app: TestApp, unit = 'Björkskolan'): Promise<{ roundId: string; code: string }> {
  const erik = await app.clientFor('Erik Lund');
  const roundId: string = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-11-01', closesOn: '2026-11-30' })
  ).body.id;
  await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'open' });
  const code: string = (await erik.get(`/api/units/${await app.unitId(unit)}/survey/rounds/${roundId}/link`)).body.code;
  return { roundId, code };
}
