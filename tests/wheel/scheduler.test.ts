/**
 * The year wheel's tick, driven by the Clock: what falls due is enqueued once, however often the
 * tick runs. Check-ins skip commitments followed up lately; deadline reminders go to the
 * principals of units whose document is not there yet.
 */
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.sender.stop(); // nothing here needs delivering
});
afterAll(() => app.close());

const tick = () => app.services.scheduler!.tick();

describe('the year wheel tick', () => {
  it('enqueues the plan deadline reminder a week before, once, and the one-day reminder the day before', async () => {
    app.clock.set(new Date('2026-08-25T10:00:00+02:00'));
    const first = await tick();
    expect(first).toMatchObject({ schoolYear: '2026/27', dialogueReminders: 0, checkIns: 0 });
    // Every demo plan for 2026/27 is a draft or not started: each unit's principal is reminded.
    expect(first.documentReminders).toBe(13);
    expect(await tick()).toMatchObject({ documentReminders: 0, checkIns: 0, dialogueReminders: 0 });

    app.clock.set(new Date('2026-08-31T09:00:00+02:00'));
    expect((await tick()).documentReminders).toBe(13);
    expect((await tick()).documentReminders).toBe(0);
    const keys = (await app.services.outbox.withState('pending'))
      .map((i) => i.dedupeKey)
      .filter((k) => k.startsWith('documentReminder:plan-ready'));
    expect(keys.filter((k) => k.endsWith(':7'))).toHaveLength(13);
    expect(keys.filter((k) => k.endsWith(':1'))).toHaveLength(13);
  });

  it('sends no check-in for a draft plan, nor for commitments followed up in the last 14 days', async () => {
    app.clock.set(new Date('2026-11-01T10:00:00+01:00')); // the demo's follow-ups are from 20 October
    expect((await tick()).checkIns).toBe(0); // every 2026/27 plan is still a draft
    // Anna and Sofia mark a plan each ready; Norrbackaskolan's gets a second commitment, not yet followed up.
    const people = await app.services.directory.people();
    for (const [principal, name] of [
      ['Anna Berg', 'Lärkans förskola'],
      ['Sofia Lind', 'Norrbackaskolan'],
    ]) {
      const actor = await app.services.directory.actorFor(people.find((p) => p.displayName === principal)!);
      const unitId = await app.unitId(name);
      let doc = (await app.services.plans.get(actor, unitId, '2026/27'))!;
      doc = await app.services.plans.transition(actor, unitId, '2026/27', doc.etag, 'ready');
      if (name === 'Norrbackaskolan')
        await app.services.plans.addCommitment(actor, unitId, '2026/27', doc.etag, doc.plan.goalAreas[0].id, {
          title: 'Studiero i klassrummet',
        });
    }
    app.clock.set(new Date('2026-11-02T10:00:00+01:00'));
    const items = (await app.services.outbox.withState('pending')).filter((i) => i.kind === 'checkIn');
    expect(await tick()).toMatchObject({ checkIns: 1 }); // Norrbackaskolan's new commitment; the others were followed up on 20 October
    const [card] = (await app.services.outbox.withState('pending')).filter((i) => i.kind === 'checkIn' && !items.includes(i));
    expect((card.payload as any).commitmentIds).toHaveLength(1);
  });

  it('sends one check-in per unit with a ready plan and principal, covering its commitments in progress, once per month', async () => {
    app.clock.set(new Date('2026-12-01T10:00:00+01:00'));
    const first = await tick();
    expect(first.checkIns).toBe(2); // Norrbackaskolan (two commitments) and Lärkans förskola (one); the drafts none
    expect((await tick()).checkIns).toBe(0);
    const items = (await app.services.outbox.withState('pending')).filter((i) => i.kind === 'checkIn' && i.dedupeKey.includes(':2026-12:'));
    expect(items).toHaveLength(2);
    expect(items.map((i) => (i.payload as any).commitmentIds.length).sort()).toEqual([1, 2]);
    expect(items[0].dedupeKey).toMatch(/^checkIn:monthly-check-in:2026-12:/);
  });

  it('does not send the month’s check-ins again later in the month', async () => {
    app.clock.set(new Date('2026-12-09T10:00:00+01:00'));
    expect((await tick()).checkIns).toBe(0);
  });
});
