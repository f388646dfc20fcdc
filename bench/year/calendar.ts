/** The bench year's calendar: actions by day, work minutes drawn from a seeded generator. */
import { mulberry32 } from '../../src/app/seed/demo-answers';
import { addDays, swedishToInstant } from '../../src/domain/swedish-time';

export interface Action {
  at: Date;
  activity: string;
  run: () => Promise<unknown>;
  /** Actions with one key run one after another (one unit's plan, one round). */
  key?: string;
  /** It schedules later actions: nothing later starts before it is done. */
  barrier?: boolean;
  /** Waited for before it runs (a round's close waits for its answers). */
  after?: () => Promise<unknown>;
}

export type ActionOptions = Pick<Action, 'key' | 'barrier' | 'after'>;

/** mulberry32: the same year on every run. */
export const seeded = (seed: number): (() => number) => mulberry32(seed);

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
export const isWorkday = (date: string) => weekday(date) >= 1 && weekday(date) <= 5;

export function workdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d)) days.push(d);
  return days;
}

export class YearCalendar {
  readonly days = new Map<string, Action[]>();

  constructor(readonly random: () => number) {}

  /** At a Swedish date and time (HH:MM). */
  at(date: string, time: string, activity: string, run: () => Promise<unknown>, options: ActionOptions = {}): void {
    this.atInstant(date, swedishToInstant(date, time), activity, run, options);
  }

  /** At an instant of a Swedish date already known (no formatting per action: a TLD round schedules 100,000). */
  atInstant(date: string, at: Date, activity: string, run: () => Promise<unknown>, options: ActionOptions = {}): void {
    const list = this.days.get(date) ?? [];
    list.push({ at, activity, run, ...options });
    this.days.set(date, list);
  }

  /** A random minute of a random workday in [from, to], between 08:00 and 16:00. */
  sometime(from: string, to: string, activity: string, run: () => Promise<unknown>, options: ActionOptions = {}): void {
    const days = workdays(from, to);
    this.at(this.pick(days), this.workMinute(), activity, run, options);
  }

  workMinute(fromHour = 8, hours = 8): string {
    const m = Math.floor(this.random() * hours * 60);
    return `${String(fromHour + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  }

  pick<T>(items: T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** One day's actions in time order. */
  take(date: string): Action[] {
    const list = this.days.get(date) ?? [];
    this.days.delete(date);
    return list.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

interface Pool {
  width: number;
  running: Set<Promise<void>>;
}

/**
 * Plays the calendar in time order, day after day, without waiting for a day to end: at most
 * `width` actions of a pool at once, one key's actions in order, a barrier waited for.
 */
export async function play(
  cal: YearCalendar,
  from: string,
  to: string,
  widthOf: (a: Action) => number,
  run: (a: Action) => Promise<void>,
  onDay?: (day: string) => void,
): Promise<void> {
  const pools = new Map<number, Pool>();
  const chains = new Map<string, Promise<void>>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const a of cal.take(day)) {
      const width = widthOf(a);
      const pool = pools.get(width) ?? { width, running: new Set() };
      pools.set(width, pool);
      while (pool.running.size >= pool.width) await Promise.race(pool.running);
      const before = a.key ? chains.get(a.key) : undefined;
      const p: Promise<void> = (async () => {
        await before;
        await a.after?.();
        await run(a);
      })().finally(() => pool.running.delete(p));
      pool.running.add(p);
      if (a.key) chains.set(a.key, p);
      if (a.barrier) await p;
    }
    onDay?.(day);
  }
  await Promise.all([...pools.values()].flatMap((p) => [...p.running]));
}
