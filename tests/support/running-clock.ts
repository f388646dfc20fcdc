import type { Clock } from '../../src/app/ports/clock';
import { swedishDate } from '../../src/domain/swedish-time';

/**
 * A business clock that starts at a chosen moment and then runs with real time. For tests where
 * time must pass (an outbox retry falls due a second later) but the day is fixed; a FixedClock
 * would leave such a retry waiting for ever.
 */
export class RunningClock implements Clock {
  private readonly startedAt = Date.now();
  constructor(private readonly from: Date) {}
  now(): Date {
    return new Date(this.from.getTime() + Date.now() - this.startedAt);
  }
  today(): string {
    return swedishDate(this.now());
  }
}
