/**
 * The pacer's catch-up: a request that was ready but went late (the event loop stalled, an answer
 * was slow) is credited the slot it was due in, so a stall does not cost the slots it covered (up
 * to `catchUp` of them); idle time is never made up as a burst; the windows bound everything.
 */
import { SendPacer, TEAMS_LIMITS } from '../../src/domain/send-pacing';

/** Sends `n` requests to distinct conversations, each ready at `readyAt(i)`, answered after 3 ms; the loop wakes no earlier than `wakeAt(t)`. */
function run(n: number, readyAt: (i: number) => number, wakeAt: (t: number) => number = (t) => t) {
  const pacer = new SendPacer(TEAMS_LIMITS);
  const times: number[] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    const ready = readyAt(i);
    t = wakeAt(pacer.nextAt(`c${i}`, Math.max(t, ready)));
    pacer.record(`c${i}`, t, ready)(t + 3);
    times.push(t);
  }
  return times;
}

it('makes up the slots a stall covered: items ready throughout, the loop blocked from 100 to 400 ms', () => {
  const times = run(
    40,
    () => 0,
    (t) => (t > 100 && t < 400 ? 400 : t),
  );
  // 0, 20, …, 100 on time; the 14 slots 120–380 missed; at 400 they go at once, then the spacing resumes
  expect(times.slice(0, 6)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(times.filter((x) => x === 400)).toHaveLength(15);
  expect(times.slice(21, 24)).toEqual([420, 440, 460]);
  expect(times.at(-1)).toBe(400 + 20 * 19); // 40 requests by 780 ms, as if there had been no stall
});

it('makes up at most catchUp slots after a long stall', () => {
  const times = run(
    60,
    () => 0,
    (t) => (t > 0 && t < 2000 ? 2000 : t),
  );
  expect(times.filter((x) => x === 2000)).toHaveLength(TEAMS_LIMITS.catchUp + 1);
});

it('sends no burst after idle: a request ready only after its slot starts the spacing afresh', () => {
  const times = run(12, (i) => (i < 2 ? 0 : 5000));
  expect(times).toEqual([0, 20, 5000, 5020, 5040, 5060, 5080, 5100, 5120, 5140, 5160, 5180]);
});

it('keeps 50 a second per app however it catches up', () => {
  const times = run(
    400,
    () => 0,
    (t) => (Math.floor(t / 700) % 2 && t % 700 < 300 ? t - (t % 700) + 300 : t),
  );
  for (const start of times) expect(times.filter((x) => x >= start && x < start + 1000).length).toBeLessThanOrEqual(50);
});

describe('after another sender (a takeover)', () => {
  it('waits out the 1 s windows, then lets one more request per conversation until the 2 s window has passed', () => {
    const pacer = new SendPacer({ ...TEAMS_LIMITS, spacingMs: 0 });
    pacer.record('seen', 500)(510);
    pacer.afterOthers(1000);
    const first = pacer.nextAt('x', 1000);
    expect(first).toBe(1000 + 1000 + TEAMS_LIMITS.marginMs);
    pacer.record('x', first)(first + 5);
    expect(pacer.nextAt('x', first + 10)).toBe(1000 + 2000 + TEAMS_LIMITS.marginMs); // 7 assumed + 1 = 8 in 2 s
    expect(pacer.nextAt('y', first + 10)).toBe(first + 10); // another conversation: its one more at once
    pacer.record('seen', first + 10)(first + 15);
    expect(pacer.nextAt('seen', first + 20)).toBe(1000 + 2000 + TEAMS_LIMITS.marginMs); // a conversation seen before too
    expect(pacer.nextAt('z', 4000)).toBe(4000); // 2 s later nothing of the other sender counts any more
  });
});
