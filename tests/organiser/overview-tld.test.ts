/**
 * The overview's TLD columns come from a summary kept when the round closes: a server started
 * afterwards shows the same figures without reading a single answer.
 */
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { client } from '../support/http';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
});
afterAll(() => app.close());

const answers = (v: number) => Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((id) => [id, v]));

it('sums up a round when it closes, and a later first load reads the summary, not the answers', async () => {
  const round = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-11-30' })
  ).body;
  await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' });
  const bjork = await app.unitId('Björkskolan');
  const [link] = (await app.services.store.query('surveyLinks', { where: { roundId: round.id, unitId: bjork } })).items;
  for (let i = 0; i < 12; i++)
    await app.services.surveys.submit(String(link.fields.code), {
      answers: answers(i % 3 === 0 ? 2 : 4),
      deviceToken: `overview-device-${i}-abcdef`,
    });

  const open = (await erik.get('/api/overview/2026-27')).body.units.find((u: any) => u.unit.id === bjork).tld[0];
  expect(open).toMatchObject({ answers: 12, shown: true });
  expect((await app.services.store.query('settings', { where: { name: `tldSummary:${round.id}` } })).items).toHaveLength(0); // open: counted live

  expect((await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'closed' })).status).toBe(200);
  const [summary] = (await app.services.store.query('settings', { where: { name: `tldSummary:${round.id}` } })).items;
  expect(JSON.parse(String(summary.fields.value)).units[bjork]).toMatchObject({ answers: 12, shown: true, index: open.index });

  // A server started now (nothing in memory) answers from the summary.
  const second = await composeApp(parseConfig({ SKA_STAGE: 'test', SKA_DATA_DIR: app.dataDir }), {
    clock: new FixedClock(DEMO_NOW),
    store: app.services.store,
    log: { info: () => undefined, error: () => undefined },
    background: { sender: false, scheduler: false },
  });
  const reads: string[] = [];
  const query = second.services.store.query.bind(second.services.store);
  const spy = jest.spyOn(second.services.store, 'query').mockImplementation((list, q) => {
    reads.push(list);
    return query(list, q);
  });
  try {
    const actor = await second.services.directory.actorFor(
      (await second.services.directory.people()).find((p) => p.displayName === 'Erik Lund')!,
    );
    const result = await second.services.overview.get(actor, '2026-27');
    expect(result.units.find((u) => u.unit.id === bjork)!.tld[0]).toEqual(open);
    expect(reads).not.toContain('surveyAnswers');
  } finally {
    spy.mockRestore();
  }
});
