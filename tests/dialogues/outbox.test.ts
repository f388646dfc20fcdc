/**
 * The outbox and its sender against a local connector that enforces Teams' limits: idempotent
 * enqueue, two senders racing on one store, 429 + Retry-After, permanent failures shown to the
 * organiser, people without a conversation reference, and a message left in doubt by a dead sender.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProactiveNotifier } from '../../bot/proactive-adapter';
import { startLimitedConnector, type LimitedConnector } from '../../bench/fanout/fake-connector';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { Directory } from '../../src/app/directory/directory';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import type { NewOutboxItem } from '../../src/app/outbox/outbox-items';
import { OutboxSender, type SenderOptions } from '../../src/app/outbox/outbox-sender';
import { Reach } from '../../src/app/outbox/reach';

let dir: string;
let store: SqliteListStore;
let outbox: OutboxService;
let reach: Reach;
let connector: LimitedConnector;
const quiet = { info: () => undefined, error: () => undefined };
const notifier = createProactiveNotifier({ appId: '', password: '', tenantId: '', type: 'MultiTenant' });

const notice = (key: string, personId: string): NewOutboxItem => ({
  key,
  personId,
  kind: 'notice',
  payload: { title: 'Hej', text: key },
  source: 'test',
});

async function addReference(personId: string, conversationId = `conv-${personId}`) {
  await store.create('conversationReferences', {
    userKey: `user-${personId}`,
    personId,
    reference: JSON.stringify({
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: { id: conversationId },
      user: { id: `29:${personId}` },
      bot: { id: '28:bot' },
    }),
    updatedAt: new Date().toISOString(),
  });
}

function sender(options: Partial<SenderOptions> = {}) {
  return new OutboxSender(
    { outbox, references: reach, composer: new MessageComposer(), notifier, log: quiet },
    { instanceId: `test-${Math.random().toString(36).slice(2, 8)}`, pollMs: 2500, leaseMs: 5000, sendTimeoutMs: 4000, ...options },
  );
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ska-outbox-'));
  store = new SqliteListStore(join(dir, 'ska.db'));
  await store.ensureLists(LIST_SCHEMA);
  const directory = new Directory(store);
  outbox = new OutboxService(store, new SystemClock(), directory);
  reach = new Reach(store, directory);
});
afterEach(async () => {
  await connector?.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the outbox', () => {
  it('enqueues once per key, however often the same thing is enqueued', async () => {
    connector = await startLimitedConnector();
    const items = ['a', 'b', 'c'].map((k) => notice(k, 'p1'));
    expect((await outbox.enqueue(items)).created).toBe(3);
    const again = await outbox.enqueue([...items, notice('d', 'p1')]);
    expect(again).toMatchObject({ created: 1, existing: 3 });
    expect((await outbox.withState('pending')).map((i) => i.dedupeKey).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sends each item exactly once when two senders drain the same store at once', async () => {
    connector = await startLimitedConnector();
    for (let i = 0; i < 60; i++) await addReference(`p${i}`);
    await outbox.enqueue(Array.from({ length: 60 }, (_, i) => notice(`k${i}`, `p${i}`)));
    const a = sender();
    const b = sender();
    await Promise.all([a.drain(), b.drain()]);
    expect(connector.stats.deliveries.size).toBe(60);
    expect([...connector.stats.deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(a.stats.sent + b.stats.sent).toBe(60);
    expect(a.stats.claimsLost + b.stats.claimsLost).toBeGreaterThan(0); // they really raced
    expect((await outbox.overview()).counts).toMatchObject({ sent: 60, pending: 0, sending: 0 });
  });

  it('waits Retry-After after a 429 and then delivers', async () => {
    connector = await startLimitedConnector({ throttleFirst: new Map([['conv-p1', { times: 1, retryAfter: 1 }]]) });
    await addReference('p1');
    await outbox.enqueue([notice('k', 'p1')]);
    const s = sender();
    await s.drain();
    const [first, second] = connector.stats.arrivals;
    expect(first.status).toBe(429);
    expect(second.status).toBe(200);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
    expect(s.stats).toMatchObject({ throttled: 1, sent: 1 });
    expect(await outbox.byKey('k')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('keeps every conversation within 7 requests a second', async () => {
    connector = await startLimitedConnector();
    await addReference('p1');
    await outbox.enqueue(Array.from({ length: 16 }, (_, i) => notice(`k${i}`, 'p1')));
    await sender().drain();
    expect(connector.stats.limited).toBe(0);
    expect(connector.stats.deliveries.size).toBe(16);
    const arrivals = connector.stats.arrivals.map((a) => a.at);
    expect(arrivals.at(-1)! - arrivals[0]).toBeGreaterThanOrEqual(2000); // 16 messages: 8 per 2 seconds
  });

  it('marks a permanent failure (app not installed) once, without retrying, and shows it to the organiser', async () => {
    connector = await startLimitedConnector({ permanent: new Map([['conv-p2', { status: 403, code: 'BotNotInConversationRoster' }]]) });
    await addReference('p2');
    await outbox.enqueue([notice('k', 'p2')]);
    await sender().drain();
    expect(connector.stats.requests).toBe(1);
    const item = await outbox.byKey('k');
    expect(item).toMatchObject({ state: 'failed', failureReason: 'notInstalled', attempts: 1 });
    const overview = await outbox.overview();
    expect(overview.failed).toEqual([
      expect.objectContaining({
        personId: 'p2',
        reason: 'notInstalled',
        message: expect.stringMatching(/Appen är inte installerad för personen.*403 BotNotInConversationRoster/),
      }),
    ]);
  });

  it('reports a person without a conversation reference, and sends once they have one', async () => {
    connector = await startLimitedConnector();
    await outbox.enqueue([notice('k', 'nobody')]);
    await sender().drain();
    expect(connector.stats.requests).toBe(0);
    expect((await outbox.overview()).withoutConversation).toEqual([{ personId: 'nobody', personName: 'nobody', email: '', items: 1 }]);
    await addReference('nobody');
    const item = await outbox.byKey('k');
    await outbox.retry(item!.id);
    await sender().drain();
    expect(connector.stats.deliveries.get(item!.id)).toBe(1);
  });

  it('takes over an item whose sender died mid-send, once its lease has run out', async () => {
    connector = await startLimitedConnector();
    await addReference('p1');
    await outbox.enqueue([notice('k', 'p1')]);
    const [item] = await outbox.due();
    // A sender claimed it and died before recording anything.
    expect(await outbox.claim(item, 'dead-sender', 1)).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    const s = sender();
    await s.drain();
    expect(s.stats.inDoubtResent).toBe(1);
    expect(connector.stats.deliveries.get(item.id)).toBe(1);
    expect(await outbox.byKey('k')).toMatchObject({ state: 'sent', inDoubt: true });
    expect((await outbox.overview()).inDoubt).toBe(1);
  });
});
