/**
 * In-doubt items: deliveries this instance made but could not record (written again before
 * anything else), and items whose sender died mid-send (asked of the channel when a probe is
 * there, else sent again).
 */
import { isWorkKind, type OutboxItem } from './outbox-items';
import type { SenderDeps, SenderOptions, SenderStats, Timer } from './outbox-sender-options';
import type { SendOutcome } from '../ports/notifier';

/** In-doubt items looked up with the delivery probe at once. */
const LOOKUPS_AT_ONCE = 8;

export class InDoubtRecovery {
  private lastRecovery = -Infinity;
  /** When this instance last delivered (timer ms): recovery looks more often while sending. */
  lastSentAt = -Infinity;
  /** A "sending" item's claim runs out then: look at it again (timer ms). */
  nextRecoveryAt = Infinity;
  /**
   * Delivered, but recording "sent" failed (the store refused or was unreachable). Kept here and
   * written again before anything else, so this instance never treats its own delivery as in doubt.
   */
  readonly unrecorded = new Map<string, { claimed: OutboxItem; activityId?: string }>();

  constructor(
    private readonly deps: SenderDeps,
    private readonly options: SenderOptions,
    private readonly timer: Timer,
    private readonly stats: SenderStats,
    /** Items this sender has claimed and not yet recorded. */
    private readonly inflightIds: ReadonlySet<string>,
  ) {}

  /** Look for in-doubt items at the next drain (a new leader takes over what its predecessor left). */
  force(): void {
    this.lastRecovery = -Infinity;
  }

  /** Writes "sent" for deliveries whose record failed; kept until it succeeds or the claim is gone. */
  async recordUnrecorded(): Promise<void> {
    for (const [id, { claimed, activityId }] of this.unrecorded) {
      try {
        const recorded = await this.deps.outbox.markSent(claimed, activityId);
        if (!recorded) {
          // Someone changed the item since our claim (a takeover): tell it the truth, that it was delivered.
          const current = await this.deps.outbox.get(id);
          if (current && current.state !== 'sent') await this.deps.outbox.resolveInDoubt(current, true);
        } else this.stats.sent += 1;
        this.unrecorded.delete(id);
      } catch (err) {
        this.deps.log.error('outbox: still cannot record a delivery', { id, err: String(err) });
        return;
      }
    }
  }

  /**
   * A send with no answer in time (answerWithin): not retried, as it may have reached Teams. Its
   * claim is left to run out, and a look then asks the probe (or, with none, sends it again); an
   * answer that still comes back delivered is recorded as this instance's own delivery.
   */
  timedOut(claimed: OutboxItem, request: Promise<SendOutcome>): void {
    this.stats.timedOut += 1;
    this.deps.log.info('outbox: no answer in time, left in doubt', { id: claimed.id });
    const runsOut = new Date(claimed.claimedUntil).getTime() - this.deps.outbox.now().getTime();
    this.nextRecoveryAt = Math.min(this.nextRecoveryAt, this.timer.now() + Math.max(0, runsOut) + 10);
    void request.then(
      (late) => late.ok && this.unrecorded.set(claimed.id, { claimed, activityId: late.activityId }),
      () => undefined,
    );
  }

  private running?: Promise<void>;

  /**
   * Items whose sender died mid-send: ask the channel if a probe is there, else send them again.
   * One look at a time (a call while one runs joins it); the sender also starts it beside a long
   * pass (`inBackground`), so a dead sender's claims are looked up while the queue goes on.
   */
  recoverInDoubt(): Promise<void> {
    this.running ??= this.lookAndResolve().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Items this recovery made pending again (to be sent): a drain goes on while this grows. */
  resolvedPending = 0;

  /** A look as recoverInDoubt, beside a pass (a restarted sender's probes held its first sends back): its failure logged. */
  look(): Promise<void> {
    return this.recoverInDoubt().catch((err) => this.deps.log.error('outbox: in-doubt recovery failed', { err: String(err) }));
  }

  /** Starts a look if one is due, without waiting for it. */
  inBackground(): void {
    void this.look();
  }

  private async lookAndResolve(): Promise<void> {
    const now = this.timer.now();
    // Looked for often while sending; when idle, only where a claim is known to run out, or hourly.
    const active = now - this.lastSentAt < 10 * 60_000;
    const every = active ? Math.max(250, this.options.leaseMs / 4) : this.options.idleRecoveryMs;
    if (now - this.lastRecovery < every && now < this.nextRecoveryAt) return;
    this.lastRecovery = now;
    this.nextRecoveryAt = Infinity;
    const sending = await this.deps.outbox.withState('sending');
    const t = this.deps.outbox.now();
    const runOut: OutboxItem[] = [];
    for (const item of sending) {
      if (item.claimedUntil === '' || item.claimedUntil >= t.toISOString()) {
        // Claimed and not run out yet (ours in flight, or a predecessor's): look again when it does.
        if (item.claimedUntil && !this.inflightIds.has(item.id))
          this.nextRecoveryAt = Math.min(this.nextRecoveryAt, now + new Date(item.claimedUntil).getTime() - t.getTime() + 10);
        continue;
      }
      // Ours, claimed and still waiting for its slot or answer (a look runs beside the sending): not in doubt.
      if (!this.inflightIds.has(item.id)) runOut.push(item);
    }
    // A few side by side: each look is some Graph reads in a row (installed app, chat, messages).
    for (let i = 0; i < runOut.length; i += LOOKUPS_AT_ONCE)
      await Promise.all(runOut.slice(i, i + LOOKUPS_AT_ONCE).map((item) => this.resolve(item)));
  }

  private async resolve(item: OutboxItem): Promise<void> {
    const mine = this.unrecorded.get(item.id);
    let delivered = Boolean(mine);
    // A work item was not delivered anywhere: it is done again (it repeats nothing, by its keys).
    if (!mine && this.deps.probe && !isWorkKind(item.kind)) {
      const reference = await this.deps.references.referenceFor(item.personId);
      delivered = reference
        ? (await this.deps.probe.wasDelivered(reference, item.id).catch(() => 'unknown' as const)) === 'delivered'
        : false;
    }
    if (await this.deps.outbox.resolveInDoubt(item, delivered)) {
      if (delivered) this.stats.inDoubtConfirmed += 1;
      else {
        this.stats.inDoubtResent += 1;
        this.resolvedPending += 1;
      }
      this.deps.log.info('outbox: in-doubt item taken over', { id: item.id, delivered, previousOwner: item.claimedBy });
    }
  }
}
