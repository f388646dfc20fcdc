import { swedishDate } from '../../domain/swedish-time';
import type { Clock } from '../ports/clock';

/**
 * The app's clock, which the demo seed can set back while it plays the year up to today, so what
 * it writes carries the dates a real year would (versions, answers, notes). Otherwise it is the
 * clock it wraps: only the seed sets it, before the scheduler and the sender start.
 */
export class ReplayClock implements Clock {
  private moment: Date | undefined;

  constructor(private readonly base: Clock) {}

  now(): Date {
    return this.moment ? new Date(this.moment) : this.base.now();
  }

  today(): string {
    return this.moment ? swedishDate(this.moment) : this.base.today();
  }

  /** Plays at this moment (never later than the real now); undefined goes back to the real clock. */
  replayAt(moment: Date | undefined): void {
    this.moment = moment && moment < this.base.now() ? moment : undefined;
  }
}
