/**
 * The outbox: every proactive message is an item in the store before anything is sent.
 * - enqueue: with an idempotency key, so running the year wheel or a use case again adds nothing;
 * - claim: an If-Match write of the item's ETag moves it to "sending" under a lease, so of two
 *   instances exactly one wins it;
 * - mark: sent / retry later / failed (shown to the organiser) / no conversation reference.
 * A "sending" item whose lease ran out belonged to a sender that died mid-send: it is in doubt.
 */
import { z } from 'zod';
import { DomainError, notFound } from '../../domain/errors';
import { PERMANENT_REASON_LABELS, type PermanentReason, type SendFailure } from '../../domain/outbox-policy';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type Fields, type ListItem, type ListStore } from '../ports/list-store';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'noReference', 'skipped'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_KINDS = [
  'dialogueInvitation',
  'dialogueReminder',
  'documentReminder',
  'checkIn',
  'notice',
  'surveyNotice',
  'documentNotice',
  // Work items: background work for the leader's drain, not messages (see WORK_KINDS).
  'dialogueGroupSetup',
  'surveyRoundSetup',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * Kinds that are work for the leader rather than a message to a person: a dialogue group's
 * booking and invitations after the organiser sent the round (dialogue-invitations.ts), a TLD
 * round's links and notices after it opened (survey-opening.ts). They are
 * claimed, retried and taken over like messages, so each is done once; the sender performs them
 * one at a time, paced by the Graph budget.
 */
export const WORK_KINDS: readonly OutboxKind[] = ['dialogueGroupSetup', 'surveyRoundSetup'];
export const isWorkKind = (kind: OutboxKind) => WORK_KINDS.includes(kind);

export interface OutboxItem {
  id: string;
  etag: string;
  dedupeKey: string;
  state: OutboxState;
  personId: string;
  source: string;
  kind: OutboxKind;
  payload: Record<string, unknown>;
  attempts: number;
  notBefore: string;
  claimedBy: string;
  claimedUntil: string;
  enqueuedAt: string;
  sentAt: string;
  activityId: string;
  failureReason: string;
  lastError: string;
  inDoubt: boolean;
}

export interface NewOutboxItem {
  /** Idempotency: the same key is one message, however often it is enqueued. */
  key: string;
  personId: string;
  kind: OutboxKind;
  payload: Record<string, unknown>;
  source: string;
  notBefore?: Date;
}

const opt = z
  .string()
  .nullable()
  .transform((v) => v ?? '');
const itemFields = z.object({
  dedupeKey: z.string(),
  state: z.enum(OUTBOX_STATES),
  personId: z.string(),
  source: opt,
  kind: z.enum(OUTBOX_KINDS),
  payload: opt.transform((v) => (v ? (JSON.parse(v) as Record<string, unknown>) : {})),
  attempts: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  notBefore: opt,
  claimedBy: opt,
  claimedUntil: opt,
  enqueuedAt: opt,
  sentAt: opt,
  activityId: opt,
  failureReason: opt,
  lastError: opt,
  inDoubt: z.boolean().nullable().transform(Boolean),
});

export const toOutboxItem = (i: ListItem): OutboxItem => ({ id: i.id, etag: i.etag, ...itemFields.parse(i.fields) });

export interface OutboxOverview {
  counts: Record<OutboxState, number>;
  /** Items resent after their sender died mid-send (possible duplicates without a delivery probe). */
  inDoubt: number;
  failed: {
    id: string;
    personId: string;
    personName: string;
    kind: OutboxKind;
    reason: string;
    message: string;
    attempts: number;
    at: string;
  }[];
  withoutConversation: { personId: string; personName: string; email: string; items: number }[];
}

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
        { ifMatch: item.etag },
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
      await this.store.update('outbox', claimed.id, fields, { ifMatch: claimed.etag });
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
    const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    for (const i of items) counts[i.state] += 1;
    const names = new Map<string, { name: string; email: string }>();
    const person = async (id: string) => {
      if (!names.has(id)) {
        const p = this.directory ? await this.directory.person(id).catch(() => undefined) : undefined;
        names.set(id, { name: p?.displayName ?? id, email: p?.email ?? '' });
      }
      return names.get(id)!;
    };
    const failed = [];
    for (const i of items.filter((x) => x.state === 'failed')) {
      const reason = i.failureReason as PermanentReason;
      failed.push({
        id: i.id,
        personId: i.personId,
        personName: (await person(i.personId)).name,
        kind: i.kind,
        reason,
        message: i.lastError || PERMANENT_REASON_LABELS[reason] || '',
        attempts: i.attempts,
        at: i.claimedUntil || i.enqueuedAt,
      });
    }
    const without = new Map<string, number>();
    for (const i of items.filter((x) => x.state === 'noReference')) without.set(i.personId, (without.get(i.personId) ?? 0) + 1);
    const withoutConversation = [];
    for (const [personId, count] of without) {
      const p = await person(personId);
      withoutConversation.push({ personId, personName: p.name, email: p.email, items: count });
    }
    return {
      counts,
      inDoubt: items.filter((i) => i.inDoubt).length,
      failed,
      withoutConversation: withoutConversation.sort((a, b) => a.personName.localeCompare(b.personName, 'sv')),
    };
  }
}

function describe(f: SendFailure): string {
  return [f.status, f.code, f.message]
    .filter((x) => x !== undefined && x !== '')
    .join(' ')
    .slice(0, 1000);
}
