import { encodePacks, shuffle, type PackedAnswer } from '../../domain/survey-packs';
import type { Fields, ListStore } from '../ports/list-store';

/** A pack's round and day in one indexed column: the devices' check reads a day's packs of a round (survey-devices.ts). */
export const packDay = (roundId: string, day: string) => `${roundId}|${day}`;

/** One answer to store, with the keyed hash of the device that gave it (none on a shared tablet). */
export interface AnswerToStore extends PackedAnswer {
  roundId: string;
  day: string;
  deviceHash?: string;
}

interface Pending {
  answer: AnswerToStore;
  at: number;
  resolve: () => void;
  reject: (e: unknown) => void;
  /** Called before reject when the answer was not stored. */
  failed?: () => void;
}

export interface PackingOptions {
  /** A group this large is written at once. */
  maxGroup: number;
  /** How long a group gathers once something waits. */
  maxWaitMs: number;
  /** Fewer answers than this are held for more company (a pack of one would date one answer)… */
  minPack: number;
  /** …but never longer than this: an answer is stored before the child gets "Tack!". */
  maxHoldMs: number;
  /** Write as soon as minPack answers wait, not after maxWaitMs (when an item costs little, as on SQLite). */
  eager: boolean;
  /**
   * Groups in the store at once; what arrives while that many commit and flush forms the next
   * group. On SQLite two: while one group's WAL flush runs, the next commits and starts its own
   * (WalSync runs two flushes at once), so the disk's round trip is not waited for in turn; more
   * would only cut the groups smaller (a transaction and a flush each).
   */
  inStore: number;
  /**
   * A group joins groups already in the store only once it is as large as the largest of them:
   * a closed loop of n clients then settles into two groups of n/2 overlapping (the smallest number
   * of commits and flushes that keeps one flush running while the other group gathers), instead of a
   * small group cut from whatever one poll turn read.
   */
  matched: boolean;
}

/** SQLite commits are cheap (fsync'd group commit); on SharePoint each item costs 2 RU, so packs grow larger. */
export const PACKING: Record<'sqlite' | 'graph', PackingOptions> = {
  sqlite: { maxGroup: 500, maxWaitMs: 5, minPack: 5, maxHoldMs: 2000, eager: true, inStore: 2, matched: true },
  graph: { maxGroup: 1000, maxWaitMs: 250, minPack: 10, maxHoldMs: 5000, eager: false, inStore: Infinity, matched: false },
};

/**
 * Group commit for survey answers, in packs: the answers arriving together are shuffled and
 * stored as few items as fit (one createMany: a SQLite transaction, or a Graph $batch), with the
 * devices' keyed hashes shuffled separately beside them. Each submitter is answered only after
 * its answer is stored.
 */
export class SurveyAnswerWriter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Immediate | undefined;
  /** The groups in the store, with their sizes. */
  private inFlight = new Map<Promise<void>, number>();
  private closed = false;
  /** For the bench and tests: groups written, answers in them, and items created for them. */
  readonly stats = { groups: 0, answers: 0, items: 0 };
  private readonly options: PackingOptions;

  constructor(
    private readonly store: ListStore,
    options: Partial<PackingOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...PACKING[store.kind], ...options };
  }

  /** Resolves once the answer is stored; `failed` is called first when it was not (a write that failed, or the writer closed). */
  write(answer: AnswerToStore, failed?: () => void): Promise<void> {
    if (this.closed) {
      failed?.();
      return Promise.reject(new Error('survey writer is closed'));
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ answer, at: this.now(), resolve, reject, failed });
      // No room in the store: the next group to finish takes these along (see settled).
      if (!this.room()) return;
      if (this.queue.length >= this.options.maxGroup) this.flush(true);
      // Company enough: go once this turn's requests are read (no fixed wait under load; a commit's
      // fsync is the wait, and what arrives meanwhile forms the next group).
      else if (this.queue.length >= this.options.minPack && this.options.eager) this.soon ??= setImmediate(() => this.flush(false));
      else this.timer ??= setTimeout(() => this.flush(false), this.options.maxWaitMs);
    });
  }

  private flush(force: boolean) {
    clearTimeout(this.timer);
    clearImmediate(this.soon);
    this.timer = undefined;
    this.soon = undefined;
    if (this.queue.length === 0) return;
    const oldest = this.queue[0].at;
    const waited = this.now() - oldest;
    if (!force && this.queue.length < this.options.minPack && waited < this.options.maxHoldMs) {
      this.timer = setTimeout(() => this.flush(false), Math.min(this.options.maxWaitMs * 4, this.options.maxHoldMs - waited));
      return;
    }
    while (this.queue.length > 0 && (force || this.room())) {
      const group = this.queue.splice(0, this.options.maxGroup);
      // Room is made (and the next group sent) before these are answered: its commit and flush start
      // before this group's "Tack!" responses are written, not after.
      const done: Promise<void> = this.store_(group.map((p) => p.answer)).then(
        (items) => {
          this.stats.groups += 1;
          this.stats.answers += group.length;
          this.stats.items += items;
          this.settled(done);
          for (const p of group) p.resolve();
        },
        (e: unknown) => {
          this.settled(done);
          for (const p of group) {
            p.failed?.();
            p.reject(e);
          }
        },
      );
      this.inFlight.set(done, group.length);
    }
  }

  /** May what waits go to the store now (see inStore and matched)? */
  private room(): boolean {
    if (this.inFlight.size === 0) return true;
    if (this.inFlight.size >= this.options.inStore) return false;
    if (!this.options.matched) return true;
    let largest = 0;
    for (const size of this.inFlight.values()) largest = Math.max(largest, size);
    return this.queue.length >= largest;
  }

  private settled(done: Promise<void>) {
    this.inFlight.delete(done);
    // What waited for room goes now, as one group (closing: at once, whatever its size).
    if (this.queue.length > 0 && (this.closed || this.room())) this.flush(this.closed);
  }

  private async store_(answers: AnswerToStore[]): Promise<number> {
    const byRound = new Map<string, AnswerToStore[]>();
    for (const a of answers) {
      const same = byRound.get(a.roundId);
      if (same) same.push(a);
      else byRound.set(a.roundId, [a]);
    }
    const packs: { fields: Fields }[] = [];
    for (const [roundId, group] of byRound) {
      const day = group.map((a) => a.day).sort()[0];
      const hashes = shuffle(group.map((a) => a.deviceHash).filter((h): h is string => !!h));
      // The group's device hashes ride on its packs, in their own shuffled order (no extra item, no extra RU),
      // as many on each pack as it has answers, so each column stays below the pack size.
      let next = 0;
      for (const pack of encodePacks(group)) {
        const mine = hashes.slice(next, (next += pack.count));
        packs.push({
          fields: {
            roundId,
            day,
            roundDay: packDay(roundId, day),
            count: pack.count,
            entries: pack.entries,
            hashes: mine.length ? JSON.stringify(mine) : null,
          },
        });
      }
    }
    await this.store.createMany('surveyAnswerPacks', packs);
    return packs.length;
  }

  /** On shutdown: write what is queued and wait for it; what was acknowledged is stored. */
  async close(): Promise<void> {
    this.closed = true;
    this.flush(true);
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight.keys()]);
  }
}
