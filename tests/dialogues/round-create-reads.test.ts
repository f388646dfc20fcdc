/**
 * Creating a dialogue round reads set-based (issue 15 item 5): its staff are checked against one
 * read of the people list and its groups' units come from the round's own check, so the store
 * reads of the organiser's request do not grow with the number of units and staff (bench/year:
 * the process round for 300 units read 900 people and 300 units one by one, 1,514 requests, and
 * took its minute to 698 RU). Only the groups' creates grow, and those go in one batch call.
 */
import { groupsMeetingAt } from '../support/dialogue-groups';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMunicipality } from '../../bench/year/municipality';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { swedishToInstant } from '../../src/domain/swedish-time';
import { MeteredStore } from '../support/metered-store';

const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function roundCreation(units: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ska-round-reads-'));
  dirs.push(dir);
  const store = new MeteredStore(new SqliteListStore(join(dir, 'store.db')));
  const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_DATA_DIR: dir, SKA_SEED_DEMO: 'false', SKA_CHECK_RESPONSES: 'false' });
  const clock = new FixedClock(swedishToInstant('2026-10-26', '09:00'));
  const app = await composeApp(config, { clock, store, log: quiet, background: { scheduler: false, sender: false } });
  try {
    const m = await writeMunicipality(store, units, 'http://127.0.0.1:9');
    const s = app.services;
    const organiser = await s.directory.actorFor((await s.directory.person(m.organiserIds[0]))!);
    const proposal = await s.dialogues.propose(organiser, 'process', '2026/27');
    const start = swedishToInstant('2026-11-10', '09:00');
    store.reset();
    const round = await s.dialogues.create(organiser, {
      kind: 'process',
      schoolYear: '2026/27',
      groups: groupsMeetingAt(proposal.groups, start),
    });
    const staff = proposal.groups.reduce((n, g) => n + g.staffIds.length, 0);
    const calls = (key: string) => store.byOperation.get(key)?.calls ?? 0;
    const beside = store.calls - calls('dialogueGroups.create');
    return { groups: round.groups.length, staff, peopleGets: calls('people.get'), unitGets: calls('units.get'), beside };
  } finally {
    await app.close();
  }
}

it('checks a round’s staff and units in set reads: the reads do not grow with the units', async () => {
  const few = await roundCreation(4);
  const many = await roundCreation(16);
  expect(many.staff).toBeGreaterThan(10); // the process round invites the units' staff
  expect(many.groups).toBeGreaterThan(few.groups);
  expect(many.peopleGets).toBeLessThanOrEqual(1); // the organiser's representative; the staff in one read of the list
  expect(many.unitGets).toBe(0);
  // Everything but the groups' creates (and reading the round back) is the same for 4 units and 16.
  expect(many.beside - many.groups).toBeLessThanOrEqual(few.beside - few.groups);
});
