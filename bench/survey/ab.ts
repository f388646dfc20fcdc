/**
 * A/B of the intake: bare restify and several app targets (other worktrees, or this one with other
 * packing), each in its own process, driven in turn by one autocannon loop; per run the rate, the
 * server's CPU per answer (/proc), its event-loop utilisation, answers per commit and the mean WAL
 * flush, from the target's IPC probe.
 * AB_TARGETS="old=/work/wt/x-base;new=.;one=.:{\"inStore\":1};x=.|SOME_ENV=1" npx tsx bench/survey/ab.ts [connections] [rounds] [seconds]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { cpuMsOf, fmt, loadNow, median } from '../support/load';
import { QUESTIONS } from './targets';

interface Probe {
  activeMs: number;
  idleMs: number;
  groups?: number;
  answers?: number;
  flushes?: number;
  flushMs?: number;
}
interface T {
  name: string;
  base: string;
  paths: string[];
  pid: number;
  stop: () => Promise<string[]>;
  probe: () => Promise<Probe>;
}

async function start(name: string, dir: string, mode: string, packing?: string, extra: Record<string, string> = {}): Promise<T> {
  const env = { ...process.env, ...extra, ...(packing ? { BENCH_SURVEY_PACKING: packing } : {}) };
  const child = spawn(process.execPath, ['--import', 'tsx', `${dir}/bench/survey/target.ts`, mode], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env,
  });
  const lines = createInterface({ input: child.stdout! });
  const after: string[] = [];
  const ready = await new Promise<{ base: string; paths: string[] }>((r) =>
    lines.on('line', (l) => (l.startsWith('{"ready"') ? r(JSON.parse(l)) : after.push(l))),
  );
  const probe = () =>
    new Promise<Probe>((r) => {
      child.once('message', (m: { probe: Probe }) => r(m.probe));
      child.send('probe');
    });
  return {
    name,
    ...ready,
    pid: child.pid!,
    probe,
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r(after));
        child.kill('SIGTERM');
      }),
  };
}

let n = 0;
const runId = `ab${Date.now().toString(36)}`;
async function post(t: T, connections: number, duration: number) {
  const p0 = await t.probe();
  const cpu0 = cpuMsOf(t.pid);
  const r = await autocannon({
    url: t.base,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>) => {
          const i = n++;
          return {
            ...req,
            path: t.paths[i % t.paths.length],
            headers: { 'content-type': 'application/json', origin: t.base },
            body: JSON.stringify({
              answers: Object.fromEntries(QUESTIONS.map((q) => [q, Math.floor(Math.random() * 5)])),
              deviceToken: `bench-${runId}-${String(i).padStart(10, '0')}`,
            }),
          };
        },
      },
    ],
  });
  const cpu1 = cpuMsOf(t.pid);
  const p1 = await t.probe();
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`${t.name}: failures ${r.non2xx} ${r.errors} ${r.timeouts}`);
  const elu = (p1.activeMs - p0.activeMs) / (p1.activeMs - p0.activeMs + p1.idleMs - p0.idleMs);
  const perGroup = p1.groups === undefined ? 0 : (p1.answers! - p0.answers!) / Math.max(1, p1.groups - p0.groups!);
  const perFlush = p1.flushes ? (p1.answers! - p0.answers!) / Math.max(1, p1.flushes - p0.flushes!) : 0;
  const flushMs = p1.flushes ? (p1.flushMs! - p0.flushMs!) / Math.max(1, p1.flushes - p0.flushes!) : 0;
  return { rate: r['2xx'] / r.duration, cpu: (1000 * (cpu1 - cpu0)) / r['2xx'], elu, perGroup, perFlush, flushMs };
}

const range = (v: number[], d: number) => `${fmt(median(v), d)} (${fmt(Math.min(...v), d)}–${fmt(Math.max(...v), d)})`;

async function main() {
  const [connections = 32, rounds = 3, seconds = 6] = process.argv.slice(2).map(Number);
  const specs = (process.env.AB_TARGETS ?? 'old=/work/wt/intake4-base;new=.').split(';').map((s) => {
    const [spec, envs = ''] = s.split('|');
    const [name, rest] = spec.split(/=(.*)/s);
    const [dir, packing] = rest.split(/:(.*)/s);
    const env = Object.fromEntries(
      envs
        .split(',')
        .filter(Boolean)
        .map((e) => e.split('=') as [string, string]),
    );
    return { name, dir: resolve(dir), packing, env };
  });
  const bare = await start('bare', resolve('.'), 'bare');
  const apps: T[] = [];
  for (const s of specs) apps.push(await start(s.name, s.dir, 'app', s.packing, s.env));
  const all = [bare, ...apps];
  for (const t of all) await post(t, 16, 2);
  const res = new Map<string, Awaited<ReturnType<typeof post>>[]>(all.map((t) => [t.name, []]));
  for (let i = 0; i < rounds; i++) {
    const order = [bare, ...(i % 2 ? [...apps].reverse() : apps)];
    const line: string[] = [];
    for (const t of order) {
      const r = await post(t, connections, seconds);
      res.get(t.name)!.push(r);
      line.push(
        `${t.name} ${fmt(r.rate, 0)}/s ${fmt(r.cpu, 1)}µs elu ${fmt(r.elu, 2)}${r.perGroup ? ` ${fmt(r.perGroup, 1)}/commit ${fmt(r.perFlush, 1)}/flush ${fmt(r.flushMs, 2)}ms` : ''}`,
      );
    }
    console.log(`round ${i + 1} (${loadNow()}): ${line.join(' | ')}`);
  }
  const b = res.get('bare')!;
  const first = res.get(apps[0].name)!;
  console.log(
    `${connections} connections, ${rounds}×${seconds} s, now ${loadNow()}: bare ${range(
      b.map((r) => r.rate),
      0,
    )} req/s, ${range(
      b.map((r) => r.cpu),
      1,
    )} µs`,
  );
  for (const t of apps) {
    const r = res.get(t.name)!;
    console.log(
      `  ${t.name}: ${range(
        r.map((x) => x.rate),
        0,
      )} req/s, app/bare ${range(
        r.map((x, i) => x.rate / b[i].rate),
        2,
      )}; CPU ${range(
        r.map((x) => x.cpu),
        1,
      )} µs, bare/app ${range(
        r.map((x, i) => b[i].cpu / x.cpu),
        2,
      )}, vs ${apps[0].name} ${range(
        r.map((x, i) => x.cpu / first[i].cpu),
        2,
      )}; elu ${range(
        r.map((x) => x.elu),
        2,
      )}; ${range(
        r.map((x) => x.perGroup),
        1,
      )}/commit, ${range(
        r.map((x) => x.perFlush),
        1,
      )}/flush, flush ${range(
        r.map((x) => x.flushMs),
        2,
      )} ms`,
    );
  }
  for (const t of all) await t.stop();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
