/**
 * Idle costs nothing: two app instances (composeApp, background on: leader loop, tick, sender)
 * on one store, left alone on a fake clock. Every store call is costed by SharePoint's documented
 * resource units (single read 1, query/create/update/delete 2; see tests/support/metered-store.ts).
 * Target: each instance ≤ 1,000 RU a day.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { MeteredStore } from '../support/metered-store';
import { DEMO_NOW } from '../support/test-app';
import { VirtualTimer } from '../support/virtual-timer';

const HOUR = 3600_000;
let dir: string;
const apps: Awaited<ReturnType<typeof composeApp>>[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  rmSync(dir, { recursive: true, force: true });
});

it('an idle instance spends at most 1,000 RU a day, leader or not', async () => {
  dir = mkdtempSync(join(tmpdir(), 'ska-idle-'));
  const timer = new VirtualTimer();
  const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_DATA_DIR: dir });
  const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };
  const stores: MeteredStore[] = [];
  for (let i = 0; i < 2; i++) {
    const store = new MeteredStore(new SqliteListStore(join(dir, 'ska.db')));
    stores.push(store);
    apps.push(await composeApp(config, { clock: new FixedClock(DEMO_NOW), log: quiet, store, background: { scheduler: true, timer } }));
  }
  await timer.advance(60_000); // start-up: both look at the lease, one leads, ticks and drains
  for (const s of stores) s.reset();

  await timer.advance(HOUR);
  const hour = stores.map((s) => s.ru);
  await timer.advance(23 * HOUR);
  const day = stores.map((s) => s.ru);

  const leader = apps.findIndex((a) => a.background.isLeader());
  expect(leader).toBeGreaterThanOrEqual(0);
  expect(apps.filter((a) => a.background.isLeader())).toHaveLength(1);
  for (const [i, s] of stores.entries()) {
    console.log(
      `${i === leader ? 'leader  ' : 'follower'}: idle hour ${hour[i]} RU, idle day ${day[i]} RU (${s.calls} calls) — ${s.breakdown().join('; ')}`,
    );
  }
  for (const ru of day) expect(ru).toBeLessThanOrEqual(1000);
  expect(day[leader]).toBeGreaterThan(0); // it did look: the figure is real, not a stopped loop
  expect(apps[leader].background.stats.ticks).toBeGreaterThanOrEqual(24);
});
