/** The organiser's view of the outbox: counts per state, what failed and who has no conversation with the bot. */
import { PERMANENT_REASON_LABELS, type PermanentReason } from '../../domain/outbox-policy';
import type { Directory } from '../directory/directory';
import { OUTBOX_STATES, type OutboxItem, type OutboxKind, type OutboxState } from './outbox-items';

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

export async function outboxOverview(items: OutboxItem[], directory?: Directory): Promise<OutboxOverview> {
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const i of items) counts[i.state] += 1;
  const names = new Map<string, { name: string; email: string }>();
  const person = async (id: string) => {
    if (!names.has(id)) {
      const p = directory ? await directory.person(id).catch(() => undefined) : undefined;
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
