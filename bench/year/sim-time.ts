/**
 * Simulated time for bench/year: each user action runs at its scripted moment of the school year
 * (an AsyncLocalStorage context), and time runs on from there at wall speed while it works, so a
 * Graph request is charged to the simulated minute it would have happened in. Between actions the
 * year jumps ahead: the whole year plays in minutes of wall time.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { swedishDate } from '../../src/domain/swedish-time';
import type { Clock } from '../../src/app/ports/clock';
import type { GraphOperation } from '../../src/adapters/graph/graph-budget';
import { realTimer, type Timer } from '../../src/app/outbox/outbox-sender-options';

interface Moment {
  at: number;
  wallStart: number;
  activity: string;
}

export class SimTime implements Clock {
  private readonly context = new AsyncLocalStorage<Moment>();
  /** Where work outside an action (the outbox sender, the survey writer's timers) is charged. */
  private latest: Moment;

  constructor(start: Date) {
    this.latest = { at: start.getTime(), wallStart: performance.now(), activity: 'background' };
  }

  private moment(): Moment {
    return this.context.getStore() ?? this.latest;
  }

  nowMs(): number {
    const m = this.moment();
    return m.at + (performance.now() - m.wallStart);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  today(): string {
    return swedishDate(this.now());
  }

  activity(): string {
    return this.context.getStore()?.activity ?? 'background (outbox, lease)';
  }

  /**
   * Background work's timer on simulated time: a sleep (the budget pacer's, the Teams pacing's)
   * moves the caller's moment on instead of waiting, so the meter (GraphBudget on nowMs) sees its
   * window pass and the year costs no wall time for it; idle waits between wakes stay real.
   */
  timer(): Timer {
    return {
      now: () => this.nowMs(),
      // Sleepers side by side share the wait (as latent's requests do): the moment moves to the
      // latest end, not by the sum of all of them.
      sleep: (ms) => this.latent(Math.max(0, ms), () => new Promise<void>((resolve) => setImmediate(resolve))),
      idle: realTimer.idle,
    };
  }

  /**
   * A Graph request that takes `latencyMs` of simulated time, not of wall time: the fake answers
   * at once and the caller's moment moves on to the request's start plus the latency (requests
   * side by side share that wait, as they would on the wire). The year's figures stay those of
   * the fake's real 100 ms sleep (`--latency-wall` plays it that way) without waiting for it.
   */
  async latent<T>(latencyMs: number, request: () => Promise<T>): Promise<T> {
    const m = this.moment();
    const due = m.at + (performance.now() - m.wallStart) + latencyMs;
    const answer = await request();
    const behind = due - (m.at + (performance.now() - m.wallStart));
    if (behind > 0) m.at += behind;
    return answer;
  }

  /** Runs a step now, under another activity (the bench's own reads). */
  runHere<T>(activity: string, step: () => Promise<T>): Promise<T> {
    return this.context.run({ at: this.nowMs(), wallStart: performance.now(), activity }, step);
  }

  /** Runs one action at its simulated moment; background work afterwards is charged from there on. */
  run<T>(at: Date, activity: string, step: () => Promise<T>): Promise<T> {
    const moment = { at: at.getTime(), wallStart: performance.now(), activity };
    // Background work shares the latest action's clock (the same moment, not a copy): the tick's
    // pacer sleeps and the sender it wakes then move one clock, as in production. With a copy the
    // sender ran seconds behind the paced tick, each saw a shifted minute, and the two together
    // filled 860 RU of one (bench/README.md).
    if (moment.at > this.latest.at) this.latest = moment;
    return this.context.run(moment, step);
  }
}

export interface ActivityFigures {
  actions: number;
  ru: number;
  requests: number;
  wallMs: number;
  /** What the activity's RU went to, by operation (a few dozen kinds, counters only). */
  operations: Map<string, { ru: number; requests: number }>;
}

/** RU and Graph requests by activity and by simulated minute, from the app's own meter (GraphHttp's onOperation). */
export class YearMeter {
  readonly byActivity = new Map<string, ActivityFigures>();
  readonly byMinute = new Map<number, number>();
  /** What each minute's RU went to, by activity and operation (the busiest minute's line in the report). */
  readonly byMinuteActivity = new Map<number, Map<string, number>>();
  readonly byOperation = new Map<string, { ru: number; requests: number }>();
  ru = 0;
  requests = 0;
  throttled = 0;
  /** Off while the municipality is set up (not part of the year). */
  counting = false;

  constructor(private readonly time: SimTime) {}

  figures(activity: string): ActivityFigures {
    let f = this.byActivity.get(activity);
    if (!f) this.byActivity.set(activity, (f = { actions: 0, ru: 0, requests: 0, wallMs: 0, operations: new Map() }));
    return f;
  }

  onOperation = (op: GraphOperation) => {
    if (!this.counting || this.time.activity().startsWith('(')) return;
    if (op.status === 429) this.throttled += 1;
    this.ru += op.ru;
    this.requests += op.requests;
    const f = this.figures(this.time.activity());
    f.ru += op.ru;
    f.requests += op.requests;
    const minute = Math.floor(this.time.nowMs() / 60_000);
    this.byMinute.set(minute, (this.byMinute.get(minute) ?? 0) + op.ru);
    const inMinute = this.byMinuteActivity.get(minute) ?? new Map<string, number>();
    const part = `${this.time.activity()}: ${op.operation}`; // the busiest minute's line names the operations too
    inMinute.set(part, (inMinute.get(part) ?? 0) + op.ru);
    this.byMinuteActivity.set(minute, inMinute);
    count(this.byOperation, op);
    count(f.operations, op);
  };

  /** One user action: counted, timed, charged to its activity. */
  async action<T>(at: Date, activity: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await this.time.run(at, activity, step);
    } finally {
      const f = this.figures(activity);
      f.actions += 1;
      f.wallMs += performance.now() - started;
    }
  }

  busiestMinute(): { minute: number; ru: number } {
    let best = { minute: 0, ru: 0 };
    for (const [minute, ru] of this.byMinute) if (ru > best.ru) best = { minute, ru };
    return best;
  }
}

function count(into: Map<string, { ru: number; requests: number }>, op: GraphOperation): void {
  const o = into.get(op.operation) ?? { ru: 0, requests: 0 };
  o.ru += op.ru;
  o.requests += op.requests;
  into.set(op.operation, o);
}

/** Runs the steps with at most `width` at once, in the given order (the year's order). */
export async function inParallel<T>(items: T[], width: number, step: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await step(items[i], i);
    }
  });
  await Promise.all(lanes);
}
