import type { Clock } from '../../app/ports/clock';

const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
  today(): string {
    return swedishDate.format(this.now());
  }
}

/** A clock fixed at a moment, for tests and demos. */
export class FixedClock implements Clock {
  constructor(private moment: Date) {}
  now(): Date {
    return new Date(this.moment);
  }
  today(): string {
    return swedishDate.format(this.moment);
  }
  set(moment: Date) {
    this.moment = moment;
  }
}
