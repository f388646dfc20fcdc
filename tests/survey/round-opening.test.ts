/**
 * Opening a round as background work (survey-opening.ts, how SharePoint runs it): the request marks
 * the round open and queues one work item; a principal who opens the QR page before the drain
 * reached their unit gets the link there and then (with last round's student count); the drain
 * then gives every unit its link and every principal a notice once, and running it again makes
 * nothing new. Here on SQLite with the opening's queue caught, so the items are performed by hand.
 */
import type { NewOutboxItem, OutboxItem } from '../../src/app/outbox/outbox-items';
import { queryAll } from '../../src/app/ports/list-store';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let bjork: string;
beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

const newRound = async (period: 'autumn' | 'spring', opensOn: string, closesOn: string) =>
  (await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period, opensOn, closesOn })).body.id as string;
const linkOf = (roundId: string) => anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/link`);

it('opens in the background: the link on demand first, then every unit and principal once', async () => {
  const { surveys, store, directory } = app.services;
  // Last round opened inline (SQLite): Björkskolan's count is carried to the next.
  const autumn = await newRound('autumn', '2026-10-01', '2026-11-30');
  expect((await erik.post(`/api/survey/rounds/${autumn}/status`, { status: 'open' })).status).toBe(200);
  expect((await anna.put(`/api/units/${bjork}/survey/rounds/${autumn}/students`, { count: 31 })).status).toBe(200);

  const queued: NewOutboxItem[] = [];
  surveys.opening.queue = { enqueue: async (items) => queued.push(...items) };
  try {
    const spring = await newRound('spring', '2027-04-01', '2027-04-30');
    expect((await linkOf(spring)).status).toBe(404); // planned: no link yet
    expect((await erik.post(`/api/survey/rounds/${spring}/status`, { status: 'open' })).status).toBe(200);
    expect(await surveys.links(spring)).toHaveLength(0);
    expect(queued.map((i) => i.kind)).toEqual(['surveyRoundSetup']);

    const early = await linkOf(spring);
    expect(early.status).toBe(200);
    expect(early.body.studentCount).toBe(31);
    expect((await linkOf(spring)).body.code).toBe(early.body.code); // asked again: the same link

    let paced = 0;
    const drain = async () => {
      for (let i = 0; i < queued.length; i++) await surveys.opening.perform(queued[i] as unknown as OutboxItem, async () => void paced++);
    };
    await drain();
    const units = await directory.allUnits();
    const links = await surveys.links(spring);
    expect(links.map((l) => l.unitId).sort()).toEqual(units.map((u) => u.id).sort());
    expect(links.find((l) => l.unitId === bjork)?.code).toBe(early.body.code);
    expect(paced).toBeGreaterThanOrEqual(Math.ceil(units.length / 5)); // a pacing look before each step
    const notices = async () => (await queryAll(store, 'outbox', { source: `survey:${spring}` })).map((i) => i.fields.dedupeKey);
    const first = await notices();
    expect(first).toHaveLength((await directory.principals()).length);
    expect(new Set(first).size).toBe(first.length);

    // A retry or a takeover repeats the items: nothing new.
    queued.splice(1);
    await drain();
    expect(await surveys.links(spring)).toHaveLength(units.length);
    expect((await notices()).sort()).toEqual([...first].sort());
  } finally {
    surveys.opening.queue = undefined;
  }
});
