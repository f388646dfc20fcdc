/**
 * Per-second trace of a sender process (FANOUT_TRACE=1): requests sent and answered, items
 * prepared (composed) and waiting for a slot, store calls and the time they took, and the event
 * loop's delay (perf_hooks.monitorEventLoopDelay). Printed as a table when the process is done.
 * Wraps the sender's dependencies only; the sender itself is the real one.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ListStore } from '../../src/app/ports/list-store';
import type { MessageComposer } from '../../src/app/outbox/message-composer';
import type { Notifier } from '../../src/app/ports/notifier';

interface Second {
  sent: number;
  answered: number;
  composed: number;
  storeCalls: number;
  storeMs: number;
  waitingMax: number;
  inflightMax: number;
  eldMaxMs: number;
  eldMeanMs: number;
  latencyMaxMs: number;
}

const blank = (): Second => ({
  sent: 0,
  answered: 0,
  composed: 0,
  storeCalls: 0,
  storeMs: 0,
  waitingMax: 0,
  inflightMax: 0,
  eldMaxMs: 0,
  eldMeanMs: 0,
  latencyMaxMs: 0,
});

export class SenderTrace {
  readonly enabled = Boolean(process.env.FANOUT_TRACE);
  private readonly seconds: Second[] = [];
  private current = blank();
  private composed = 0;
  private sent = 0;
  private inflight = 0;
  private readonly byMethod = new Map<string, { calls: number; ms: number }>();
  private readonly eld = monitorEventLoopDelay({ resolution: 5 });
  private timer?: ReturnType<typeof setInterval>;
  /** Epoch ms of the first card composed and the first request sent (a takeover's timeline). */
  readonly first: { composedAt?: number; sentAt?: number } = {};

  constructor(private readonly label: string) {
    if (!this.enabled) return;
    this.eld.enable();
    this.timer = setInterval(() => this.tick(), 1000);
    this.timer.unref();
  }

  private tick() {
    this.current.eldMaxMs = this.eld.max / 1e6;
    this.current.eldMeanMs = this.eld.mean / 1e6;
    this.eld.reset();
    this.seconds.push(this.current);
    this.current = blank();
  }

  private noteWaiting() {
    this.current.waitingMax = Math.max(this.current.waitingMax, this.composed - this.sent);
    this.current.inflightMax = Math.max(this.current.inflightMax, this.inflight);
  }

  store<S extends ListStore>(store: S): S {
    if (!this.enabled) return store;
    return new Proxy(store, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function' || prop === 'close' || prop === 'ensureLists') return value;
        return async (...args: unknown[]) => {
          const t = performance.now();
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            const ms = performance.now() - t;
            this.current.storeCalls += 1;
            this.current.storeMs += ms;
            const m = this.byMethod.get(String(prop)) ?? { calls: 0, ms: 0 };
            m.calls += 1;
            m.ms += ms;
            this.byMethod.set(String(prop), m);
          }
        };
      },
    });
  }

  composer(composer: MessageComposer): MessageComposer {
    if (!this.enabled) return composer;
    const compose = composer.compose.bind(composer);
    composer.compose = async (item) => {
      const out = await compose(item);
      this.first.composedAt ??= Date.now();
      this.composed += 1;
      this.current.composed += 1;
      this.noteWaiting();
      return out;
    };
    return composer;
  }

  notifier(n: Notifier): Notifier {
    if (!this.enabled) return n;
    return {
      send: async (r, m, meta) => {
        const t = performance.now();
        this.first.sentAt ??= Date.now();
        this.sent += 1;
        this.inflight += 1;
        this.current.sent += 1;
        this.noteWaiting();
        try {
          return await n.send(r, m, meta);
        } finally {
          this.inflight -= 1;
          this.current.answered += 1;
          this.current.latencyMaxMs = Math.max(this.current.latencyMaxMs, performance.now() - t);
        }
      },
    };
  }

  /** Prints the seconds in which this process sent anything. */
  print() {
    if (!this.enabled) return;
    clearInterval(this.timer);
    this.tick();
    const first = this.seconds.findIndex((s) => s.sent > 0);
    if (first < 0) return console.log(`  [${this.label}] sent nothing`);
    const rows = this.seconds.slice(first);
    const f = (n: number) => n.toFixed(1).padStart(6);
    console.log(`  [${this.label}] per second: sent answered composed waitingMax inflightMax storeCalls storeMs eldMax eldMean latMax`);
    rows.forEach((s, i) =>
      console.log(
        `  [${this.label}] ${String(i).padStart(3)} ${String(s.sent).padStart(4)} ${String(s.answered).padStart(4)} ${String(s.composed).padStart(4)} ${String(s.waitingMax).padStart(4)} ${String(s.inflightMax).padStart(3)} ${String(s.storeCalls).padStart(5)} ${f(s.storeMs)} ${f(s.eldMaxMs)} ${f(s.eldMeanMs)} ${f(s.latencyMaxMs)}`,
      ),
    );
    const cpu = process.cpuUsage();
    console.log(
      `  [${this.label}] CPU user ${(cpu.user / 1e3).toFixed(0)} ms, system ${(cpu.system / 1e3).toFixed(0)} ms over ${rows.length} s`,
    );
    console.log(
      `  [${this.label}] store calls: ${[...this.byMethod].map(([m, v]) => `${m} ${v.calls} (${(v.ms / v.calls).toFixed(2)} ms)`).join(', ')}`,
    );
  }
}

/** The connector's arrivals per second from the first request, with the longest gap in each. */
export function arrivalsPerSecond(times: number[]): string[] {
  const t = [...times].sort((a, b) => a - b);
  if (!t.length) return [];
  const rows: { n: number; gap: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    const s = Math.floor((t[i] - t[0]) / 1000);
    while (rows.length <= s) rows.push({ n: 0, gap: 0 });
    rows[s].n += 1;
    if (i) rows[s].gap = Math.max(rows[s].gap, t[i] - t[i - 1]);
  }
  return rows.map((r, s) => `  connector ${String(s).padStart(3)}: ${String(r.n).padStart(3)} requests, longest gap ${r.gap} ms`);
}
