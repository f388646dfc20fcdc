/**
 * Background work paces itself by the SharePoint budget (issue 11): before each background write
 * (an outbox dispatch, a tick's step) it waits while the RU spent in the last minute is at or above
 * its share of SKA_GRAPH_RU_PER_MINUTE, so people's requests keep the rest. Interactive requests
 * never pass through it.
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
}

export interface BudgetPacerOptions {
  /** Share of the per-minute budget background work may fill, 0..1 (default 0.5). */
  share: number;
  /** Longest single wait before looking again. */
  stepMs: number;
}

export const DEFAULT_PACER_OPTIONS: BudgetPacerOptions = { share: 0.5, stepMs: 1000 };

export class BudgetPacer {
  private readonly options: BudgetPacerOptions;
  /** Times a caller had to wait, and for how long in all (for tests and the bench). */
  readonly stats = { waits: 0, waitedMs: 0 };

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

  /** Resolves once the last minute's RU is below the share (at once without a meter: SQLite). */
  async wait(isStopping: () => boolean = () => false): Promise<void> {
    if (!this.meter) return;
    while (!isStopping() && this.meter.spent(60_000) >= this.limit) {
      this.stats.waits += 1;
      const started = this.timer.now();
      await this.timer.sleep(this.options.stepMs);
      this.stats.waitedMs += this.timer.now() - started;
    }
  }
}
