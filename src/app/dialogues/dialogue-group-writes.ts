/**
 * A round's groups written. A few (or on SQLite, where nothing is metered) are written in the
 * organiser's request. A large round's are not: a process round has a group per unit, and 300
 * creates are 600 RU, half a minute's SharePoint budget in one request (bench/year's busiest
 * minute). Its request records the round with the number of groups and a new group set, and queues
 * work items that write the groups GROUPS_PER_ITEM at a time, paced by the budget (outbox
 * WORK_KINDS). The round shows only its current set's groups, so until they are all written the
 * round says how many exist, and sending it waits (DialogueCore.assertGroupsWritten). Changing
 * its groups names a new set (the old set's items then write nothing), and a cleanup item deletes
 * the groups of every other set, or all of a removed round's. Every write is keyed, so a retried
 * or taken-over item writes nothing twice.
 */
import type { Actor } from '../../domain/identity';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import { queryAll, type Fields, type ListItem } from '../ports/list-store';
import type { SchoolUnit } from '../store/records';
import type { DialogueDeps } from './dialogue-core';
import type { GroupInput } from './dialogue-records';

/** The work item that writes (or removes) a round's groups in the background. */
export const GROUPS_WRITE = 'dialogueGroupsWrite' as const;
/** Up to so many groups (2 RU each on SharePoint) are written in the request itself. */
export const GROUPS_IN_REQUEST = 30;
/**
 * A work item's payload carries its groups' fields, up to about so many characters of JSON (its
 * note column stays small, and each item is two keyed lookups in the organiser's request): about
 * 85 groups of a process round an item, written in $batches of 20.
 */
const PAYLOAD_CHARS = 30_000;

type WriteItem = { roundId: string; set: string; from: number; groups: Fields[] } | { roundId: string; cleanup: true };

const workItem = (roundId: string, organiserId: string, key: string, payload: WriteItem): NewOutboxItem => ({
  key: `${GROUPS_WRITE}:${roundId}:${key}`,
  personId: organiserId,
  kind: GROUPS_WRITE,
  payload,
  // The round's work (with its invitations' items): what bench/year and the tests wait for.
  source: `roundWork:${roundId}`,
});

export class DialogueGroupWrites {
  constructor(
    private readonly d: DialogueDeps,
    /** `inline`: the request writes everything (SQLite). Shared with the invitations' round work. */
    private readonly roundWork: { inline: boolean },
  ) {}

  /** Whether writing `groups` new groups and removing `removed` old ones is left to work items. */
  inBackground(groups: number, removed: number): boolean {
    return !this.roundWork.inline && Math.max(groups, removed) > GROUPS_IN_REQUEST;
  }

  /** A new set's code: groups written under it belong to the round once the round names it. */
  newSet(): string {
    return this.d.secrets.newCode();
  }

  /** The groups' fields as stored, their school form from the round's check. */
  fields(roundId: string, set: string, groups: GroupInput[], actor: Actor, units: Map<string, SchoolUnit>): Fields[] {
    return groups.map((g, position) => ({
      roundId,
      groupSet: set,
      name: g.name.trim(),
      schoolForm: units.get(g.unitIds[0] ?? '')?.schoolForm ?? '',
      unitIds: JSON.stringify(g.unitIds),
      staffIds: JSON.stringify(g.staffIds ?? []),
      start: g.start ? new Date(g.start).toISOString() : null,
      end: g.end ? new Date(g.end).toISOString() : null,
      place: g.place ?? '',
      meetingUrl: g.meetingUrl ?? '',
      position,
      sequence: 0,
      calendarEventId: '',
      modifiedById: actor.userId,
    }));
  }

  /**
   * Writes the groups now, in $batches of the store (createMany). A work item's are keyed (its set
   * is new, so a key is never reused), the request's are not: a set of the request's may be
   * written again after its groups were deleted (a change of a small round).
   */
  async write(groups: Fields[], keyed = false): Promise<ListItem[]> {
    return this.d.store.createMany(
      'dialogueGroups',
      groups.map((fields) => ({ fields, ...(keyed ? { key: groupKey(fields) } : {}) })),
    );
  }

  /** Queues the set's groups, PAYLOAD_CHARS of them an item, and (`cleanup`) the removal of every other set's. */
  async queue(roundId: string, set: string, groups: Fields[], organiserId: string, cleanup: boolean): Promise<void> {
    const items: NewOutboxItem[] = [];
    for (let from = 0, chars = 0, end = 0; from < groups.length; from = end, chars = 0) {
      for (end = from; end < groups.length && (end === from || chars + JSON.stringify(groups[end]).length <= PAYLOAD_CHARS); end++)
        chars += JSON.stringify(groups[end]).length;
      items.push(workItem(roundId, organiserId, `${set}:${from}`, { roundId, set, from, groups: groups.slice(from, end) }));
    }
    if (cleanup) items.push(workItem(roundId, organiserId, `${set}:cleanup`, { roundId, cleanup: true }));
    await this.d.outbox.enqueue(items);
  }

  /** A removed round's groups, removed in the background. */
  async queueRemoval(roundId: string, organiserId: string): Promise<void> {
    await this.d.outbox.enqueue([workItem(roundId, organiserId, 'removed', { roundId, cleanup: true })]);
  }

  /**
   * The background part (a GROUPS_WRITE item). A write item writes its groups if the round still
   * names its set (a set replaced or a round removed meanwhile is not written); a cleanup item
   * deletes the round's groups of every set but its current one, or all of them if it is gone.
   */
  async perform(item: OutboxItem): Promise<void> {
    const work = item.payload as WriteItem;
    const current = await this.currentSet(work.roundId);
    if (!('cleanup' in work)) {
      if (current !== work.set) return;
      const written = await this.write(work.groups, true);
      // Changed or removed while these were written: its cleanup may have read the groups before
      // them, so they are taken back here (either that cleanup or this look sees them).
      if ((await this.currentSet(work.roundId)) !== work.set) for (const g of written) await this.d.store.delete('dialogueGroups', g.id);
      return;
    }
    const stale = (await queryAll(this.d.store, 'dialogueGroups', { roundId: work.roundId })).filter(
      (g) => current === undefined || String(g.fields.groupSet ?? '') !== current,
    );
    for (const g of stale) await this.d.store.delete('dialogueGroups', g.id);
  }

  /** The set the round names now; undefined once it is removed. */
  private async currentSet(roundId: string): Promise<string | undefined> {
    const round = await this.d.store.get('dialogueRounds', roundId);
    return round ? String(round.fields.groupSet ?? '') : undefined;
  }
}

/** A group's idempotency key: its round, set and place in the round. */
const groupKey = (fields: Fields) => `dialogueGroup:${String(fields.roundId)}:${String(fields.groupSet)}:${String(fields.position)}`;
