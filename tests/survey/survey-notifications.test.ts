import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
});
afterAll(() => app.close());

async function surveyItems() {
  return (await app.services.store.query('outbox', { top: 500 })).items.filter((i) => i.fields.kind === 'surveyNotice');
}

describe('the bot and the TLD round', () => {
  let roundId: string;

  it('sends every principal their units’ links when the round opens, once', async () => {
    roundId = (
      await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-11-01', closesOn: '2026-11-30' })
    ).body.id;
    await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'open' });
    const items = await surveyItems();
    expect(items).toHaveLength(13); // one per unit's principal (Anna twice: two units)
    const anna = (await app.services.directory.people()).find((p) => p.displayName === 'Anna Berg')!;
    expect(items.filter((i) => i.fields.personId === anna.id)).toHaveLength(2);
    await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'open' });
    expect(await surveyItems()).toHaveLength(13);

    const item = (await app.services.outbox.get(items[0].id))!;
    const message = await app.services.surveyNotifications.compose(item);
    expect(message).toMatchObject({ kind: 'notice', view: { title: 'TLD november 2026 har öppnat' } });
    expect(JSON.stringify(message)).toMatch(/\/s\/[A-Za-z0-9_-]{22}/);
  });

  it('nudges only where few have answered, from the middle of the round, at most weekly', async () => {
    const bjork = await app.unitId('Björkskolan');
    const anna = await app.clientFor('Anna Berg');
    await anna.put(`/api/units/${bjork}/survey/rounds/${roundId}/students`, { count: 25 });
    const code = (await anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/link`)).body.code;
    const origin = { origin: app.services.config.publicUrl };
    await Promise.all(
      [0, 1, 2].map((i) =>
        client(app.baseUrl).post(`/s/${code}`, { answers: { t1: 3 }, deviceToken: `nudge-device-${i}-0123456789` }, origin),
      ),
    );

    app.clock.set(new Date('2026-11-10T09:00:00+01:00')); // before the middle
    expect((await app.services.scheduler!.tick()).surveyReminders).toBe(0);
    app.clock.set(new Date('2026-11-17T09:00:00+01:00'));
    const first = await app.services.scheduler!.tick();
    expect(first.surveyReminders).toBe(1); // Björkskolan's principal: 3 of 25
    expect((await app.services.scheduler!.tick()).surveyReminders).toBe(0); // same week: nothing new
    const nudge = (await surveyItems()).find((i) => String(i.fields.payload).includes('lowResponse'))!;
    const message = await app.services.surveyNotifications.compose((await app.services.outbox.get(nudge.id))!);
    expect(message).toMatchObject({ kind: 'notice', view: { title: 'Få har svarat på TLD november 2026 på Björkskolan' } });
    expect(JSON.stringify(message)).toContain('12 %');
  });
});
