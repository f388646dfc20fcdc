import type { Timer } from '../../src/app/outbox/outbox-sender';
import type { Clock } from '../../src/app/ports/clock';

/** Lets pending I/O callbacks and promise chains run (SQLite answers at once; HTTP needs a little real time). */
export async function settle(rounds = 20, realMs = 0) {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
  if (realMs) await new Promise((r) => setTimeout(r, realMs));
}

/**
 * A fake clock for the background loops: time moves only when the test advances it, and each
 * sleeper wakes in order, with the work it starts settled before time moves on.
 */
export class VirtualTimer implements Timer {
  private t = Date.parse('2026-11-23T09:00:00Z');
  private readonly sleepers: { at: number; resolve: () => void }[] = [];

  constructor(private readonly realMsPerStep = 0) {}

  /** The business clock on the same fake time (claims and notBefore are written in it). */
  readonly clock: Clock = {
    now: () => new Date(this.t),
    today: () => new Date(this.t).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }),
  };

  now() {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.sleepers.push({ at: this.t + Math.max(0, ms), resolve }));
  }

  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await settle(20, this.realMsPerStep);
    let spins = 0;
    for (let last = this.t; ;) {
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0];
      if (!next || next.at > end) break;
      this.t = Math.max(this.t, next.at);
      spins = this.t === last ? spins + 1 : 0;
      last = this.t;
      if (spins > 10_000) throw new Error(`something sleeps 0 ms forever at ${new Date(this.t).toISOString()}`);
      const all = this.sleepers.splice(0);
      this.sleepers.push(...all.filter((x) => x.at > this.t));
      for (const x of all) if (x.at <= this.t) x.resolve();
      await settle(20, this.realMsPerStep);
    }
    this.t = end;
    await settle(20, this.realMsPerStep);
  }

  /** Advances in steps until `done()` holds; returns the time it took. */
  async until(done: () => boolean, limitMs: number, stepMs = 250): Promise<number> {
    const start = this.t;
    while (!done()) {
      if (this.t - start > limitMs) throw new Error(`not within ${limitMs} ms of virtual time`);
      await this.advance(stepMs);
    }
    return this.t - start;
  }
}
