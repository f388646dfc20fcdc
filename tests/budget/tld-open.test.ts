/**
 * Opening a TLD round within the SharePoint budget: on the Graph fake (RU costed by Microsoft's
 * table through the app's own meter) and a virtual clock shared by the meter and the background
 * loops, the organiser opens a round for 300 units. The request records the decision (the round's
 * status and one work item); the leader's drain makes each unit's link and queues its principal's
 * notice, five units a step, paced by BudgetPacer. A principal who opens their QR page before the
 * drain reached their unit gets the link there and then, and the drain makes it no second time.
 */
import { queryAll } from '../../src/app/ports/list-store';
import { UNITS_PER_ITEM } from '../../src/app/survey/survey-opening';
import { openBudgetBed, RU_PER_MINUTE, type BudgetBed } from './budget-bed';

const UNITS = 300;

let bed: BudgetBed;
beforeAll(async () => {
  bed = await openBudgetBed();
});
afterAll(() => bed.close());

it('opens a 300-unit TLD round in a request of a few writes, no minute above half the budget, every link and notice once', async () => {
  const { app, s, store, timer, byMinute, meter, request, municipality, organiser } = await bed.start(UNITS);
  const connector = bed.connector;
  const tld = await s.surveys.createRound(organiser, {
    schoolYear: '2026/27',
    period: 'autumn',
    opensOn: '2026-11-23',
    closesOn: '2026-12-18',
  });
  await timer.advance(60_000);

  meter.counting = true;
  const start = timer.now();
  const opened = await request.run(true, () => s.surveys.setStatus(organiser, tld.id, 'open'));
  const ruOfRequest = meter.requestRu;
  expect(opened.status).toBe('open');
  // The drain makes links in the order of unit ids: the last unit's principal opens the QR page first.
  const late = [...municipality.unitIds].sort().at(-1)!;
  const principal = await s.directory.actorFor((await s.directory.person(municipality.principalOf.get(late)!))!);
  expect(await queryAll(store, 'surveyLinks', { roundId: tld.id, unitId: late })).toHaveLength(0);
  const early = await s.surveys.linkFor(principal, late, tld.id);
  expect(early.code).toMatch(/\S{8,}/);

  const notices = () => queryAll(store, 'outbox', { source: `survey:${tld.id}` });
  let delivered = 0;
  // Virtual time runs on (the pacer's waits pass) until every principal's notice is delivered.
  while (delivered < UNITS && timer.now() - start < 4 * 3600_000) {
    await timer.advance(10_000);
    const ids = new Set((await notices()).map((i) => i.id));
    delivered = [...connector.stats.deliveries.keys()].filter((id) => ids.has(id)).length;
  }
  meter.counting = false;

  const minutes = [...byMinute.values()];
  const busiest = Math.max(...minutes);
  const total = minutes.reduce((a, b) => a + b, 0);
  console.log(
    `TLD round opened for ${UNITS} units: the request ${ruOfRequest} RU; ${total} RU over ` +
      `${Math.ceil((timer.now() - start) / 60_000)} virtual minutes, busiest minute ${busiest} RU of ${RU_PER_MINUTE}; ` +
      `work items done ${app.sender.stats.performed}, notices sent ${app.sender.stats.sent}`,
  );
  expect(ruOfRequest).toBeLessThanOrEqual(40); // the decision in a few writes, not the round's work
  expect(busiest).toBeLessThanOrEqual(RU_PER_MINUTE / 2);
  expect(byMinute.size).toBeGreaterThan(2); // the work was spread, not done in one minute
  // Every unit's link once; the one made on demand is the one the drain found.
  const links = await s.surveys.links(tld.id);
  expect(links).toHaveLength(UNITS);
  expect(new Set(links.map((l) => l.unitId))).toEqual(new Set(municipality.unitIds));
  expect(new Set(links.map((l) => l.code)).size).toBe(UNITS);
  expect(links.find((l) => l.unitId === late)?.code).toBe(early.code);
  // Each principal's notice once, delivered once, with their unit's link.
  const items = await notices();
  expect(items).toHaveLength(UNITS);
  expect(new Set(items.map((i) => `${String(i.fields.personId)}`))).toEqual(new Set(municipality.principalOf.values()));
  expect(items.every((i) => i.fields.state === 'sent')).toBe(true);
  for (const i of items) expect(connector.stats.deliveries.get(i.id)).toBe(1);
  const work = await queryAll(store, 'outbox', { source: `surveyWork:${tld.id}` });
  expect(work.length).toBe(Math.ceil(UNITS / UNITS_PER_ITEM)); // one item per UNITS_PER_ITEM units, each done once
  expect(work.every((i) => i.fields.state === 'sent')).toBe(true);
}, 300_000);
