/**
 * The background loop of one instance: the year wheel's tick and the outbox drain, run only by
 * the leader (leader-lease.ts). Idle costs next to nothing:
 * - an enqueue in this process wakes the loop at once (the leader drains; a follower takes an
 *   idle lease over, or rings a busy leader's doorbell);
 * - otherwise the leader wakes when work is known to fall due (a pending item's notBefore, an
 *   in-doubt claim running out, the next tick), and looks at the outbox with back-off after
 *   activity (1 s, 2 s, 4 s …) up to every `idleMaxMs` when idle: one outbox query and one lease
 *   write (4 RU);
 * - a follower reads the lease row (1 RU) only when it runs out.
 */
import type { LeaderLease } from './leader-lease';
import type { OutboxSender, SendGate, Timer } from '../outbox/outbox-sender';

export interface BackgroundOptions {
  /** The year wheel's tick (its rules are by the day: reminders N days before, monthly check-ins). */
  tickEveryMs: number;
  /** The leader looks at the outbox at least this often, even when nothing is known to be due. */
  idleMaxMs: number;
  /** The first look after activity; doubled after each look that found nothing. */
  firstBackoffMs: number;
}

const activity = (sender: OutboxSender) => Object.values(sender.stats).reduce((a, b) => a + b, 0);

export const DEFAULT_BACKGROUND_OPTIONS: BackgroundOptions = { tickEveryMs: 60 * 60_000, idleMaxMs: 15 * 60_000, firstBackoffMs: 1000 };

export interface BackgroundStats {
  ticks: number;
  drains: number;
  /** Times this instance became the leader. */
  terms: number;
}

export class BackgroundWork {
  readonly stats: BackgroundStats = { ticks: 0, drains: 0, terms: 0 };
  private readonly options: BackgroundOptions;
  private stopping = true;
  private pendingWake = false;
  private wakeUp?: () => void;
  private loop?: Promise<void>;
  private keepAlive?: Promise<void>;
  private busy = false;
  private stopSignal?: () => void;
  private stopped: Promise<void> = new Promise((resolve) => (this.stopSignal = resolve));

  constructor(
    private readonly deps: {
      lease: LeaderLease;
      sender: OutboxSender;
      scheduler?: { tick(): Promise<unknown> };
      timer: Timer;
      /** The tick waits below the background share of the Graph budget (budget-pacer.ts). */
      pacer?: { wait(isStopping?: () => boolean): Promise<void> };
      log: { error(m: string, d?: Record<string, unknown>): void; info(m: string, d?: Record<string, unknown>): void };
    },
    options: Partial<BackgroundOptions> = {},
  ) {
    this.options = { ...DEFAULT_BACKGROUND_OPTIONS, ...options };
    // Taken from another instance: its last requests still fill Teams' windows, which our pacer has not seen.
    deps.lease.onTakeover = (othersUntil) => deps.sender.tookOver(othersUntil);
  }

  /** What the sender asks before each dispatch: only the busy leader sends. */
  readonly gate: SendGate = {
    holds: () => this.deps.lease.holds() && this.busy,
    acquire: async () => {
      this.busy = await this.deps.lease.claimBusy();
      if (this.busy) this.startKeepAlive();
      return this.busy;
    },
  };

  isLeader(): boolean {
    return this.deps.lease.holds();
  }

  start(): this {
    if (!this.stopping) return this;
    this.stopping = false;
    this.stopped = new Promise((resolve) => (this.stopSignal = resolve));
    this.loop = this.run().catch((err) =>
      this.deps.log.error('background loop stopped', { err: err instanceof Error ? err.stack : String(err) }),
    );
    return this;
  }

  /** Something was enqueued in this process. */
  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  /** Stops the loop; `release` gives the lease up so another instance need not wait for it to run out. */
  async stop({ release = true } = {}): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.wakeUp?.();
    this.stopSignal?.();
    await this.loop;
    await this.keepAlive;
    if (release) await this.deps.lease.release().catch((err) => this.deps.log.error('lease release failed', { err: String(err) }));
  }

  private async run(): Promise<void> {
    const { lease, sender, scheduler, timer } = this.deps;
    let nextTickAt = timer.now();
    let nextLookAt = timer.now();
    // After activity the outbox is looked at again soon (1 s, 2 s, 4 s … up to idleMaxMs): a
    // safety net for work nobody announced (an enqueue whose instance died before it rang).
    let backoff = this.options.firstBackoffMs;
    while (!this.stopping) {
      try {
        if (!lease.holds()) {
          const wanted = this.pendingWake;
          this.pendingWake = false;
          const leader = wanted ? await lease.ring() : await lease.check();
          if (!leader) {
            this.busy = false;
            await this.sleepUntil(lease.expiresAt() + 1);
            continue;
          }
          // Leader now: take over whatever the previous one left (due items, in-doubt claims).
          this.busy = true;
          this.startKeepAlive();
          this.stats.terms += 1;
          sender.forceRecovery();
          nextLookAt = timer.now();
        }
        const now = timer.now();
        const tickDue = scheduler !== undefined && now >= nextTickAt;
        const lookDue = this.pendingWake || tickDue || now >= nextLookAt;
        this.pendingWake = false;
        if (tickDue) {
          if (!(await this.gate.acquire())) continue;
          nextTickAt = now + this.options.tickEveryMs;
          this.stats.ticks += 1;
          await this.deps.pacer?.wait(() => this.stopping);
          await scheduler
            .tick()
            .catch((err) => this.deps.log.error('year wheel tick failed', { err: err instanceof Error ? err.stack : String(err) }));
        }
        if (lookDue && !sender.stopped) {
          this.stats.drains += 1;
          const before = activity(sender);
          const next = await sender.drain();
          backoff = activity(sender) !== before ? this.options.firstBackoffMs : Math.min(backoff * 2, this.options.idleMaxMs);
          nextLookAt = timer.now() + Math.min(next ?? Infinity, backoff);
        }
        if (this.pendingWake || this.stopping) continue;
        const wakeAt = Math.min(scheduler ? nextTickAt : Infinity, nextLookAt, timer.now() + this.options.idleMaxMs);
        this.busy = false;
        const held = await lease.idleUntil(wakeAt);
        if (held === 'rang') this.pendingWake = true;
        if (held !== 'held') continue;
        await this.sleepUntil(wakeAt);
      } catch (err) {
        // The store failed (throttled, unreachable): back off and try again.
        this.deps.log.error('background work failed', { err: err instanceof Error ? err.stack : String(err) });
        await this.sleepUntil(timer.now() + 5_000);
      }
    }
  }

  /** Renews a busy lease while a drain or tick runs long (a lease write every third of its length). */
  private startKeepAlive() {
    if (this.keepAlive) return;
    const { lease } = this.deps;
    this.keepAlive = (async () => {
      while (this.busy && !this.stopping) {
        await Promise.race([this.idleSleep(lease.checkEveryMs), this.stopped]);
        if (!this.busy || this.stopping) break;
        if (lease.renewalDue()) {
          const r = await lease.renewBusy().catch(() => 'held' as const);
          if (r === 'lost') this.busy = false;
          if (r === 'rang') this.pendingWake = true;
        }
      }
    })().finally(() => (this.keepAlive = undefined));
  }

  private idleSleep(ms: number): Promise<void> {
    const { timer } = this.deps;
    return timer.idle ? timer.idle(ms) : timer.sleep(ms);
  }

  private sleepUntil(at: number): Promise<void> {
    if (this.stopping || this.pendingWake) return Promise.resolve();
    const ms = Math.max(0, Math.min(at, this.deps.timer.now() + 24 * 3600_000) - this.deps.timer.now());
    return new Promise<void>((resolve) => {
      this.wakeUp = resolve;
      void this.idleSleep(ms).then(resolve);
    }).finally(() => (this.wakeUp = undefined));
  }
}
