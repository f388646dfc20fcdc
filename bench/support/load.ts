/** Small load helpers for benches: closed-loop throughput, bounded in count and time. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export async function closedLoop(send: (i: number) => Promise<boolean>, options: { concurrency: number; durationMs: number }) {
  let ok = 0;
  let failed = 0;
  let i = 0;
  const end = performance.now() + options.durationMs;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < end) {
        if (await send(i++)) ok++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { ok, failed, perSecond: ok / seconds };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** "median m (runs a, b, c; spread lo–hi)": every figure a bench prints from repeated runs. */
export const spread = (values: number[], digits = 0) =>
  `median ${fmt(median(values), digits)} (runs ${values.map((v) => fmt(v, digits)).join(', ')}; spread ${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)})`;

/** The machine's load average (1 min), printed beside figures: other work shares these cores. */
export const loadNow = () => `load ${fmt(loadavg()[0], 2)}`;

/** CPU time (user + system, ms) a child process has used so far, from /proc (Linux ticks of 10 ms). */
export function cpuMsOf(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A fetch that waits before every request: Graph's latency, for a fake on loopback. */
export const delayedFetch = (ms: { value: number }): typeof fetch =>
  (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    if (ms.value) await new Promise((r) => setTimeout(r, ms.value));
    return fetch(input, init);
  }) as typeof fetch;
