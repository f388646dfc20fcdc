/**
 * A dead sender's claims run out while the new one is in the middle of a long pass: they are
 * looked up (delivery probe) beside the pass, a few at a time, not after the whole queue has gone,
 * and never one of this sender's own claims still waiting for its slot.
 */
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender } from '../../src/app/outbox/outbox-sender';
import type { DeliveryProbe, Notifier } from '../../src/app/ports/notifier';

const quiet = { info: () => undefined, error: () => undefined };

async function setup(pending: number, dead: { count: number; runsOutInMs: number }, probeMs: number) {
  const store = new SqliteListStore(':memory:');
  await store.ensureLists(LIST_SCHEMA);
  const outbox = new OutboxService(store, new SystemClock());
  const items = Array.from({ length: dead.count + pending }, (_, i) => ({
    key: `k${i}`,
    personId: `p${i}`,
    kind: 'notice' as const,
    payload: { title: 'Hej', text: `${i}` },
    source: 't',
  }));
  const { ids } = await outbox.enqueue(items);
  // The dead sender's claims: "sending", running out soon.
  for (const id of ids.slice(0, dead.count)) await outbox.claim((await outbox.get(id))!, 'dead', dead.runsOutInMs);
  const t0 = performance.now();
  const sent: { id: string; at: number }[] = [];
  const probed: { id: string; at: number; done?: number }[] = [];
  const notifier: Notifier = {
    send: async (_r, _m, meta) => {
      await new Promise((r) => setTimeout(r, 3));
      sent.push({ id: meta?.outboxId ?? '', at: performance.now() - t0 });
      return { ok: true, activityId: 'a' };
    },
  };
  const probe: DeliveryProbe = {
    wasDelivered: async (_r, id) => {
      const p: { id: string; at: number; done?: number } = { id, at: performance.now() - t0 };
      probed.push(p);
      await new Promise((r) => setTimeout(r, probeMs));
      p.done = performance.now() - t0;
      return 'notDelivered';
    },
  };
  const sender = new OutboxSender(
    {
      outbox,
      references: { referenceFor: async (p: string) => ({ conversation: { id: `c-${p}` } }) },
      composer: new MessageComposer(),
      notifier,
      probe,
      log: quiet,
    },
    { instanceId: 'new', leaseMs: 5000, sendTimeoutMs: 2000, pollMs: 200 },
  );
  return { store, sender, sent, probed, deadIds: ids.slice(0, dead.count) };
}

it('looks up a dead sender’s claims when they run out mid-pass, and resends them right after the queue', async () => {
  const { store, sender, sent, probed, deadIds } = await setup(60, { count: 1, runsOutInMs: 300 }, 5);
  await sender.drain();
  expect(probed.map((p) => p.id)).toEqual(deadIds);
  const before = sent.filter((s) => s.at < probed[0].at).length;
  expect(before).toBeLessThan(45); // looked up while the 60 were going out (~1.2 s at 50/s), not after them
  expect(sent).toHaveLength(61);
  expect(new Set(sent.map((s) => s.id)).size).toBe(61); // each once: none of our own claims was taken for in doubt
  await store.close();
});

it('looks up several in-doubt items at once', async () => {
  const { store, sender, probed } = await setup(0, { count: 16, runsOutInMs: 1 }, 100);
  await new Promise((r) => setTimeout(r, 20));
  await sender.drain();
  expect(probed).toHaveLength(16);
  const span = Math.max(...probed.map((p) => p.done!)) - Math.min(...probed.map((p) => p.at));
  expect(span).toBeLessThan(16 * 100 * 0.5); // 8 at a time: two rounds of 100 ms, not sixteen
  await store.close();
});

it('sends the queue at once after a restart while the dead sender’s run-out claims are being looked up', async () => {
  const { store, sender, sent, probed } = await setup(20, { count: 16, runsOutInMs: 1 }, 200);
  await new Promise((r) => setTimeout(r, 20));
  await sender.drain();
  expect(sent).toHaveLength(36);
  const firstProbeDone = Math.min(...probed.map((p) => p.done!));
  expect(sent.filter((s) => s.at < firstProbeDone).length).toBeGreaterThan(3); // not held back by the 200 ms look-ups
  await store.close();
});
