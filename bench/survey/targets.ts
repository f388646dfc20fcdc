/**
 * What the intake and steady-rate measures share: the two servers (bench/survey/target.ts, each in
 * its own process) and the answers phones send them, each with its own device token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { cpuMsOf } from '../support/load';

export const QUESTIONS = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];
export const randomAnswers = () => Object.fromEntries(QUESTIONS.map((q) => [q, Math.floor(Math.random() * 5)]));

export interface Target {
  base: string;
  paths: string[];
  child: ChildProcess;
  /** Stops the server; resolves with the lines it printed after its ready line. */
  stop(): Promise<string[]>;
}

/**
 * Starts bench/survey/target.ts in its own process and waits for its ready line. With
 * BENCH_CPU_PROF=dir the app target runs under `node --cpu-prof` and writes its profile there.
 */
export async function startTarget(mode: 'app' | 'bare'): Promise<Target> {
  const prof = process.env.BENCH_CPU_PROF && mode === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', join(__dirname, 'target.ts'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const after: string[] = [];
  const ready = await new Promise<{ base: string; paths: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} target did not start in 120 s`)), 120_000);
    lines.on('line', (line) => {
      if (line.startsWith('{"ready"')) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      } else after.push(line);
    });
    child.on('exit', (code) => reject(new Error(`${mode} target exited with ${code}`)));
  });
  return {
    ...ready,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve(after));
        child.kill('SIGTERM');
      }),
  };
}

let device = 0;
const runId = randomBytes(4).toString('hex');

/** The next answer a phone sends: random values, a device token never used before, a unit's link. */
function nextAnswer(target: Target) {
  const n = device++;
  return {
    path: target.paths[n % target.paths.length],
    body: JSON.stringify({ answers: randomAnswers(), deviceToken: `bench-${runId}-${String(n).padStart(10, '0')}` }),
  };
}

/** autocannon (this process) against a target; the server's CPU per answered request from /proc. */
export async function post(target: Target, options: { connections: number; duration: number; overallRate?: number; raw?: boolean }) {
  const origin = target.base;
  const cpu0 = cpuMsOf(target.child.pid);
  const result = await autocannon({
    url: target.base,
    connections: options.connections,
    duration: options.duration,
    overallRate: options.overallRate,
    ignoreCoordinatedOmission: options.raw,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          ...nextAnswer(target),
          headers: { 'content-type': 'application/json', origin },
        }),
      },
    ],
  });
  const seconds = result.duration > 0 ? result.duration : options.duration;
  const cpuUs = (1000 * (cpuMsOf(target.child.pid) - cpu0)) / Math.max(1, result['2xx']);
  return {
    cpuUs,
    answered: result['2xx'],
    seconds,
    perSecond: result['2xx'] / seconds,
    non2xx: result.non2xx + result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

/** What bench/survey/steady-client.ts measured at a steady rate, latencies counted from each request's due time. */
export interface SteadyFigures {
  sent: number;
  sentPerSecond: number;
  failed: number;
  firstFailure: string;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  slowest: { at: number; ms: number }[];
  sendLateP99: number;
}

/** Open loop at a fixed rate from its own process (bench/survey/steady-client.ts), fresh device tokens. */
export async function steadyPost(target: Target, rate: number, seconds: number): Promise<SteadyFigures> {
  const tokenPrefix = `bench-${runId}-steady-${device}`;
  device += rate * seconds;
  const args = JSON.stringify({ base: target.base, paths: target.paths, rate, seconds, tokenPrefix });
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'steady-client.ts'), args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`steady client exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as SteadyFigures;
}

/** The app target's last line: what its group commit wrote. */
export function writerStats(lines: string[]): string | undefined {
  const stats = lines.map((l) => (l.startsWith('{"writer"') ? JSON.parse(l).writer : undefined)).find(Boolean);
  return stats
    ? `group commit: ${stats.answers} answers in ${stats.groups} fsync'd SQLite transactions (${(stats.answers / Math.max(1, stats.groups)).toFixed(1)} per commit), ${stats.items} packs` +
        (stats.flushes
          ? `; ${stats.flushes} WAL flushes (up to two at once), ${(stats.flushMs / stats.flushes).toFixed(2)} ms each on average`
          : '')
    : undefined;
}
