/**
 * GET /api/me/waiting also says what the year asks now: the organiser's dialogue rounds to create
 * and send, an open TLD round where few of the principal's pupils have answered (a bound, never a
 * count), and the year wheel's document deadlines for the principal's units.
 */
import { client } from '../support/http';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let lisa: ReturnType<typeof client>;
let bjork = '';
const token = (i: number) => `device-token-${String(i).padStart(6, '0')}-waiting`;
const all = (v: number) => Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((id) => [id, v]));
const waiting = async (who: ReturnType<typeof client>) => {
  const r = await who.get('/api/me/waiting');
  expect(r.status).toBe(200);
  return r.body as any[];
};

beforeAll(async () => {
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' });
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  lisa = await app.clientFor('Lisa Ström');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

describe('what the year asks, in /api/me/waiting', () => {
  it('asks the organiser to create the round of an open dialogue window, then to send it, and then no more', async () => {
    const create = (await waiting(erik)).find((i) => i.kind === 'roundToSend');
    expect(create).toMatchObject({
      title: 'Skapa dialogomgången: Processdialoger',
      detail: '1 november – 28 februari, ingen dialogomgång är skapad',
      target: { view: 'dialogues' },
    });
    expect((await waiting(anna)).some((i) => i.kind === 'roundToSend')).toBe(false);

    const created = await erik.post('/api/dialogues', {
      kind: 'process',
      schoolYear: '2026-27',
      groups: [{ name: 'Björkskolan', unitIds: [bjork], start: '2026-12-08T13:00:00+01:00', end: '2026-12-08T14:00:00+01:00' }],
    });
    expect(created.status).toBe(201);
    const send = (await waiting(erik)).filter((i) => i.kind === 'roundToSend');
    expect(send).toEqual([
      expect.objectContaining({ title: `Skicka inbjudningarna: ${created.body.title}`, target: { view: 'dialogues' } }),
    ]);

    expect((await erik.post(`/api/dialogues/${created.body.id}/invitations`)).status).toBe(202);
    expect((await waiting(erik)).some((i) => i.kind === 'roundToSend')).toBe(false);
  });

  it('tells the principal, not the staff, that few have answered an open TLD round: a bound, no count', async () => {
    const round = (
      await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-11-01', closesOn: '2026-11-30' })
    ).body;
    expect((await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' })).status).toBe(200);
    expect((await anna.put(`/api/units/${bjork}/survey/rounds/${round.id}/students`, { count: 40 })).status).toBe(200);
    const code = (await anna.get(`/api/units/${bjork}/survey/rounds/${round.id}/link`)).body.code;
    const answer = async (i: number) =>
      expect(
        (
          await client(app.baseUrl).post(
            `/s/${code}`,
            { answers: all(3), deviceToken: token(i) },
            { origin: app.services.config.publicUrl },
          )
        ).status,
      ).toBe(201);
    for (let i = 0; i < 3; i++) await answer(i);

    const few = (await waiting(anna)).find((i) => i.kind === 'tldFewAnswers');
    expect(few).toMatchObject({
      title: `Få har svarat på ${round.label}`,
      detail: 'Svarsfrekvensen är under 50 %. Påminn om länken innan mätningen stänger 30 november.',
      unitId: bjork,
      unitName: 'Björkskolan',
      dueDate: '2026-11-30',
      target: { view: 'survey' },
    });
    // Three answers of forty: neither the count nor the exact rate (7,5 %) is said.
    expect(JSON.stringify(few)).not.toMatch(/\b3\b|7[,.]5|\b40\b/);
    expect((await waiting(lisa)).some((i) => i.kind === 'tldFewAnswers')).toBe(false);
    expect((await waiting(erik)).some((i) => i.kind === 'tldFewAnswers')).toBe(false);

    // Half the class: no longer "few" (the open round's figures are cached for a moment).
    for (let i = 3; i < 20; i++) await answer(i);
    app.clock.set(new Date(DEMO_NOW.getTime() + 10 * 60_000));
    expect((await waiting(anna)).some((i) => i.kind === 'tldFewAnswers')).toBe(false);
  });

  it('names the year wheel’s deadline for the principal’s report in the preset’s words, until it is met', async () => {
    app.clock.set(new Date('2027-04-10T10:00:00+02:00'));
    const deadline = (await waiting(anna)).find((i) => i.kind === 'deadline' && i.unitId === bjork);
    expect(deadline).toMatchObject({
      title: 'Läsårsrapporten ska vara påbörjad senast 30 april',
      detail: 'Läsårsrapporten påbörjad · om 20 dagar',
      unitName: 'Björkskolan',
      dueDate: '2027-04-30',
      target: { view: 'document', unitId: bjork, schoolYear: '2026/27', doc: 'report' },
    });
    expect((await waiting(lisa)).some((i) => i.kind === 'deadline')).toBe(false);
    expect((await anna.post(`/api/units/${bjork}/reports/2026-27`)).status).toBe(201);
    expect((await waiting(anna)).some((i) => i.kind === 'deadline' && i.unitId === bjork)).toBe(false);
  });
});
