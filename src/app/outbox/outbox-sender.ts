/**
 * Drains the outbox within Teams' limits. For each due item: find the person's conversation,
 * wait for a slot (50/s per app; 7/1 s, 8/2 s, 60/30 s per conversation), claim the item with
 * If-Match, send, record. The window in which a crash leaves a message in doubt is one HTTP
 * round trip: the claim is written before the POST, the outcome right after it.
 */
import { decideAfterFailure, PERMANENT_REASON_LABELS, type SendFailure } from '../../domain/outbox-policy';
import { SendPacer } from '../../domain/send-pacing';
import { isWorkKind, type OutboxItem } from './outbox-items';
import { InDoubtRecovery } from './in-doubt-recovery';
import { WorkRunner } from './work-runner';
import {
  DEFAULT_SENDER_OPTIONS,
  newSenderStats,
  realTimer,
  answerWithin,
  type SenderDeps,
  type SenderOptions,
  type SenderStats,
  type Timer,
} from './outbox-sender-options';
import type { Notifier } from '../ports/notifier';
import { conversationIdOf } from './reach';

export {
  DEFAULT_SENDER_OPTIONS,
  realTimer,
  type SendGate,
  type SenderDeps,
  type SenderOptions,
  type SenderStats,
  type Timer,
  type WorkPerformer,
} from './outbox-sender-options';

export class OutboxSender {
  readonly stats: SenderStats = newSenderStats();
  private readonly options: SenderOptions;
  private readonly pacer: SendPacer;
  private readonly timer: Timer;
  private readonly inflight = new Set<Promise<void>>();
  private readonly inflightIds = new Set<string>();
  private slotQueue: Promise<void> = Promise.resolve();
  private readonly recent429: number[] = [];
  private interval?: ReturnType<typeof setInterval>;
  private draining?: Promise<void>;
  private again = false;
  private stopping = false;
  private readonly recovery: InDoubtRecovery;
  private readonly work: WorkRunner;

  constructor(
    private readonly deps: SenderDeps,
    options: Partial<SenderOptions> & { instanceId: string },
  ) {
    this.options = { ...DEFAULT_SENDER_OPTIONS, ...options };
    if (this.options.sendTimeoutMs >= this.options.leaseMs) throw new Error('sendTimeoutMs must be shorter than leaseMs');
    this.pacer = new SendPacer(this.options.limits);
    this.timer = deps.timer ?? realTimer;
    this.recovery = new InDoubtRecovery(deps, this.options, this.timer, this.stats, this.inflightIds);
    this.work = new WorkRunner(deps, this.options, this.stats, this.inflightIds, {
      isStopping: () => this.stopping,
      afterFailure: (claimed, failure) => this.afterFailure(claimed, failure),
    });
  }

  start(): this {
    this.stopping = false;
    this.interval = setInterval(() => this.wake(), this.options.pollMs);
    this.interval.unref?.();
    this.wake();
    return this;
  }

  /** Starts a drain now, or once more after the current one. */
  wake(): void {
    if (this.stopping) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .then(() => undefined)
      .catch((err) => this.deps.log.error('outbox drain failed', { err: err instanceof Error ? err.stack : String(err) }))
      .finally(() => {
        this.draining = undefined;
        if (this.again && !this.stopping) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Stops taking new items and lets the ones in flight finish and be recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.interval) clearInterval(this.interval);
    await this.draining;
    await Promise.all(this.inflight);
  }

  get stopped(): boolean {
    return this.stopping;
  }

  /**
   * This instance has just taken the lease from another one, which may have sent up to the limits
   * until its requests had all reached Teams (`othersUntil`, our timer, from the lease row; may be
   * ahead of now): Teams counts both, and our pacer has seen none of it (SendPacer.afterOthers).
   */
  tookOver(othersUntil = this.timer.now()): void {
    this.pacer.afterOthers(othersUntil);
  }

  /** Look for in-doubt items at the next drain (a new leader takes over what its predecessor left). */
  forceRecovery(): void {
    this.recovery.force();
  }

  /**
   * One full drain, awaited: what tests, the bench and the background loop call. Resolves with
   * the milliseconds until something next needs a look (a pending item falls due, an in-doubt
   * claim runs out), or undefined when nothing is waiting. One outbox query when nothing is due.
   */
  async drain(): Promise<number | undefined> {
    let wait: number | undefined;
    for (let idle = 0; idle < 5;) {
      if (this.stopping) return undefined;
      await this.recovery.recordUnrecorded();
      const resolvedBefore = this.recovery.resolvedPending;
      const looking = this.recovery.look();
      const { due, msUntilNext } = await this.deps.outbox.pending();
      wait = msUntilNext;
      let refused = false;
      let working = false;
      const preparing = new Set<Promise<void>>();
      for (const item of due) {
        if (this.stopping) break;
        this.recovery.inBackground(); // a dead sender's claims run out during a long pass: looked up beside it
        // One work item a pass: the cards it queues go out in the next pass, beside the next item's work.
        if (isWorkKind(item.kind) && working) continue;
        if (this.deps.gate && !(this.deps.gate.holds() || (await this.deps.gate.acquire()))) {
          refused = true; // another instance leads: it sends
          break;
        }
        // Below the background share of the SharePoint budget before each item's claim, compose and record.
        await this.deps.pacer?.wait(() => this.stopping);
        if (isWorkKind(item.kind)) working = true;
        const p: Promise<void> = (isWorkKind(item.kind) ? this.work.perform(item) : this.dispatch(item))
          .catch((err) => this.deps.log.error('outbox dispatch failed', { id: item.id, err: String(err) }))
          .finally(() => preparing.delete(p));
        preparing.add(p);
        if (preparing.size >= this.options.prepareAhead) await Promise.race(preparing);
      }
      await Promise.all(preparing);
      await Promise.all(this.inflight);
      await looking;
      if (refused) return undefined;
      if (due.length > 0 || this.recovery.resolvedPending > resolvedBefore) {
        idle = 0;
        continue;
      }
      // Nothing due: wait for what falls due within the poll interval, else leave it to the next wake.
      if (wait === undefined || wait >= this.options.pollMs || this.stopping) break;
      idle += 1;
      await this.timer.sleep(Math.max(10, wait));
    }
    const recovery = this.recovery.nextRecoveryAt - this.timer.now();
    const unrecorded = this.recovery.unrecorded.size ? this.options.pollMs : Infinity;
    const next = Math.min(wait ?? Infinity, recovery, unrecorded);
    return Number.isFinite(next) ? Math.max(0, next) : undefined;
  }

  private async dispatch(item: OutboxItem): Promise<void> {
    const { outbox } = this.deps;
    const reference = await this.deps.references.referenceFor(item.personId);
    if (!reference) {
      const claimed = await outbox.claim(item, this.options.instanceId, this.options.leaseMs);
      if (claimed && (await outbox.markFailed(claimed, 'noReference', PERMANENT_REASON_LABELS.noReference))) this.stats.noReference += 1;
      return;
    }
    const conversationId = conversationIdOf(reference) ?? `person:${item.personId}`;
    // Claim and compose first, then wait for the slot: the store's work overlaps the pacing wait.
    const claimed = await outbox.claim(item, this.options.instanceId, this.options.leaseMs).catch((err) => {
      this.deps.log.error('outbox claim failed', { id: item.id, err: String(err) });
      return undefined;
    });
    if (!claimed) {
      this.stats.claimsLost += 1;
      return;
    }
    this.inflightIds.add(claimed.id);
    if (!(await this.dispatchClaimed(claimed, reference, conversationId).catch(() => false))) this.inflightIds.delete(claimed.id);
  }

  /** True when the send is under way (it clears the in-flight mark itself). */
  private async dispatchClaimed(claimed: OutboxItem, reference: unknown, conversationId: string): Promise<boolean> {
    const { outbox } = this.deps;
    let composed;
    try {
      composed = await this.deps.composer.compose(claimed);
    } catch (err) {
      await this.afterFailure(claimed, { message: `compose: ${err instanceof Error ? err.message : String(err)}` });
      return false;
    }
    if ('skip' in composed) {
      if (await outbox.markSkipped(claimed, composed.skip)) this.stats.skipped += 1;
      return false;
    }
    const answered = await this.takeSlot(conversationId);
    if (!answered) {
      // Not sent: hand it back at once rather than leave it in doubt until the lease runs out.
      await outbox.release(claimed);
      return false;
    }
    const sending: Promise<void> = this.send(claimed, reference, composed, answered).finally(() => {
      this.inflight.delete(sending);
      this.inflightIds.delete(claimed.id);
    });
    this.inflight.add(sending);
    return true;
  }

  /**
   * Waits for a slot and records it, one caller at a time (items are prepared side by side, but
   * the pacer must see each request before the next one is let through).
   */
  private takeSlot(conversationId: string): Promise<((at: number) => void) | undefined> {
    const waitingSince = this.timer.now(); // ready from now, though others may be ahead of it in the queue
    const turn = this.slotQueue.then(async () => {
      await this.slotFor(conversationId);
      if (this.stopping || (this.deps.gate && !this.deps.gate.holds())) return undefined;
      return this.pacer.record(conversationId, this.timer.now(), waitingSince);
    });
    this.slotQueue = turn.catch(() => undefined).then(() => undefined);
    return turn;
  }

  /** Waits until the pacing windows and the concurrency limit let a request to this conversation go. */
  private async slotFor(conversationId: string): Promise<void> {
    for (;;) {
      if (this.stopping) return;
      const now = this.timer.now();
      const at = this.pacer.nextAt(conversationId, now);
      if (at === Infinity)
        await (this.inflight.size ? Promise.race(this.inflight) : this.timer.sleep(5)); // the deciding request is still in flight (or just being started)
      else if (at > now) await this.timer.sleep(at - now);
      else if (this.inflight.size >= this.options.concurrency) await Promise.race(this.inflight);
      else return;
    }
  }

  private async send(
    claimed: OutboxItem,
    reference: unknown,
    message: Parameters<Notifier['send']>[1],
    answered: (at: number) => void,
  ): Promise<void> {
    const request = this.deps.notifier.send(reference, message, { outboxId: claimed.id });
    const outcome = await answerWithin(request, this.options.sendTimeoutMs).finally(() => answered(this.timer.now()));
    // No answer in time: it may have arrived, so it is left in doubt rather than sent again blind.
    if (outcome === 'timedOut') return this.recovery.timedOut(claimed, request);
    if (outcome.ok) this.recovery.lastSentAt = this.timer.now();
    try {
      if (outcome.ok) {
        if (await this.deps.outbox.markSent(claimed, outcome.activityId)) this.stats.sent += 1;
        else this.deps.log.error('outbox: sent, but the claim was taken over meanwhile', { id: claimed.id });
      } else {
        await this.afterFailure(claimed, outcome.failure);
      }
    } catch (err) {
      // Delivered but not recorded: remembered, and written again before anything else is sent.
      if (outcome.ok) this.recovery.unrecorded.set(claimed.id, { claimed, activityId: outcome.activityId });
      this.deps.log.error('outbox: could not record the outcome', { id: claimed.id, err: String(err) });
    }
  }

  private async afterFailure(claimed: OutboxItem, failure: SendFailure): Promise<void> {
    const decision = decideAfterFailure(failure, claimed.attempts, this.options.retry, Math.random());
    if (decision.action === 'retry') {
      if (decision.throttled) this.noteThrottled(decision.delayMs);
      if (await this.deps.outbox.markRetry(claimed, decision.delayMs, failure)) this.stats.retried += 1;
    } else {
      if (await this.deps.outbox.markFailed(claimed, decision.reason, decision.message)) this.stats.failed += 1;
      this.deps.log.info('outbox: permanent failure', { id: claimed.id, reason: decision.reason });
    }
  }

  private noteThrottled(delayMs: number) {
    this.stats.throttled += 1;
    const now = this.timer.now();
    this.recent429.push(now);
    while (this.recent429.length && this.recent429[0] < now - this.options.throttleStorm.windowMs) this.recent429.shift();
    if (this.recent429.length >= this.options.throttleStorm.count) this.pacer.pauseUntil(now + delayMs);
  }
}
