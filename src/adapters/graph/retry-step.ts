import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxTries: number;
  /** First back-off when the answer names no Retry-After; doubles each try, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxTries: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * Per request: may it be sent again after an answer that leaves its effect unknown (dropped
 * connection, 504)? Reads may; a create may not (the store resolves that with its idempotency key),
 * nor may an If-Match write (a repeat would meet its own new ETag and look like a conflict).
 */
export class RepeatableRequest implements MiddlewareOptions {
  constructor(readonly repeatable: boolean) {}
}

/** Throttling: the server says it did not act, so any request may be sent again. */
const THROTTLED = new Set([429, 503]);
/** The effect is unknown: only repeatable requests are sent again. */
const UNKNOWN_OUTCOME = new Set([504]);

/**
 * Retries 429/503 (honouring Retry-After, seconds or HTTP date), and 504 and dropped connections
 * for repeatable requests; otherwise exponential back-off with jitter; at most `maxTries` tries.
 * The last answer (or error) goes on up the chain as it was.
 */
export class RetryStep implements Middleware {
  private next!: Middleware;

  constructor(
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly random: () => number = Math.random,
  ) {}

  setNext(next: Middleware) {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const repeatable = this.isRepeatable(context);
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= this.policy.maxTries;
      context.response = undefined;
      try {
        await this.next.execute(context);
      } catch (error) {
        if (last || !repeatable) throw error;
        await this.sleep(this.backoff(attempt));
        continue;
      }
      const response = context.response as Response | undefined;
      if (!response || last) return;
      const retry = THROTTLED.has(response.status) || (repeatable && UNKNOWN_OUTCOME.has(response.status));
      if (!retry) return;
      const delay = retryAfterMs(response.headers.get('Retry-After')) ?? this.backoff(attempt);
      await response.arrayBuffer().catch(() => undefined); // frees the connection
      await this.sleep(delay);
    }
  }

  private isRepeatable(context: Context): boolean {
    const option = context.middlewareControl?.getMiddlewareOptions(RepeatableRequest) as RepeatableRequest | undefined;
    if (option) return option.repeatable;
    const method = (context.options?.method ?? 'GET').toUpperCase();
    return method === 'GET' || method === 'HEAD';
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
