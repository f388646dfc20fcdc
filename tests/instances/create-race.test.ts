/**
 * Two processes on one SQLite file create the same keyed items at the same moment (two instances
 * opening one TLD round, sending one round's invitations): no error, and both get the same item.
 * Before the fix, the loser of the race hit "UNIQUE constraint failed" and the API answered 500.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { queryAll } from '../../src/app/ports/list-store';

it('creates each keyed item once when two processes race on one SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ska-race-'));
  const dbPath = join(dir, 'ska.db');
  const setup = new SqliteListStore(dbPath);
  await setup.ensureLists(LIST_SCHEMA);
  const startAt = String(Date.now() + 4000); // both processes loaded by then
  const run = () =>
    new Promise<{ errors: string[]; ids: Record<string, string> }>((resolve, reject) => {
      const child = fork(join(__dirname, 'create-race-child.ts'), [dbPath, startAt], { execArgv: ['--import', 'tsx'] });
      child.on('message', (m) => resolve(m as { errors: string[]; ids: Record<string, string> }));
      child.on('exit', (code) => code !== 0 && reject(new Error(`child exited ${code}`)));
    });
  const [a, b] = await Promise.all([run(), run()]);
  expect([...a.errors, ...b.errors]).toEqual([]);
  expect(b.ids).toEqual(a.ids); // both were answered with the same items
  expect(await queryAll(setup, 'surveyLinks')).toHaveLength(100);
  expect(await queryAll(setup, 'outbox')).toHaveLength(200);
  await setup.close();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);
