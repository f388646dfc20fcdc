/**
 * A burst within the SharePoint budget: on the Graph fake (RU costed by Microsoft's table through
 * the app's own meter) and a virtual clock shared by the meter and the background loops, the
 * organiser sends a process-dialogue round for 30 units (principals, three staff each, the
 * organiser) while a TLD class answers. The request records the decision in a few writes; the
 * leader's drain does each group's invitations and cards, paced by BudgetPacer. Shown: no minute
 * of the clock spends more than half of SKA_GRAPH_RU_PER_MINUTE, and every card arrives once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLimitedConnector, type LimitedConnector } from '../../bench/fanout/fake-connector';
import { writeMunicipality } from '../../bench/year/municipality';
import { GraphBudget, type GraphOperation } from '../../src/adapters/graph/graph-budget';
import { queryAll } from '../../src/app/ports/list-store';
import { demoAnswers } from '../../src/app/seed/demo-answers';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { VirtualTimer } from '../support/virtual-timer';

const UNITS = 30;
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
  dir = mkdtempSync(join(tmpdir(), 'ska-budget-'));
});
afterAll(async () => {
  await app?.close();
  await connector.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('sends a 30-unit round with a TLD class answering, no minute above half the budget, every card once', async () => {
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
  const proposal = await s.dialogues.propose(organiser, 'process', '2026/27');
  const round = await s.dialogues.create(organiser, {
    kind: 'process',
    schoolYear: '2026/27',
    groups: proposal.groups.map((g, i) => ({
      name: g.name,
      unitIds: g.unitIds,
      staffIds: g.staffIds,
      start: `2026-12-${String(1 + i).padStart(2, '0')}T09:00:00+01:00`,
      end: `2026-12-${String(1 + i).padStart(2, '0')}T11:00:00+01:00`,
      place: 'Stadshuset',
    })),
  });
  const tld = await s.surveys.createRound(organiser, {
    schoolYear: '2026/27',
    period: 'autumn',
    opensOn: '2026-11-23',
    closesOn: '2026-12-18',
  });
  await s.surveys.setStatus(organiser, tld.id, 'open');
  // On SharePoint the round's links are the leader's background work (survey-opening.ts).
  while ((await s.surveys.links(tld.id)).length < UNITS) await timer.advance(10_000);
  const [link] = await s.surveys.links(tld.id);
  await timer.advance(60_000);

  counting = true;
  const start = timer.now();
  const summary = await request.run(true, () => s.dialogues.sendInvitations(organiser, round.id));
  // A class of 25 answers in the same minutes (the form on their phones).
  const set = municipality.schoolFormOf.get(link.unitId) === 'preschool' ? 'preschool' : 'school';
  const answered = demoAnswers(set, 25, { round: 0, unitSalt: link.unitId }).map((answers, i) =>
    s.surveys.submit(link.code, { answers, deviceToken: `class-${i}` }),
  );
  const roundItems = () => queryAll(store, 'outbox', { source: `round:${round.id}` });
  let delivered = 0;
  const countDelivered = async () => {
    const ids = new Set((await roundItems()).map((i) => i.id));
    delivered = [...connector.stats.deliveries.keys()].filter((id) => ids.has(id)).length;
  };
  // Virtual time runs on (the pacer's waits pass) until every card is delivered.
  while (delivered < summary.invitations && timer.now() - start < 4 * 3600_000) {
    await timer.advance(10_000);
    await countDelivered();
  }
  await Promise.all(answered);
  counting = false;

  const minutes = [...byMinute.values()];
  const busiest = Math.max(...minutes);
  const total = minutes.reduce((a, b) => a + b, 0);
  console.log(
    `round of ${summary.invitations} invitations (${proposal.groups.length} groups) + 25 TLD answers: the request ${requestRu} RU; ` +
      `${total} RU over ${Math.ceil((timer.now() - start) / 60_000)} virtual minutes, busiest minute ${busiest} RU of ${RU_PER_MINUTE}; ` +
      `work items done ${app.sender.stats.performed}, cards sent ${app.sender.stats.sent}`,
  );
  expect(summary.invitations).toBeGreaterThanOrEqual(UNITS * 4); // a principal and three staff a unit, and the organiser
  expect(summary.queued).toBe(summary.invitations);
  expect(requestRu).toBeLessThanOrEqual(40); // the decision in a few writes, not the round's work
  expect(busiest).toBeLessThanOrEqual(RU_PER_MINUTE / 2);
  expect(byMinute.size).toBeGreaterThan(2); // the work was spread, not done in one minute
  // Every invitation once, its card delivered once.
  const invitations = (await queryAll(store, 'dialogueInvitations', { roundId: round.id })).map(
    (i) => `${i.fields.groupId}:${i.fields.personId}`,
  );
  expect(new Set(invitations).size).toBe(invitations.length);
  expect(invitations).toHaveLength(summary.invitations);
  const items = await roundItems();
  expect(items).toHaveLength(summary.invitations);
  expect(items.every((i) => i.fields.state === 'sent')).toBe(true);
  for (const i of items) expect(connector.stats.deliveries.get(i.id)).toBe(1);
  expect(app.surveyWriter.stats.answers).toBe(25);
}, 240_000);
