/**
 * Background work paces itself by the SharePoint budget (issue 11): before each background write
 * (an outbox dispatch, a tick's step) it waits while the RU spent in the last minute is at or above
 * its share of SKA_GRAPH_RU_PER_MINUTE, so people's requests keep the rest. Interactive requests
 * never pass through it.
 *
 * Callers it lets through spend after it looked (the sender prepares 24 cards side by side, the
 * tick queues ten reminders a look): each admission holds a ticket of the RU it is expected to
 * spend, counted with the last minute's RU until the meter has recorded that much since or the
 * ticket is `ticketHoldMs` old. Without tickets 24 cards admitted at 479 RU took a 300-unit
 * deadline tick's minute to 744 RU (tests/budget/tick-300.test.ts).
 *
 * A single request's cost is known before it is sent: `admit` holds that exact ticket until its
 * caller releases it, once the meter has recorded the request (adapters/graph/request-pace.ts).
 * Others' spending does not pay it off: with two clocks apart (bench/year's actions and its
 * background), or a card's record landing meanwhile, paid-off tickets had let a check-in tick
 * through at 854 RU a minute.
 */
import type { Timer } from '../outbox/outbox-sender-options';

/** What the pacer reads of the process's RU meter (GraphBudget has all three). */
export interface BudgetMeter {
  readonly ruPerMinute: number;
  spent(windowMs: number): number;
  /**
   * The meter's clock. It must be the pacer's timer (compose.ts builds GraphBudget on it): a wait
   * on the timer has to move the meter's window, on a fake clock in tests and on simulated time in
   * bench/year as in production.
   */
  readonly now?: () => number;
  /** Every RU recorded so far (GraphBudget has it): spends since an admission pay its ticket off. */
  readonly recordedRu?: number;
}

export interface BudgetPacerOptions {
  /** Share of the per-minute budget background work may fill, 0..1 (default 0.5). */
  share: number;
  /** Longest single wait before looking again. */
  stepMs: number;
  /** RU an admitted caller is expected to spend unless it says (an outbox card: claim, compose, record). */
  ticketRu: number;
  /** A ticket not paid off by then is dropped (its caller spent less, or is done). */
  ticketHoldMs: number;
}

export const DEFAULT_PACER_OPTIONS: BudgetPacerOptions = { share: 0.5, stepMs: 1000, ticketRu: 12, ticketHoldMs: 2000 };

export class BudgetPacer {
  private readonly options: BudgetPacerOptions;
  /** Times a caller had to wait, and for how long in all (for tests and the bench). */
  readonly stats = { waits: 0, waitedMs: 0 };
  /** Admissions not yet paid off by the meter: the RU still expected, and when each was let through. */
  private tickets: { ru: number; at: number }[] = [];
  private seenRu?: number;
  /** Admitted single requests not yet recorded (admit): their exact RU. */
  private readonly exact = new Set<{ ru: number }>();

  constructor(
    private readonly meter: BudgetMeter | undefined,
    private readonly timer: Timer,
    options: Partial<BudgetPacerOptions> = {},
  ) {
    this.options = { ...DEFAULT_PACER_OPTIONS, ...options };
    const apart = meter?.now ? Math.abs(meter.now() - timer.now()) : 0;
    if (apart > 60_000)
      throw new Error(`BudgetPacer: the meter's clock and the timer are ${Math.round(apart / 1000)} s apart; give both one clock`);
  }

  /** The RU background work may have spent in the last minute before it waits. */
  get limit(): number {
    return this.meter ? this.meter.ruPerMinute * this.options.share : Infinity;
  }

  /**
   * Resolves once the last minute's RU and the tickets still held are below the share (at once
   * without a meter: SQLite); the caller then holds a ticket of `ru`.
   */
  async wait(isStopping: () => boolean = () => false, ru = this.options.ticketRu): Promise<void> {
    if (!this.meter) return;
    while (!isStopping() && this.over()) await this.pause();
    this.tickets.push({ ru, at: this.timer.now() });
  }

  /**
   * Resolves once below the share, as `wait`, for one request of `ru`; its ticket is held, not
   * paid off by others' spending, until the returned release is called (after the meter has
   * recorded the request, or it failed unsent).
   */
  async admit(ru: number, isStopping: () => boolean = () => false): Promise<() => void> {
    if (!this.meter) return () => undefined;
    while (!isStopping() && this.over()) await this.pause();
    // Held from the same turn as the look (not after an await): callers side by side see it.
    const ticket = { ru };
    this.exact.add(ticket);
    return () => this.exact.delete(ticket);
  }

  private over(): boolean {
    return this.meter!.spent(60_000) + this.held() >= this.limit;
  }

  private async pause(): Promise<void> {
    this.stats.waits += 1;
    const started = this.timer.now();
    await this.timer.sleep(this.options.stepMs);
    this.stats.waitedMs += this.timer.now() - started;
  }

  /** The RU of tickets still held: what was recorded since pays the oldest off first; admitted requests in full. */
  private held(): number {
    const recorded = this.meter?.recordedRu;
    let paid = recorded !== undefined && this.seenRu !== undefined ? Math.max(0, recorded - this.seenRu) : 0;
    this.seenRu = recorded;
    const oldest = this.timer.now() - this.options.ticketHoldMs;
    this.tickets = this.tickets.filter((t) => t.at > oldest);
    for (const t of this.tickets) {
      const part = Math.min(paid, t.ru);
      t.ru -= part;
      paid -= part;
    }
    this.tickets = this.tickets.filter((t) => t.ru > 0);
    let sum = this.tickets.reduce((n, t) => n + t.ru, 0);
    for (const t of this.exact) sum += t.ru;
    return sum;
  }
}
