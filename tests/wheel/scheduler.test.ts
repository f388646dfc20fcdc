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
    const keys = (await app.services.outbox.withState('pending')).map((i) => i.dedupeKey).filter((k) => k.startsWith('documentReminder:plan-ready'));
    expect(keys.filter((k) => k.endsWith(':7'))).toHaveLength(13);
    expect(keys.filter((k) => k.endsWith(':1'))).toHaveLength(13);
  });

  it('skips check-ins for commitments followed up in the last 14 days', async () => {
    app.clock.set(new Date('2026-11-01T10:00:00+01:00')); // the demo's follow-ups are from 20 October
    expect((await tick()).checkIns).toBe(0);
  });

  it('sends a check-in per commitment in progress and principal, once per month', async () => {
    app.clock.set(new Date('2026-12-01T10:00:00+01:00'));
    const first = await tick();
    expect(first.checkIns).toBe(10); // ten units have a 2026/27 plan with one commitment each
    expect((await tick()).checkIns).toBe(0);
    const items = (await app.services.outbox.withState('pending')).filter((i) => i.kind === 'checkIn');
    expect(items).toHaveLength(10);
    expect(items[0].dedupeKey).toMatch(/^checkIn:monthly-check-in:2026-12:/);
  });

  it('does not send the month’s check-ins again later in the month', async () => {
    app.clock.set(new Date('2026-12-09T10:00:00+01:00'));
    expect((await tick()).checkIns).toBe(0);
  });
});
