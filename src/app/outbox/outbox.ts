/**
 * The outbox: every proactive message is an item in the store before anything is sent.
 * - enqueue: with an idempotency key, so running the year wheel or a use case again adds nothing;
 * - claim: an If-Match write of the item's ETag moves it to "sending" under a lease, so of two
 *   instances exactly one wins it;
 * - mark: sent / retry later / failed (shown to the organiser) / no conversation reference.
 * A "sending" item whose lease ran out belonged to a sender that died mid-send: it is in doubt.
 */
import { DomainError, notFound } from '../../domain/errors';
import type { PermanentReason, SendFailure } from '../../domain/outbox-policy';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type Fields, type ListStore } from '../ports/list-store';
import { toOutboxItem, type NewOutboxItem, type OutboxItem, type OutboxState } from './outbox-items';
import { outboxOverview, type OutboxOverview } from './outbox-overview';

const LOOKUPS_AT_ONCE = 8;

export class OutboxService {
  /** Told when something was enqueued, so a sender in this process starts at once. */
  onEnqueued: () => void = () => undefined;

  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
    private readonly directory?: Directory,
  ) {}

  /** Enqueues items; those already there (same key) are left as they are. Returns how many were new. */
  async enqueue(items: NewOutboxItem[]): Promise<{ created: number; existing: number; ids: string[]; isNew: boolean[] }> {
    if (items.length === 0) return { created: 0, existing: 0, ids: [], isNew: [] };
    const now = this.clock.now().toISOString();
    const known = new Map<string, string>();
    // The key lookups side by side, a few at a time (each is a round trip on Graph).
    for (let c = 0; c < items.length; c += LOOKUPS_AT_ONCE) {
      const chunk = items.slice(c, c + LOOKUPS_AT_ONCE);
      const found = await Promise.all(chunk.map((item) => this.store.query('outbox', { where: { dedupeKey: item.key }, top: 1 })));
      found.forEach((page, j) => page.items[0] && known.set(chunk[j].key, page.items[0].id));
    }
    const fresh = items.filter((i) => !known.has(i.key));
    const created = fresh.length
      ? await this.store.createMany(
          'outbox',
          fresh.map((i) => ({
            key: `outbox:${i.key}`,
            fields: {
              dedupeKey: i.key,
              state: 'pending',
              personId: i.personId,
              source: i.source,
              kind: i.kind,
              payload: JSON.stringify(i.payload),
              attempts: 0,
              notBefore: (i.notBefore ?? this.clock.now()).toISOString(),
              enqueuedAt: now,
              inDoubt: false,
            },
          })),
        )
      : [];
    if (created.length) this.onEnqueued();
    const ids = items.map((i) => known.get(i.key) ?? created[fresh.indexOf(i)].id);
    return { created: created.length, existing: known.size, ids, isNew: items.map((i) => !known.has(i.key)) };
  }

  /** The business clock's now, as claims and notBefore use it. */
  now(): Date {
    return this.clock.now();
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const item = await this.store.get('outbox', id);
    return item && toOutboxItem(item);
  }

  async byKey(key: string): Promise<OutboxItem | undefined> {
    const [item] = (await this.store.query('outbox', { where: { dedupeKey: key }, top: 1 })).items;
    return item && toOutboxItem(item);
  }

  /** Pending items whose time has come, oldest first. */
  async due(now: Date = this.clock.now()): Promise<OutboxItem[]> {
    const t = now.toISOString();
    const pending = (await queryAll(this.store, 'outbox', { state: 'pending' })).map(toOutboxItem);
    return pending.filter((i) => i.notBefore <= t).sort((a, b) => a.notBefore.localeCompare(b.notBefore) || Number(a.id) - Number(b.id));
  }

  /** One query for a drain: the pending items due now (oldest first) and when the next one falls due. */
  async pending(now: Date = this.clock.now()): Promise<{ due: OutboxItem[]; msUntilNext?: number }> {
    const t = now.toISOString();
    const pending = (await queryAll(this.store, 'outbox', { state: 'pending' })).map(toOutboxItem);
    const due = pending
      .filter((i) => i.notBefore <= t)
      .sort((a, b) => a.notBefore.localeCompare(b.notBefore) || Number(a.id) - Number(b.id));
    const later = pending
      .map((i) => i.notBefore)
      .filter((n) => n > t)
      .sort()[0];
    return { due, msUntilNext: later ? new Date(later).getTime() - now.getTime() : undefined };
  }

  /** Milliseconds until the next pending item falls due, if any is pending. */
  async msUntilNextDue(): Promise<number | undefined> {
    const pending = (await queryAll(this.store, 'outbox', { state: 'pending' })).map(toOutboxItem);
    const first = pending.map((i) => i.notBefore).sort()[0];
    return first ? new Date(first).getTime() - this.clock.now().getTime() : undefined;
  }

  /**
   * Claims an item for sending: one conditional write. Undefined when someone else claimed or
   * changed it first: they send it, not us.
   */
  async claim(item: OutboxItem, instanceId: string, leaseMs: number): Promise<OutboxItem | undefined> {
    const now = this.clock.now();
    try {
      const claimed = await this.store.update(
        'outbox',
        item.id,
        {
          state: 'sending',
          claimedBy: instanceId,
          claimedUntil: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: item.attempts + 1,
        },
        { ifMatch: item.etag, groupCommit: true },
      );
      return toOutboxItem(claimed);
    } catch (e) {
      if (e instanceof ConflictError) return undefined;
      throw e;
    }
  }

  markSent(claimed: OutboxItem, activityId?: string) {
    return this.finish(claimed, {
      state: 'sent',
      sentAt: this.clock.now().toISOString(),
      activityId: activityId ?? '',
      claimedUntil: null,
    });
  }

  markRetry(claimed: OutboxItem, delayMs: number, failure: SendFailure) {
    return this.finish(claimed, {
      state: 'pending',
      notBefore: new Date(this.clock.now().getTime() + delayMs).toISOString(),
      lastError: describe(failure),
      claimedUntil: null,
    });
  }

  markFailed(claimed: OutboxItem, reason: PermanentReason, message: string) {
    return this.finish(claimed, {
      state: reason === 'noReference' ? 'noReference' : 'failed',
      failureReason: reason,
      lastError: message,
      claimedUntil: null,
    });
  }

  markSkipped(claimed: OutboxItem, why: string) {
    return this.finish(claimed, { state: 'skipped', lastError: why, claimedUntil: null });
  }

  /** Records the outcome under our claim. False when the claim was lost (the lease ran out and someone took over). */
  private async finish(claimed: OutboxItem, fields: Fields): Promise<boolean> {
    try {
      await this.store.update('outbox', claimed.id, fields, { ifMatch: claimed.etag, groupCommit: true });
      return true;
    } catch (e) {
      if (e instanceof ConflictError) return false;
      throw e;
    }
  }

  /** Gives back a claim that was never sent (the sender is stopping). */
  release(claimed: OutboxItem) {
    return this.finish(claimed, { state: 'pending', attempts: Math.max(0, claimed.attempts - 1), claimedUntil: null });
  }

  /** "sending" items whose lease has run out: their sender died between claiming and recording. */
  async inDoubt(now: Date = this.clock.now()): Promise<OutboxItem[]> {
    const t = now.toISOString();
    return (await queryAll(this.store, 'outbox', { state: 'sending' }))
      .map(toOutboxItem)
      .filter((i) => i.claimedUntil !== '' && i.claimedUntil < t);
  }

  /** Takes over an in-doubt item: sent (the channel confirmed it) or pending again, marked in doubt. */
  async resolveInDoubt(item: OutboxItem, delivered: boolean): Promise<boolean> {
    const fields: Fields = delivered
      ? { state: 'sent', sentAt: this.clock.now().toISOString(), claimedUntil: null, inDoubt: true }
      : { state: 'pending', notBefore: this.clock.now().toISOString(), claimedUntil: null, inDoubt: true };
    return this.finish(item, fields);
  }

  /** The organiser puts a failed item back in the queue (e.g. after the app was installed for the person). */
  async retry(id: string): Promise<OutboxItem> {
    const item = await this.get(id);
    if (!item) throw notFound('Meddelandet');
    if (item.state !== 'failed' && item.state !== 'noReference') {
      throw new DomainError('OUTBOX_NOT_RETRYABLE', 'Bara meddelanden som inte kom fram kan skickas igen.');
    }
    await this.requeue(item);
    return (await this.get(id))!;
  }

  async requeue(item: OutboxItem): Promise<boolean> {
    const done = await this.finish(item, {
      state: 'pending',
      attempts: 0,
      notBefore: this.clock.now().toISOString(),
      failureReason: '',
      lastError: '',
    });
    if (done) this.onEnqueued();
    return done;
  }

  async withState(state: OutboxState, source?: string): Promise<OutboxItem[]> {
    const where: Fields = source ? { state, source } : { state };
    return (await queryAll(this.store, 'outbox', where)).map(toOutboxItem);
  }

  /** Delivery per person for one source (e.g. a dialogue round): the last item's state wins. */
  async statesBySource(source: string): Promise<OutboxItem[]> {
    return (await queryAll(this.store, 'outbox', { source })).map(toOutboxItem);
  }

  async overview(source?: string): Promise<OutboxOverview> {
    const items = (await queryAll(this.store, 'outbox', source ? { source } : undefined)).map(toOutboxItem);
    return outboxOverview(items, this.directory);
  }
}

function describe(f: SendFailure): string {
  return [f.status, f.code, f.message]
    .filter((x) => x !== undefined && x !== '')
    .join(' ')
    .slice(0, 1000);
}
