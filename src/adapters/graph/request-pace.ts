/**
 * Background work that paces every Graph request it makes (issue 15: the year wheel's tick). In
 * work run by `pacedRequests.run(pace, …)`, GraphHttp waits for `pace(ru)` before each request it
 * sends, with that request's RU (a $batch: the sum of its steps): the tick's reads, its enqueues
 * and its sources all behind the budget pacer, not one call site at a time. What the work starts
 * (promises, timers) keeps the pacing, as AsyncLocalStorage follows it; code that only awaits the
 * work (the background loop) does not.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Resolves when the request of `ru` may go; the function it gives is called once its cost is recorded (or it failed). */
export type RequestPace = (ru: number) => Promise<(() => void) | void>;

const context = new AsyncLocalStorage<RequestPace>();

export const pacedRequests = {
  run<T>(pace: RequestPace, work: () => Promise<T>): Promise<T> {
    return context.run(pace, work);
  },
  /** The pace of the work this request is made in, if that work is paced. */
  current(): RequestPace | undefined {
    return context.getStore();
  },
};
