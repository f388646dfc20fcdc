/**
 * The test bed of tests/budget: the Graph fake with RU costed by the app's own meter, a fake Bot
 * Connector that does not limit (Teams' limits are tests/instances' subject), and a virtual clock
 * shared by the meter and the background loops. Counts RU per virtual minute and the RU of code
 * run inside `request.run(true, …)` (the organiser's request; the background loop has its own
 * async context).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLimitedConnector, type LimitedConnector } from '../../bench/fanout/fake-connector';
import { writeMunicipality } from '../../bench/year/municipality';
import { GraphBudget, type GraphOperation } from '../../src/adapters/graph/graph-budget';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { VirtualTimer } from '../support/virtual-timer';

export const RU_PER_MINUTE = 1200;
const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };

export interface BudgetBed {
  fake: FakeGraphServer;
  connector: LimitedConnector;
  /** Composes an app for `units` units on a new site, its lease claimed; counting starts off. */
  start(units: number): Promise<MeteredApp>;
  close(): Promise<void>;
}

export async function openBudgetBed(): Promise<BudgetBed> {
  const fake = await FakeGraphServer.start();
  fake.maxPageSize = 5000;
  const connector = await startLimitedConnector({
    app: [{ count: 100_000, windowMs: 1000 }],
    conversation: [{ count: 100_000, windowMs: 1000 }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'ska-budget-'));
  const apps: MeteredApp[] = [];
  return {
    fake,
    connector,
    async start(units) {
      const app = await startMeteredApp(fake, connector, dir, units);
      apps.push(app);
      return app;
    },
    async close() {
      for (const a of apps) await a.app.close();
      await connector.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type MeteredApp = Awaited<ReturnType<typeof startMeteredApp>>;

async function startMeteredApp(fake: FakeGraphServer, connector: LimitedConnector, dir: string, units: number) {
  const timer = new VirtualTimer(2);
  const byMinute = new Map<number, number>();
  const meter = { counting: false, requestRu: 0 };
  const request = new AsyncLocalStorage<boolean>();
  const onOperation = (op: GraphOperation) => {
    if (!meter.counting) return;
    if (request.getStore()) meter.requestRu += op.ru;
    const minute = Math.floor(timer.now() / 60_000);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + op.ru);
  };
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA);
  const store = openGraphStore(fake, { siteId, budget: new GraphBudget(RU_PER_MINUTE, () => timer.now()), onOperation });
  await store.verify(LIST_SCHEMA);
  const municipality = await writeMunicipality(store, units, connector.url);
  const config = parseConfig({
    SKA_STAGE: 'test',
    PORT: '0',
    SKA_DATA_DIR: dir,
    SKA_SEED_DEMO: 'false',
    SKA_CHECK_RESPONSES: 'false',
    SKA_GRAPH_RU_PER_MINUTE: String(RU_PER_MINUTE),
  });
  const app = await composeApp(config, { clock: timer.clock, store, log: quiet, background: { scheduler: false, timer } });
  await timer.advance(5_000); // start-up: the leader claims the lease
  const organiser = await app.services.directory.actorFor((await app.services.directory.person(municipality.organiserIds[0]))!);
  return { app, s: app.services, store, timer, byMinute, meter, request, municipality, organiser };
}
