/**
 * Pacing for Teams' limits, as sliding windows: per app (50 requests a second) and per
 * conversation (7 a second, 8 in two seconds, 60 in thirty). Pure: time comes in as numbers.
 * Every request counts, also one that was answered 429, as it does at Teams.
 * A request counts from when its answer came back (see record), so network latency cannot tip a window.
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
  /** Least time between two requests as they go: the app's rate spread evenly, not in bursts. */
  spacingMs: number;
  /**
   * How many slots a request that was waiting may make up when it goes late (the event loop or a
   * slow answer held it back): they then follow closer together, the windows still bounding them.
   * Idle time is not made up: a request that was not waiting starts the spacing afresh, no burst.
   */
  catchUp: number;
}

export const TEAMS_LIMITS: PacingLimits = {
  app: [{ count: 50, windowMs: 1000 }],
  conversation: [
    { count: 7, windowMs: 1000 },
    { count: 8, windowMs: 2000 },
    { count: 60, windowMs: 30_000 },
  ],
  marginMs: 2,
  spacingMs: 20,
  catchUp: 25,
};

/** A request as a window sees it: in flight (no time yet) until its answer came back. */
interface Entry {
  at: number;
}

class Window {
  private entries: Entry[] = [];
  constructor(
    private readonly limits: WindowLimit[],
    private readonly marginMs: number,
  ) {}

  private get horizon() {
    return Math.max(...this.limits.map((l) => l.windowMs)) + this.marginMs;
  }

  prune(now: number) {
    const from = now - this.horizon;
    if (this.entries.some((e) => e.at <= from)) this.entries = this.entries.filter((e) => e.at > from);
  }

  /** Earliest time a request may go; Infinity while the request that decides it is still in flight. */
  nextAt(now: number): number {
    this.prune(now);
    let at = now;
    const times = this.entries.map((e) => e.at).sort((a, b) => b - a);
    for (const l of this.limits) {
      if (times.length >= l.count) at = Math.max(at, times[l.count - 1] + l.windowMs + this.marginMs);
    }
    return at;
  }

  add(entry: Entry) {
    this.entries.push(entry);
  }

  /** Requests another sender may have made (unseen by us), counted like ours. */
  assume(at: number, count: number) {
    for (let i = 0; i < count; i++) this.entries.push({ at });
  }

  get empty() {
    return this.entries.length === 0;
  }
}

export class SendPacer {
  private readonly app: Window;
  private readonly conversations = new Map<string, Window>();
  private pausedUntil = 0;
  private lastSentAt = -Infinity;
  /** Another sender's requests up to `at`, assumed in every conversation this pacer sees (see afterOthers). */
  private others?: { at: number; count: number };

  constructor(private readonly limits: PacingLimits = TEAMS_LIMITS) {
    this.app = new Window(limits.app, limits.marginMs);
  }

  /** Earliest time a request to this conversation may go, by every window and any pause. */
  nextAt(conversationId: string, now: number): number {
    const conversation = this.conversations.get(conversationId) ?? this.unseen(now);
    return Math.max(
      now,
      this.pausedUntil,
      this.lastSentAt + this.limits.spacingMs,
      this.app.nextAt(now),
      conversation ? conversation.nextAt(now) : now,
    );
  }

  /** A conversation's window before its first request here: empty, or holding what another sender may have sent. */
  private unseen(now: number): Window | undefined {
    if (!this.others) return undefined;
    const w = new Window(this.limits.conversation, this.limits.marginMs);
    w.assume(this.others.at, this.others.count);
    w.prune(now);
    return w.empty ? ((this.others = undefined), undefined) : w;
  }

  /**
   * Another sender (the leader before us) may have sent up to Teams' limits until `lastAt`, and
   * this pacer saw none of it. Nothing goes until the 1 s windows (50 per app, 7 per conversation)
   * have passed `lastAt`; after that every conversation counts as holding 7 requests at `lastAt`,
   * as many as the other sender could have put in it, so its 2 s window (8) lets one more through
   * until they are 2 s old. Exact by the limits, where a fixed quiet would guess.
   */
  afterOthers(lastAt: number): void {
    const shortMs = Math.max(...this.limits.app.map((l) => l.windowMs));
    this.pauseUntil(lastAt + shortMs + this.limits.marginMs);
    const count = Math.min(...this.limits.conversation.filter((l) => l.windowMs <= shortMs).map((l) => l.count));
    if (!Number.isFinite(count)) return;
    this.others = { at: lastAt, count };
    for (const w of this.conversations.values()) w.assume(lastAt, count);
  }

  /**
   * Records a request as it goes. Call the returned function when its answer arrives: the
   * request then counts from that moment. Teams received it before we got the answer, so a
   * window counted from answers can never hold more at Teams than it does here, whatever the
   * latency; until the answer, the request holds its place in every window.
   */
  record(conversationId: string, sentAt: number, waitingSince = sentAt): (answeredAt: number) => void {
    // A request that was waiting and goes late (a busy event loop, a slow answer) is credited the slot it was
    // due in, so lateness does not add up: up to `catchUp` missed slots may then follow closer together, the
    // windows still bounding them. A request that arrived after its slot (idle) gets no credit: no burst.
    const due = Math.max(this.lastSentAt + this.limits.spacingMs, Math.min(waitingSince, sentAt));
    this.lastSentAt = Math.max(due, sentAt - this.limits.spacingMs * this.limits.catchUp);
    const entry: Entry = { at: Infinity };
    this.app.add(entry);
    let conversation = this.conversations.get(conversationId);
    if (!conversation) {
      conversation = this.unseen(sentAt) ?? new Window(this.limits.conversation, this.limits.marginMs);
      this.conversations.set(conversationId, conversation);
    }
    conversation.add(entry);
    return (answeredAt: number) => {
      entry.at = answeredAt;
      if (this.conversations.size > 5000) this.forgetIdle(answeredAt);
    };
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
