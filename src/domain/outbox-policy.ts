/**
 * What to do after a proactive message failed: Teams' rules, as a pure decision.
 * 429 → wait Retry-After; 412/5xx/network → back off with jitter; app not installed or the
 * conversation gone → a permanent failure the organiser sees. Retries are bounded.
 */

export interface SendFailure {
  /** HTTP status; absent for network errors and timeouts. */
  status?: number;
  /** The connector's error code, e.g. BotNotInConversationRoster, ConversationNotFound. */
  code?: string;
  retryAfterSeconds?: number;
  message: string;
}

export type PermanentReason = 'notInstalled' | 'conversationNotFound' | 'rejected' | 'gaveUp' | 'noReference';

export const PERMANENT_REASON_LABELS: Record<PermanentReason, string> = {
  notInstalled: 'Appen är inte installerad för personen (boten finns inte i konversationen).',
  conversationNotFound: 'Konversationen med personen finns inte längre.',
  rejected: 'Teams tog inte emot meddelandet.',
  gaveUp: 'Meddelandet kom inte fram trots upprepade försök.',
  noReference: 'Personen har inte öppnat appen i Teams, så boten kan inte skriva till hen ännu.',
};

export type FailureDecision =
  { action: 'retry'; delayMs: number; throttled: boolean } | { action: 'fail'; reason: PermanentReason; message: string };

export interface RetryPolicy {
  /** Attempts in all for transient failures (5xx, 412, network). */
  maxAttempts: number;
  /** Attempts in all while throttled (429): Teams asks to wait, not to give up. */
  maxThrottledAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, maxThrottledAttempts: 20, baseDelayMs: 1000, maxDelayMs: 5 * 60_000 };

const TRANSIENT = new Set([408, 412, 500, 502, 503, 504]);

/**
 * Decides after attempt number `attempt` (1-based) failed. `random` in [0, 1) gives the jitter,
 * passed in so the decision stays pure.
 */
export function decideAfterFailure(
  f: SendFailure,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random = 0.5,
): FailureDecision {
  const code = f.code ?? '';
  if (f.status === 403 && /BotNotInConversationRoster/i.test(code + f.message)) return permanent('notInstalled', f);
  if ((f.status === 404 || f.status === 403) && /ConversationNotFound/i.test(code + f.message)) return permanent('conversationNotFound', f);
  if (f.status === 429) {
    if (attempt >= policy.maxThrottledAttempts) return permanent('gaveUp', f);
    const seconds = f.retryAfterSeconds;
    const delayMs = seconds !== undefined && seconds >= 0 ? Math.min(seconds * 1000, policy.maxDelayMs) : backoff(attempt, policy, random);
    return { action: 'retry', delayMs, throttled: true };
  }
  if (f.status === undefined || TRANSIENT.has(f.status)) {
    if (attempt >= policy.maxAttempts) return permanent('gaveUp', f);
    const hinted = f.retryAfterSeconds !== undefined ? f.retryAfterSeconds * 1000 : 0;
    return { action: 'retry', delayMs: Math.max(hinted, backoff(attempt, policy, random)), throttled: false };
  }
  if (f.status === 403 || f.status === 404) return permanent('notInstalled', f);
  return permanent('rejected', f);
}

/** Exponential back-off with "equal jitter": half fixed, half random. */
export function backoff(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

function permanent(reason: PermanentReason, f: SendFailure): FailureDecision {
  const detail = [f.status, f.code].filter(Boolean).join(' ');
  return { action: 'fail', reason, message: detail ? `${PERMANENT_REASON_LABELS[reason]} (${detail})` : PERMANENT_REASON_LABELS[reason] };
}

/** Parses Retry-After: seconds, or an HTTP date relative to now. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now.getTime()) / 1000);
}
