/**
 * A year wheel tick for 300 units within the SharePoint budget (issue 15 item 5): on the Graph
 * fake (RU costed by Microsoft's table through the app's own meter) and a virtual clock shared by
 * the meter and the background loops, a deadline falls due for every unit at once. The tick reads
 * every unit's plan status in one query (TickReads), queues 300 reminders through the budget
 * pacer (share 0.4), and the sender delivers them, each composed with a fresh status read: no
 * minute above half of 1,200 RU, each reminder once.
 */
import { DEFAULT_YEAR_WHEEL, type YearWheel } from '../../src/domain/year-wheel';
import { queryAll } from '../../src/app/ports/list-store';
import { openBudgetBed, RU_PER_MINUTE, type BudgetBed } from './budget-bed';

const UNITS = 300;

let bed: BudgetBed;
beforeAll(async () => {
  bed = await openBudgetBed();
});
afterAll(() => bed.close());

it('queues and sends a deadline reminder to 300 principals with no minute above half the budget, the statuses in one read', async () => {
  const { app, s, store, timer, byMinute, meter, organiser } = await bed.start(UNITS);
  // The plan deadline a week ahead of the virtual clock (23 November 2026): a reminder for every unit.
  const wheel: YearWheel = {
    events: DEFAULT_YEAR_WHEEL.events.map((e) => (e.key === 'plan-ready' ? { ...e, date: { month: 11, day: 30 } } : e)),
  };
  const stored = await s.yearWheel.get();
  await s.yearWheel.save(organiser, wheel, stored.etag);
  await timer.advance(60_000);

  meter.counting = true;
  const start = timer.now();
  let report: Awaited<ReturnType<typeof app.scheduler.tick>> | undefined;
  const ticked = app.scheduler.tick().then((r) => (report = r));
  const reminders = () => queryAll(store, 'outbox', { source: 'wheel:2026/27' });
  let delivered = 0;
  // Virtual time runs on (the pacer's waits pass) until the tick is done and every reminder delivered.
  while ((!report || delivered < UNITS) && timer.now() - start < 4 * 3600_000) {
    await timer.advance(10_000);
    if (!report) continue;
    const ids = new Set((await reminders()).map((i) => i.id));
    delivered = [...bed.connector.stats.deliveries.keys()].filter((id) => ids.has(id)).length;
  }
  await ticked;
  meter.counting = false;

  const minutes = [...byMinute.values()];
  const busiest = Math.max(...minutes);
  const total = minutes.reduce((a, b) => a + b, 0);
  console.log(
    `tick for ${UNITS} units: ${report?.documentReminders} reminders queued; ${total} RU over ` +
      `${Math.ceil((timer.now() - start) / 60_000)} virtual minutes, busiest minute ${busiest} RU of ${RU_PER_MINUTE}; sent ${app.sender.stats.sent}`,
  );
  expect(report?.documentReminders).toBe(UNITS);
  expect(busiest).toBeLessThanOrEqual(RU_PER_MINUTE / 2);
  expect(byMinute.size).toBeGreaterThan(2); // spread over minutes, not done in one
  const items = await reminders();
  expect(items).toHaveLength(UNITS);
  expect(items.every((i) => i.fields.state === 'sent')).toBe(true);
  for (const i of items) expect(bed.connector.stats.deliveries.get(i.id)).toBe(1);
}, 300_000);
