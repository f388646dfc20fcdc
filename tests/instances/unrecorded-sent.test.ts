/**
 * A delivery whose "sent" record fails (the store throttled or was unreachable) is not sent
 * again: the sender keeps it and records it before anything else — also once its claim has run
 * out, when it would otherwise count as in doubt and be resent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { Directory } from '../../src/app/directory/directory';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender } from '../../src/app/outbox/outbox-sender';
import type { Fields, WriteOptions } from '../../src/app/ports/list-store';
import { VirtualTimer } from '../support/virtual-timer';

class RecordFails extends SqliteListStore {
  failures = 0;
  override async update(list: string, id: string, fields: Fields, options?: WriteOptions) {
    if (list === 'outbox' && fields.state === 'sent' && this.failures > 0) {
      this.failures -= 1;
      throw new Error('503 Service Unavailable');
    }
    return super.update(list, id, fields, options);
  }
}

let dir: string;
let store: RecordFails;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ska-unrecorded-'));
  store = new RecordFails(join(dir, 'ska.db'));
  await store.ensureLists(LIST_SCHEMA);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it.each([
  ['at the next look', 1, 0],
  ['after its claim ran out', 3, 120_000],
])('records a delivery whose record failed %s, and never sends it again', async (_when, failures, waitMs) => {
  const timer = new VirtualTimer();
  const outbox = new OutboxService(store, timer.clock, new Directory(store));
  const sends: string[] = [];
  const sender = new OutboxSender(
    {
      outbox,
      references: { referenceFor: async () => ({ conversation: { id: 'c1' } }) },
      composer: new MessageComposer(),
      notifier: { send: async (_r, _m, meta) => (sends.push(meta!.outboxId), { ok: true, activityId: 'act-1' }) },
      log: { info: () => undefined, error: () => undefined },
      timer,
    },
    { instanceId: 'a', leaseMs: 60_000, sendTimeoutMs: 20_000, pollMs: 1000 },
  );
  await outbox.enqueue([{ key: 'k', personId: 'p', kind: 'notice', payload: { title: 'Hej', text: 'k' }, source: 'test' }]);
  store.failures = failures;
  await sender.drain();
  expect(sends).toHaveLength(1);
  if (failures > 1) expect((await outbox.byKey('k'))!.state).toBe('sending'); // delivered, not recorded yet
  for (let i = 0; i < failures; i++) await sender.drain(); // the store is still failing for a while
  await timer.advance(waitMs);
  await sender.drain();
  expect(await outbox.byKey('k')).toMatchObject({ state: 'sent' });
  expect(sends).toHaveLength(1);
  expect(sender.stats.inDoubtResent).toBe(0);
});
