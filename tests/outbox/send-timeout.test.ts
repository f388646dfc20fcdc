/**
 * A send with no answer within sendTimeoutMs may still have reached Teams (the Bot Connector does
 * not dedupe: microsoft/BotFramework-DirectLineJS#105), so it is not retried as a failure: its
 * claim runs out and the delivery probe decides; an answer that comes late is recorded; without a
 * probe it is sent again once (a rare duplicate rather than a loss), marked in doubt.
 */
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender } from '../../src/app/outbox/outbox-sender';
import type { DeliveryProbe, Notifier, SendOutcome } from '../../src/app/ports/notifier';

const quiet = { info: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first send answers after `firstAnswersAfterMs` (Infinity: never), every later one at once. */
async function setup(firstAnswersAfterMs: number, probe?: DeliveryProbe) {
  const store = new SqliteListStore(':memory:');
  await store.ensureLists(LIST_SCHEMA);
  const outbox = new OutboxService(store, new SystemClock());
  const { ids } = await outbox.enqueue([{ key: 'k', personId: 'p', kind: 'notice', payload: { title: 'Hej', text: 'x' }, source: 't' }]);
  const sends: string[] = [];
  const notifier: Notifier = {
    send: (_r, _m, meta) => {
      sends.push(meta.outboxId);
      const answer: SendOutcome = { ok: true, activityId: `a${sends.length}` };
      if (sends.length > 1) return Promise.resolve(answer);
      return Number.isFinite(firstAnswersAfterMs) ? sleep(firstAnswersAfterMs).then(() => answer) : new Promise(() => undefined);
    },
  };
  const sender = new OutboxSender(
    {
      outbox,
      references: { referenceFor: async () => ({ conversation: { id: 'c' } }) },
      composer: new MessageComposer(),
      notifier,
      probe,
      log: quiet,
    },
    { instanceId: 'a', leaseMs: 600, sendTimeoutMs: 100, pollMs: 50 },
  );
  /** Drains until nothing waits (bounded): as the background loop does, sleeping what drain asks. */
  const settle = async () => {
    for (let i = 0; i < 40; i++) {
      const next = await sender.drain();
      if (next === undefined) return;
      await sleep(Math.max(10, next));
    }
  };
  return { store, outbox, sender, sends, id: ids[0], settle };
}

it('leaves a timed-out send to the probe: delivered, so not sent again', async () => {
  const asked: string[] = [];
  const t = await setup(Infinity, { wasDelivered: async (_r, id) => (asked.push(id), 'delivered') });
  await t.settle();
  expect(t.sends).toEqual([t.id]);
  expect(asked).toEqual([t.id]);
  expect(t.sender.stats).toMatchObject({ timedOut: 1, retried: 0, inDoubtConfirmed: 1, inDoubtResent: 0 });
  expect((await t.outbox.get(t.id))?.state).toBe('sent');
  await t.store.close();
});

it('records an answer that comes after the timeout as this instance’s delivery, without asking or resending', async () => {
  const asked: string[] = [];
  const t = await setup(250, { wasDelivered: async (_r, id) => (asked.push(id), 'notDelivered') });
  await t.settle();
  expect(t.sends).toEqual([t.id]);
  expect(asked).toEqual([]);
  expect(t.sender.stats).toMatchObject({ timedOut: 1, retried: 0, sent: 1 });
  const item = await t.outbox.get(t.id);
  expect(item?.state).toBe('sent');
  expect(item?.inDoubt).toBe(false);
  await t.store.close();
});

it('sends it again once its claim has run out when there is no probe, marked in doubt', async () => {
  const t = await setup(Infinity);
  const started = performance.now();
  await t.settle();
  expect(t.sends).toEqual([t.id, t.id]);
  expect(performance.now() - started).toBeGreaterThanOrEqual(600); // not before the claim ran out
  expect(t.sender.stats).toMatchObject({ timedOut: 1, retried: 0, inDoubtResent: 1, sent: 1 });
  const item = await t.outbox.get(t.id);
  expect(item?.state).toBe('sent');
  expect(item?.inDoubt).toBe(true);
  await t.store.close();
});
