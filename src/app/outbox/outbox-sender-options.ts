/** The outbox sender's options, dependencies and counters, and the real-time timer it paces by. */
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../domain/outbox-policy';
import { TEAMS_LIMITS, type PacingLimits } from '../../domain/send-pacing';
import type { MessageComposer } from './message-composer';
import type { OutboxService } from './outbox';
import type { OutboxItem } from './outbox-items';
import type { DeliveryProbe, Notifier, SendOutcome } from '../ports/notifier';

/** Real time for pacing and waiting (the business Clock may be fixed in tests and demos). */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A sleep that does not keep the process alive (background waits between wakes). */
  idle?(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  idle: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref()),
};

export interface SenderOptions {
  /** Unique per process start: claims name their owner. */
  instanceId: string;
  /** How long a claim holds; must exceed sendTimeoutMs. After it, the item is in doubt. */
  leaseMs: number;
  sendTimeoutMs: number;
  /** Requests in flight at once (pacing decides the rate; this only hides latency). */
  concurrency: number;
  /**
   * Items being claimed and composed at once, ahead of their slot: composing reads the store
   * (a dozen Graph requests for an invitation), so one at a time would cap the rate far below 50/s.
   */
  prepareAhead: number;
  pollMs: number;
  limits: PacingLimits;
  retry: RetryPolicy;
  /** So many 429s within a second mean the whole app is throttled: everyone waits Retry-After. */
  throttleStorm: { count: number; windowMs: number };
  /** How often to look for in-doubt items when nothing was sent lately (each look is a query). */
  idleRecoveryMs: number;
  /** How long a claim on a work item holds (it paces itself by the Graph budget, so it may take minutes). */
  workLeaseMs: number;
}

export const DEFAULT_SENDER_OPTIONS: Omit<SenderOptions, 'instanceId'> = {
  leaseMs: 60_000,
  sendTimeoutMs: 20_000,
  concurrency: 16,
  prepareAhead: 24,
  pollMs: 1000,
  limits: TEAMS_LIMITS,
  retry: DEFAULT_RETRY_POLICY,
  // Random 429s (a few a second) are not a storm; Teams throttling the whole app answers most requests 429.
  throttleStorm: { count: 8, windowMs: 1000 },
  idleRecoveryMs: 60 * 60_000,
  workLeaseMs: 30 * 60_000,
};

/**
 * Leadership (see leader-lease.ts): with several instances only the lease holder sends. The
 * sender asks before every dispatch; `holds` is local and free, `acquire` may write the lease.
 */
export interface SendGate {
  acquire(): Promise<boolean>;
  holds(): boolean;
}

export interface SenderDeps {
  outbox: OutboxService;
  references: { referenceFor(personId: string): Promise<unknown | undefined> };
  composer: Pick<MessageComposer, 'compose'>;
  notifier: Notifier;
  probe?: DeliveryProbe;
  log: { info(m: string, d?: Record<string, unknown>): void; error(m: string, d?: Record<string, unknown>): void };
  timer?: Timer;
  gate?: SendGate;
  /** Waits while background work has spent its share of the Graph budget (year/budget-pacer.ts). */
  pacer?: { wait(isStopping?: () => boolean): Promise<void> };
  /** Performs work items (outbox.ts WORK_KINDS); without it they are skipped. */
  work?: WorkPerformer;
}

/**
 * Does one work item; idempotent by its own keys, so a retry or a takeover repeats nothing. It
 * calls `pace` before each costly step, so background work stays within its share of the budget.
 */
export interface WorkPerformer {
  perform(item: OutboxItem, pace: () => Promise<void>): Promise<void>;
}

export interface SenderStats {
  sent: number;
  retried: number;
  throttled: number;
  failed: number;
  noReference: number;
  skipped: number;
  /** Items another instance claimed first. */
  claimsLost: number;
  inDoubtResent: number;
  inDoubtConfirmed: number;
  /** Sends with no answer within sendTimeoutMs, left in doubt (InDoubtRecovery.timedOut) instead of sent again. */
  timedOut: number;
  /** Work items done (WORK_KINDS). */
  performed: number;
}

export const newSenderStats = (): SenderStats => ({
  sent: 0,
  retried: 0,
  throttled: 0,
  failed: 0,
  noReference: 0,
  skipped: 0,
  claimsLost: 0,
  inDoubtResent: 0,
  inDoubtConfirmed: 0,
  timedOut: 0,
  performed: 0,
});

/**
 * The notifier's answer; a thrown error as a failure; or 'timedOut' when none came within ms. A
 * timed-out request may still reach Teams, and the Bot Connector does not dedupe activities ("our
 * platform do not dedupe message": maintainer, microsoft/BotFramework-DirectLineJS#105).
 */
export async function answerWithin(request: Promise<SendOutcome>, ms: number): Promise<SendOutcome | 'timedOut'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timedOut'>((resolve) => {
    timer = setTimeout(() => resolve('timedOut'), ms);
  });
  const answer = request.catch((err): SendOutcome => ({
    ok: false,
    failure: { message: err instanceof Error ? err.message : String(err) },
  }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
