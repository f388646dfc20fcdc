/**
 * One leader among the app's instances: it alone runs the year wheel's tick and drains the outbox,
 * so Teams' per-app pacing (50 requests/s) holds for the whole app. The lease is one row in the
 * settings list (name "leaderLease"), claimed and renewed with If-Match on its ETag, so of two
 * instances writing at once exactly one wins (SharePoint answers the other 412).
 *
 * The row says how long it holds (`until`, the holder's clock; hosts are NTP-synced, `skewMs`
 * allows for the rest) and whether the holder is idle. Two modes keep an idle app nearly free:
 * - busy: while sending or ticking, renewed every `busyLeaseMs / 3`, held `busyLeaseMs`;
 * - idle: nothing in flight; held until the holder's next known work plus `graceMs`. An instance
 *   with new work of its own (an enqueue) takes an idle lease over at once instead of waiting.
 * A follower reads the row only when it runs out, so a dead leader is replaced within `graceMs`
 * (+ skew) of its next due work, and within `busyLeaseMs` while it was sending.
 *
 * The row also says when the holder sends nothing after (`quietAfter`, its clock): a busy holder
 * starts no request past its lease (`holds()` is its gate), an idle or released one has had every
 * answer back before it wrote the row. A new holder's pacer counts the old one's requests up to
 * then (+ skew, + `flightMs` for requests still on their way), so it waits only for what Teams'
 * windows may still hold of them (none after an idle lease a second old), and it claims the lease
 * as soon as the old one runs out: its first claims and cards are made during that wait.
 * What a takeover after a crash costs is the time from the crash to the old holder's fence (at
 * most `busyLeaseMs`, on average about what is left after a renewal) + skew + flight + Teams'
 * 1 s window; `renewEveryMs` sets how close the fence follows (a renewal must land in the rest).
 */
import type { Timer } from '../outbox/outbox-sender';
import { ConflictError, type ListItem, type ListStore } from '../ports/list-store';

export interface LeaseOptions {
  instanceId: string;
  busyLeaseMs: number;
  /** A busy lease is written again this long after the last write (default a third of it); the rest must hold a renewal. */
  renewEveryMs?: number;
  graceMs: number;
  /** Most the instances' clocks differ by. */
  skewMs: number;
  /** Longest a request takes to reach Teams after its sender let it go (the old holder's last ones after its fence). */
  flightMs: number;
}

export const DEFAULT_LEASE_OPTIONS: Omit<LeaseOptions, 'instanceId'> = {
  busyLeaseMs: 30_000,
  graceMs: 30_000,
  skewMs: 2_000,
  flightMs: 1_000,
};

export const LEASE_NAME = 'leaderLease';

interface LeaseValue {
  holder: string;
  /** Epoch ms in the holder's clock. */
  until: number;
  idle: boolean;
  /** Bumped by another instance with new work while the holder is busy: the holder drains again. */
  doorbell: number;
  term: number;
  /** Epoch ms in the holder's clock: it starts no request after this (busy: its fence; idle, released: the write). */
  quietAfter: number;
}

export type Renewal = 'held' | 'rang' | 'lost';

export class LeaderLease {
  private readonly options: LeaseOptions;
  private rowId?: string;
  /** The row as we last saw or wrote it. */
  private seen?: { etag: string; value: LeaseValue };
  /** Our own timer's deadline for acting as leader (self-fencing: never past what others see). */
  private heldUntil = -Infinity;
  private doorbellSeen = 0;
  private writing: Promise<void> = Promise.resolve();
  /** Leadership changes, for logs and tests. */
  readonly terms: { holder: string; at: number }[] = [];
  /**
   * Told when this instance has just taken the lease from another (or a released) holder, with the
   * time (our clock) by which every request of the old holder has reached Teams.
   */
  onTakeover: (othersUntil: number) => void = () => undefined;

  constructor(
    private readonly store: ListStore,
    private readonly timer: Timer,
    options: Partial<LeaseOptions> & { instanceId: string },
  ) {
    this.options = { ...DEFAULT_LEASE_OPTIONS, ...options };
    if (this.renewEveryMs + this.options.skewMs >= this.options.busyLeaseMs)
      throw new Error('renewEveryMs + skewMs must be shorter than busyLeaseMs');
  }

  get instanceId() {
    return this.options.instanceId;
  }

  private get renewEveryMs() {
    return this.options.renewEveryMs ?? this.options.busyLeaseMs / 3;
  }

  /** How often a busy holder should see whether its renewal is due. */
  get checkEveryMs() {
    return Math.min(1000, this.renewEveryMs / 2);
  }

  /** Local and free: we hold the lease, with a margin before anyone else may take it. */
  holds(): boolean {
    return this.seen?.value.holder === this.options.instanceId && this.timer.now() < this.heldUntil;
  }

  /** The holder's renewal is due (busy mode): `renewEveryMs` after the last write. */
  renewalDue(): boolean {
    const { busyLeaseMs, skewMs } = this.options;
    return this.holds() && !this.seen!.value.idle && this.timer.now() >= this.heldUntil - (busyLeaseMs - skewMs - this.renewEveryMs);
  }

  /** When the current holder's lease runs out, in our clock (for a follower's next look). */
  expiresAt(): number {
    return this.seen ? this.seen.value.until + this.options.skewMs : -Infinity;
  }

  /** Becomes or stays the leader for busy work. False when another instance holds the lease. */
  async claimBusy(): Promise<boolean> {
    return (await this.write({ idle: false, until: this.timer.now() + this.options.busyLeaseMs })) !== 'lost';
  }

  /** Renews a busy lease (during a long drain). */
  renewBusy(): Promise<Renewal> {
    return this.write({ idle: false, until: this.timer.now() + this.options.busyLeaseMs });
  }

  /** Nothing in flight: hold until the next known work (epoch ms, our clock) plus the grace. */
  idleUntil(nextWorkAt: number): Promise<Renewal> {
    return this.write({ idle: true, until: Math.max(nextWorkAt, this.timer.now()) + this.options.graceMs });
  }

  /**
   * A follower's look at the row: takes the lease when it ran out or was released. True when we
   * are the leader afterwards. One single-item read (1 RU) unless it takes over.
   */
  async check(): Promise<boolean> {
    await this.read();
    const v = this.seen!.value;
    if (v.holder === this.options.instanceId) return this.claimBusy();
    if (v.holder === '' || this.timer.now() >= this.expiresAt()) return this.claimBusy();
    return false;
  }

  /**
   * We have new work (an enqueue in this process) and are not the leader: take an idle or expired
   * lease over, or ring a busy leader's doorbell so it drains again before it goes idle.
   * Returns whether we are the leader now.
   */
  async ring(): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.read();
      const v = this.seen!.value;
      if (v.holder === '' || v.holder === this.options.instanceId || v.idle || this.timer.now() >= this.expiresAt()) {
        if (await this.claimBusy()) return true;
        continue;
      }
      try {
        const item = await this.store.update(
          'settings',
          this.rowId!,
          { value: JSON.stringify({ ...v, doorbell: v.doorbell + 1 }) },
          { ifMatch: this.seen!.etag },
        );
        this.remember(item);
        return false;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    return this.holds();
  }

  /** Gives the lease up (stopping): another instance takes it at its next look, without waiting for it to run out. */
  async release(): Promise<void> {
    if (this.seen?.value.holder !== this.options.instanceId) return;
    this.heldUntil = -Infinity;
    try {
      await this.store.update(
        'settings',
        this.rowId!,
        { value: JSON.stringify({ ...this.seen.value, holder: '', until: 0, idle: true, quietAfter: this.timer.now() }) },
        { ifMatch: this.seen.etag },
      );
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }

  /**
   * An If-Match write of our lease. A 412 means someone wrote the row meanwhile: a doorbell (still
   * ours: write again, and say it rang) or a takeover (lost). A busy lease of another instance is
   * never taken before it runs out; an idle one may be (its holder writes before it sends again).
   */
  private write(change: { idle: boolean; until: number }): Promise<Renewal> {
    // One write at a time, in call order: a renewal in flight never lands after the idle write that followed it.
    const result = this.writing.then(() => this.writeNow(change));
    this.writing = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async writeNow(change: { idle: boolean; until: number }): Promise<Renewal> {
    if (!this.seen) await this.read();
    let rang = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      const v = this.seen!.value;
      const ours = v.holder === this.options.instanceId;
      if (!ours && v.holder !== '' && !v.idle && this.timer.now() < this.expiresAt()) return this.lose();
      if (ours) rang ||= v.doorbell !== this.doorbellSeen;
      const fence = change.until - this.options.skewMs; // self-fencing: never past what others see
      const next: LeaseValue = {
        ...v,
        holder: this.options.instanceId,
        until: change.until,
        idle: change.idle,
        term: ours ? v.term : v.term + 1,
        // Idle: the drain had every answer back; still idle and ours: nothing sent since (a busy write comes first).
        quietAfter: !change.idle ? fence : ours && v.idle ? v.quietAfter : this.timer.now(),
      };
      try {
        const item = await this.store.update('settings', this.rowId!, { value: JSON.stringify(next) }, { ifMatch: this.seen!.etag });
        this.remember(item);
        this.heldUntil = fence;
        this.doorbellSeen = next.doorbell;
        if (!ours) {
          this.terms.push({ holder: this.options.instanceId, at: this.timer.now() });
          this.onTakeover(this.othersUntil(v));
        }
        return rang ? 'rang' : 'held';
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        await this.read();
        if (ours && this.seen!.value.holder !== this.options.instanceId) return this.lose(); // taken over while we held it
      }
    }
    return this.lose();
  }

  /**
   * When (our clock) the previous holder's requests have all reached Teams. An idle or released row
   * was written after its holder's last answer, and we read it before now: no later than now.
   */
  private othersUntil(previous: LeaseValue): number {
    const { skewMs, flightMs } = this.options;
    if (previous.idle) return Math.min(this.timer.now(), previous.quietAfter + skewMs);
    return previous.quietAfter + skewMs + flightMs;
  }

  private lose(): Renewal {
    this.heldUntil = -Infinity;
    return 'lost';
  }

  private async read(): Promise<void> {
    if (this.rowId) {
      const item = await this.store.get('settings', this.rowId);
      if (item) return this.remember(item);
    }
    const [found] = (await this.store.query('settings', { where: { name: LEASE_NAME }, top: 1 })).items;
    const item =
      found ??
      (await this.store.create(
        'settings',
        {
          name: LEASE_NAME,
          value: JSON.stringify({ holder: '', until: 0, idle: true, doorbell: 0, term: 0, quietAfter: 0 } satisfies LeaseValue),
        },
        { key: `settings:${LEASE_NAME}` },
      ));
    this.rowId = item.id;
    this.remember(item);
  }

  private remember(item: ListItem) {
    const value = JSON.parse(String(item.fields.value ?? '{}')) as Partial<LeaseValue>;
    const until = value.until ?? 0;
    const idle = value.idle ?? true;
    // A row written before quietAfter: a busy holder fenced itself skew before until; an idle one, unknown (then now).
    const quietAfter = value.quietAfter ?? (idle ? Infinity : until - this.options.skewMs);
    this.seen = {
      etag: item.etag,
      value: { holder: value.holder ?? '', until, idle, doorbell: value.doorbell ?? 0, term: value.term ?? 0, quietAfter },
    };
    if (this.seen.value.holder !== this.options.instanceId) this.heldUntil = -Infinity;
  }
}
