/**
 * Opening a TLD round within the SharePoint budget: on the Graph fake (RU costed by Microsoft's
 * table through the app's own meter) and a virtual clock shared by the meter and the background
 * loops, the organiser opens a round for 300 units. The request records the decision (the round's
 * status and one work item); the leader's drain makes each unit's link and queues its principal's
 * notice, five units a step, paced by BudgetPacer. A principal who opens their QR page before the
 * drain reached their unit gets the link there and then, and the drain makes it no second time.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLimitedConnector, type LimitedConnector } from '../../bench/fanout/fake-connector';
import { writeMunicipality } from '../../bench/year/municipality';
import { GraphBudget, type GraphOperation } from '../../src/adapters/graph/graph-budget';
import { queryAll } from '../../src/app/ports/list-store';
import { UNITS_PER_ITEM } from '../../src/app/survey/survey-opening';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { VirtualTimer } from '../support/virtual-timer';

const UNITS = 300;
const RU_PER_MINUTE = 1200;
const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };

let fake: FakeGraphServer;
let connector: LimitedConnector;
let dir: string;
let app: Awaited<ReturnType<typeof composeApp>> | undefined;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  fake.maxPageSize = 5000;
  // Teams' limits are another test's subject (tests/instances): here only the budget paces.
  connector = await startLimitedConnector({
    app: [{ count: 100_000, windowMs: 1000 }],
    conversation: [{ count: 100_000, windowMs: 1000 }],
  });
  dir = mkdtempSync(join(tmpdir(), 'ska-tld-open-'));
});
afterAll(async () => {
  await app?.close();
  await connector.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('opens a 300-unit TLD round in a request of a few writes, no minute above half the budget, every link and notice once', async () => {
  const timer = new VirtualTimer(2);
  const byMinute = new Map<number, number>();
  let counting = false;
  // The request's own cost: its Graph calls run in its async context (the background loop in its own).
  const request = new AsyncLocalStorage<boolean>();
  let requestRu = 0;
  const onOperation = (op: GraphOperation) => {
    if (!counting) return;
    if (request.getStore()) requestRu += op.ru;
    const minute = Math.floor(timer.now() / 60_000);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + op.ru);
  };
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA);
  const store = openGraphStore(fake, { siteId, budget: new GraphBudget(RU_PER_MINUTE, () => timer.now()), onOperation });
  await store.verify(LIST_SCHEMA);
  const municipality = await writeMunicipality(store, UNITS, connector.url);
  const config = parseConfig({
    SKA_STAGE: 'test',
    PORT: '0',
    SKA_DATA_DIR: dir,
    SKA_SEED_DEMO: 'false',
    SKA_CHECK_RESPONSES: 'false',
    SKA_GRAPH_RU_PER_MINUTE: String(RU_PER_MINUTE),
  });
  app = await composeApp(config, { clock: timer.clock, store, log: quiet, background: { scheduler: false, timer } });
  const s = app.services;
  await timer.advance(5_000); // start-up: the leader claims the lease
  const organiser = await s.directory.actorFor((await s.directory.person(municipality.organiserIds[0]))!);
  const tld = await s.surveys.createRound(organiser, {
    schoolYear: '2026/27',
    period: 'autumn',
    opensOn: '2026-11-23',
    closesOn: '2026-12-18',
  });
  await timer.advance(60_000);

  counting = true;
  const start = timer.now();
  const opened = await request.run(true, () => s.surveys.setStatus(organiser, tld.id, 'open'));
  const ruOfRequest = requestRu;
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
  counting = false;

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
