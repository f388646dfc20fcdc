/**
 * The year wheel's tick reads set-based (issue 15 item 5): the store reads one tick makes do not
 * grow with the number of units. Two municipalities, 4 and 16 units (the bench's, on SQLite
 * behind a counting store), every plan started and marked ready, a conditions round sent; three
 * ticks where each rule has work for every unit: the plan deadline reminder (every plan's
 * status), a dialogue reminder (every invitee's units), the monthly check-in (every plan tree).
 * Reads of the outbox are left out: queueing a reminder looks up its key, once per reminder.
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
import { commitmentSeeds, demoContentOf } from '../../src/app/seed/demo-municipality';
import type { SchoolForm } from '../../src/domain/school-forms';
import { swedishToInstant } from '../../src/domain/swedish-time';
import { MeteredStore } from '../support/metered-store';

const YEAR = '2026/27';
const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The moments of the three ticks, in Swedish time. */
const TICKS = {
  planDeadline: ['2026-08-25', '10:00'], // 7 days before 31 August 16:00
  dialogueReminder: ['2026-09-08', '10:00'], // 2 days before the groups' meetings on 10 September
  checkIn: ['2026-10-01', '10:00'], // the October check-in; no plan followed up yet
} as const;

type TickName = keyof typeof TICKS;

async function tickReads(units: number): Promise<Record<TickName, { reads: number; queued: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'ska-tick-calls-'));
  dirs.push(dir);
  const store = new MeteredStore(new SqliteListStore(join(dir, 'store.db')));
  const clock = new FixedClock(swedishToInstant('2026-08-17', '09:00'));
  const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_DATA_DIR: dir, SKA_SEED_DEMO: 'false', SKA_CHECK_RESPONSES: 'false' });
  const app = await composeApp(config, { clock, store, log: quiet, background: { scheduler: false, sender: false } });
  try {
    const m = await writeMunicipality(store, units, 'http://127.0.0.1:9');
    const s = app.services;
    const actorOf = async (id: string) => s.directory.actorFor((await s.directory.person(id))!);
    const seedsOf = (unitId: string) => commitmentSeeds(demoContentOf(m.schoolFormOf.get(unitId) as SchoolForm));
    const organiser = await actorOf(m.organiserIds[0]);
    const proposal = await s.dialogues.propose(organiser, 'conditions', YEAR);
    const start = swedishToInstant('2026-09-10', '09:00');
    const round = await s.dialogues.create(organiser, {
      kind: 'conditions',
      schoolYear: YEAR,
      groups: groupsMeetingAt(proposal.groups, start, 'Stadshuset'),
    });
    await s.dialogues.sendInvitations(organiser, round.id);

    const figures = {} as Record<TickName, { reads: number; queued: number }>;
    for (const name of Object.keys(TICKS) as TickName[]) {
      if (name === 'checkIn') {
        // Every plan started and marked ready (after the deadline's tick, so it had work for every unit).
        for (const unitId of m.unitIds) {
          const principal = await actorOf(m.principalOf.get(unitId)!);
          const plan = await s.plans.start(principal, unitId, YEAR, seedsOf(unitId));
          await s.plans.transition(principal, unitId, YEAR, plan.etag, 'ready');
        }
      }
      clock.set(swedishToInstant(TICKS[name][0], TICKS[name][1]));
      store.reset();
      const report = await s.scheduler!.tick();
      const reads = [...store.byOperation]
        .filter(([key]) => !key.startsWith('outbox.') && /\.(get|query)$/.test(key))
        .reduce((sum, [, v]) => sum + v.calls, 0);
      const queued = { planDeadline: report.documentReminders, dialogueReminder: report.dialogueReminders, checkIn: report.checkIns }[name];
      figures[name] = { reads, queued };
    }
    return figures;
  } finally {
    await app.close();
  }
}

it('reads the same few times whether the municipality has 4 units or 16, and queues for every unit', async () => {
  const few = await tickReads(4);
  const many = await tickReads(16);
  console.log('tick reads (store calls outside the outbox), 4 units vs 16:', JSON.stringify({ few, many }));
  for (const name of Object.keys(TICKS) as TickName[]) {
    // Each rule had work for every unit: the comparison is of ticks doing four times as much.
    expect({ name, queued: many[name].queued }).toEqual({ name, queued: 4 * few[name].queued });
    expect(few[name].queued).toBeGreaterThan(0);
    expect({ name, reads: many[name].reads }).toEqual({ name, reads: few[name].reads });
  }
  // A handful of queries, not one per unit.
  for (const name of Object.keys(TICKS) as TickName[]) expect(many[name].reads).toBeLessThan(16);
}, 120_000);
