/**
 * Pacing for Teams' limits, as sliding windows: per app (50 requests a second) and per
 * conversation (7 a second, 8 in two seconds, 60 in thirty). Pure: time comes in as numbers.
 * Every request counts, also one that was answered 429, as it does at Teams.
 */

export interface WindowLimit {
  count: number;
  windowMs: number;
}

export interface PacingLimits {
  app: WindowLimit[];
  conversation: WindowLimit[];
  /** Added to each window so clock jitter between us and Teams never tips a window over. */
  marginMs: number;
}

export const TEAMS_LIMITS: PacingLimits = {
  app: [{ count: 50, windowMs: 1000 }],
  conversation: [
    { count: 7, windowMs: 1000 },
    { count: 8, windowMs: 2000 },
    { count: 60, windowMs: 30_000 },
  ],
  marginMs: 15,
};

class Window {
  private readonly times: number[] = [];
  constructor(private readonly limits: WindowLimit[], private readonly marginMs: number) {}

  private get horizon() {
    return Math.max(...this.limits.map((l) => l.windowMs)) + this.marginMs;
  }

  prune(now: number) {
    const from = now - this.horizon;
    let drop = 0;
    while (drop < this.times.length && this.times[drop] <= from) drop++;
    if (drop) this.times.splice(0, drop);
  }

  /** Earliest time a request may go. */
  nextAt(now: number): number {
    this.prune(now);
    let at = now;
    for (const l of this.limits) {
      if (this.times.length >= l.count) at = Math.max(at, this.times[this.times.length - l.count] + l.windowMs + this.marginMs);
    }
    return at;
  }

  record(at: number) {
    this.times.push(at);
  }

  get empty() {
    return this.times.length === 0;
  }
}

export class SendPacer {
  private readonly app: Window;
  private readonly conversations = new Map<string, Window>();
  private pausedUntil = 0;

  constructor(private readonly limits: PacingLimits = TEAMS_LIMITS) {
    this.app = new Window(limits.app, limits.marginMs);
  }

  /** Earliest time a request to this conversation may go, by every window and any pause. */
  nextAt(conversationId: string, now: number): number {
    const conversation = this.conversations.get(conversationId);
    return Math.max(now, this.pausedUntil, this.app.nextAt(now), conversation ? conversation.nextAt(now) : now);
  }

  record(conversationId: string, at: number): void {
    this.app.record(at);
    let conversation = this.conversations.get(conversationId);
    if (!conversation) {
      conversation = new Window(this.limits.conversation, this.limits.marginMs);
      this.conversations.set(conversationId, conversation);
    }
    conversation.record(at);
    if (this.conversations.size > 5000) this.forgetIdle(at);
  }

  /** Holds every request back, e.g. when Teams throttles the whole app. */
  pauseUntil(at: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, at);
  }

  private forgetIdle(now: number) {
    for (const [id, w] of this.conversations) {
      w.prune(now);
      if (w.empty) this.conversations.delete(id);
    }
  }
}
