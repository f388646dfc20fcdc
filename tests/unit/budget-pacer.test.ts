import { GraphBudget } from '../../src/adapters/graph/graph-budget';
import { BudgetPacer } from '../../src/app/year/budget-pacer';

/** A fake clock: sleeping moves time on. */
function fakeTimer() {
  let now = 1_000_000;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

test('background work waits while the last minute holds half the budget, then goes on', async () => {
  const timer = fakeTimer();
  const budget = new GraphBudget(1200, timer.now);
  const pacer = new BudgetPacer(budget, timer);
  budget.record(599);
  await pacer.wait();
  expect(pacer.stats.waits).toBe(0);
  budget.record(1);
  const before = timer.now();
  await pacer.wait();
  // The 600 RU of that second leave the minute's window after 60 s.
  expect(timer.now() - before).toBeGreaterThanOrEqual(60_000);
  expect(timer.now() - before).toBeLessThanOrEqual(61_000);
  expect(budget.spent(60_000)).toBeLessThan(600);
});

test('a steady background load is held to its share in every minute', async () => {
  const timer = fakeTimer();
  const budget = new GraphBudget(1200, timer.now);
  const pacer = new BudgetPacer(budget, timer, { share: 0.5 });
  const byMinute = new Map<number, number>();
  for (let i = 0; i < 2000; i++) {
    await pacer.wait();
    budget.record(2); // one write
    const minute = Math.floor(timer.now() / 60_000);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + 2);
  }
  expect(Math.max(...byMinute.values())).toBeLessThanOrEqual(600);
  expect(byMinute.size).toBeGreaterThanOrEqual(6); // 4,000 RU spread over minutes
});

test('without a meter (SQLite) and when stopping, nothing waits', async () => {
  const timer = fakeTimer();
  await new BudgetPacer(undefined, timer).wait();
  const budget = new GraphBudget(100, timer.now);
  budget.record(100);
  const pacer = new BudgetPacer(budget, timer);
  await pacer.wait(() => true);
  expect(pacer.stats.waits).toBe(0);
});

test('refuses a meter on another clock than its timer (a wait would not move the window)', () => {
  const timer = fakeTimer();
  expect(() => new BudgetPacer(new GraphBudget(1200, () => timer.now() + 3600_000), timer)).toThrow(/one clock/);
  expect(() => new BudgetPacer(new GraphBudget(1200, timer.now), timer)).not.toThrow();
});

/** A fake clock shared by sleepers side by side: each wakes at its own end, time moves to the latest. */
function sharedTimer() {
  let now = 1_000_000;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      const until = now + ms;
      await new Promise((r) => setImmediate(r));
      now = Math.max(now, until);
    },
  };
}

test('callers let through side by side hold a ticket each until the meter has seen their RU', async () => {
  const timer = sharedTimer();
  const budget = new GraphBudget(1200, timer.now);
  const pacer = new BudgetPacer(budget, timer, { share: 0.4 }); // 480 RU
  budget.record(400);
  let before = -1;
  let peak = 0;
  // 24 cards prepared at once, each spending 12 RU after it was let through (the sender's prepareAhead).
  await Promise.all(
    Array.from({ length: 24 }, async () => {
      await pacer.wait();
      if (before < 0) before = timer.now();
      await Promise.resolve();
      budget.record(12);
      peak = Math.max(peak, budget.spent(60_000));
    }),
  );
  // Without tickets all 24 passed at 400 RU (688 in the minute); with them, no minute's window above 480 + one ticket.
  expect(timer.now()).toBeGreaterThan(before); // some waited
  expect(peak).toBeLessThanOrEqual(480 + 12);
  // A ticket its caller never pays off is dropped after ticketHoldMs: the pacer does not stall.
  const idle = new BudgetPacer(new GraphBudget(1200, timer.now), timer, { share: 0.4 });
  for (let i = 0; i < 50; i++) await idle.wait(); // 50 × 12 RU expected, nothing spent
  expect(idle.stats.waitedMs).toBeLessThanOrEqual(3000);
});

test('requests admitted side by side hold their exact RU until released: no minute above the share', async () => {
  const timer = sharedTimer();
  const budget = new GraphBudget(1200, timer.now);
  const pacer = new BudgetPacer(budget, timer, { share: 0.4 }); // 480 RU
  // 400 requests of 2 RU side by side (800 RU), each recorded a moment after it was let through.
  let peak = 0;
  await Promise.all(
    Array.from({ length: 400 }, async () => {
      const release = await pacer.admit(2);
      await new Promise((r) => setImmediate(r));
      budget.record(2);
      peak = Math.max(peak, budget.spent(60_000));
      release();
    }),
  );
  expect(peak).toBeLessThanOrEqual(480);
  expect(pacer.stats.waits).toBeGreaterThan(0);

  // Released tickets are gone: an idle pacer lets the next request through at once.
  const idle = new BudgetPacer(new GraphBudget(1200, timer.now), timer, { share: 0.4 });
  for (let i = 0; i < 300; i++) (await idle.admit(2))();
  expect(idle.stats.waits).toBe(0);
});

test('an unreleased ticket keeps counting, whatever else the meter records meanwhile', async () => {
  const timer = sharedTimer();
  const budget = new GraphBudget(1200, timer.now);
  const pacer = new BudgetPacer(budget, timer, { share: 0.4 });
  const held = await Promise.all(Array.from({ length: 240 }, () => pacer.admit(2))); // 480 RU admitted, not yet recorded
  budget.record(480); // someone else's: with paid-off tickets this freed the whole share
  const recordedAt = timer.now();
  let through = false;
  const next = pacer.admit(2).then((release) => ((through = true), release));
  for (let i = 0; i < 100 && !through; i++) await new Promise((r) => setImmediate(r));
  expect(through).toBe(false);
  held.forEach((release) => release()); // recorded: now only the foreign 480 in the window
  (await next)();
  expect(timer.now() - recordedAt).toBeGreaterThanOrEqual(59_000); // it waited for those to leave the minute
});
