/**
 * A check-in day for 300 units within the SharePoint budget (issue 15 item 5; bench/year's
 * busiest minute was a check-in tick at 06:00): every unit's plan is marked ready with its
 * commitments in progress, and the monthly check-in falls due for all of them at once. The tick
 * reads every plan tree in a few queries and queues 300 cards, and the sender composes each with
 * the unit's own plan read: every Graph request of the tick waits for the budget pacer
 * (Scheduler.paced), the sender paces per card, so no minute goes above half of 1,200 RU and each
 * card goes out once.
 */
import { DEFAULT_YEAR_WHEEL, type YearWheel } from '../../src/domain/year-wheel';
import type { SchoolForm } from '../../src/domain/school-forms';
import { queryAll } from '../../src/app/ports/list-store';
import { commitmentSeeds, demoContentOf } from '../../src/app/seed/demo-municipality';
import { openBudgetBed, RU_PER_MINUTE, type BudgetBed } from './budget-bed';

const UNITS = 300;
const YEAR = '2026/27';

let bed: BudgetBed;
beforeAll(async () => {
  bed = await openBudgetBed();
});
afterAll(() => bed.close());

it('queues and sends the monthly check-in to 300 principals with no minute above half the budget', async () => {
  const { app, s, store, timer, byMinute, meter, organiser, municipality: m } = await bed.start(UNITS);
  // Every plan started with its commitments and marked ready, as in August (not counted).
  for (const unitId of m.unitIds) {
    const principal = await s.directory.actorFor((await s.directory.person(m.principalOf.get(unitId)!))!);
    const seeds = commitmentSeeds(demoContentOf(m.schoolFormOf.get(unitId) as SchoolForm));
    const started = await s.plans.start(principal, unitId, YEAR, seeds);
    await s.plans.transition(principal, unitId, YEAR, started.etag, 'ready');
  }
  // The check-in dated today, 23 November 2026 (the virtual clock's day), an hour before its 10:00.
  const wheel: YearWheel = {
    events: DEFAULT_YEAR_WHEEL.events.map((e) => (e.kind === 'checkIn' ? { ...e, months: [11], day: 23, time: '09:00' } : e)),
  };
  await s.yearWheel.save(organiser, wheel, (await s.yearWheel.get()).etag);
  await timer.advance(60_000);

  meter.counting = true;
  const start = timer.now();
  let report: Awaited<ReturnType<typeof app.scheduler.tick>> | undefined;
  const ticked = app.scheduler.tick().then((r) => (report = r));
  const cards = () => queryAll(store, 'outbox', { source: `wheel:${YEAR}` });
  let delivered = 0;
  while ((!report || delivered < UNITS) && timer.now() - start < 4 * 3600_000) {
    await timer.advance(10_000);
    if (!report) continue;
    const ids = new Set((await cards()).map((i) => i.id));
    delivered = [...bed.connector.stats.deliveries.keys()].filter((id) => ids.has(id)).length;
  }
  await ticked;
  meter.counting = false;

  const minutes = [...byMinute.values()];
  const busiest = Math.max(...minutes);
  console.log(
    `check-in tick for ${UNITS} units: ${report?.checkIns} cards queued; ${minutes.reduce((a, b) => a + b, 0)} RU over ` +
      `${Math.ceil((timer.now() - start) / 60_000)} virtual minutes, busiest minute ${busiest} RU of ${RU_PER_MINUTE}`,
  );
  expect(report?.checkIns).toBe(UNITS);
  expect(busiest).toBeLessThanOrEqual(RU_PER_MINUTE / 2);
  expect(byMinute.size).toBeGreaterThan(2);
  const items = await cards();
  expect(items).toHaveLength(UNITS);
  expect(items.every((i) => i.fields.kind === 'checkIn' && i.fields.state === 'sent')).toBe(true);
  for (const i of items) expect(bed.connector.stats.deliveries.get(i.id)).toBe(1);
}, 600_000);
