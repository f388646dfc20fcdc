/**
 * The steady-rate client for bench/survey's p99, in its own process so that neither server shares
 * a core's queue with it: request i is due at start + i / rate and is sent then (open loop: it does
 * not wait for earlier answers), over a keep-alive pool of plain node:http sockets. Each latency is
 * counted from the request's due time, not from when it went out, so a client that falls behind
 * shows in the figure instead of hiding it (coordinated omission). autocannon is not used for this:
 * its overallRate sends each connection's share of a second back to back (lib/httpClient.js).
 *
 * argv[2]: JSON { base, paths, rate, seconds, tokenPrefix }. Prints one JSON line with the figures.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { randomAnswers } from './targets';

interface Args {
  base: string;
  paths: string[];
  rate: number;
  seconds: number;
  tokenPrefix: string;
}

const args = JSON.parse(process.argv[2]) as Args;
const url = new URL(args.base);
const agent = new Agent({ keepAlive: true, maxSockets: 512 });
const count = Math.round(args.rate * args.seconds);
const latencies = new Float64Array(count).fill(NaN);
const sentLate = new Float64Array(count);
let failed = 0;
let firstFailure = '';

function send(i: number, due: number): Promise<void> {
  const body = JSON.stringify({ answers: randomAnswers(), deviceToken: `${args.tokenPrefix}-${String(i).padStart(10, '0')}` });
  sentLate[i] = performance.now() - due;
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: args.paths[i % args.paths.length],
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), origin: args.base },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 201) latencies[i] = performance.now() - due;
          else if (!failed++) firstFailure = `HTTP ${res.statusCode}`;
          resolve();
        });
      },
    );
    req.on('error', (e) => {
      if (!failed++) firstFailure = e.message;
      resolve();
    });
    req.end(body);
  });
}

async function main() {
  const interval = 1000 / args.rate;
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  let next = 0;
  // A 1 ms timer, each tick sending every request now due: setTimeout's granularity is 1 ms.
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < count && start + next * interval <= now) {
        pending.push(send(next, start + next * interval));
        next++;
      }
      if (next < count) setTimeout(tick, Math.max(0, Math.min(1, start + next * interval - performance.now())));
      else done();
    };
    setTimeout(tick, 20);
  });
  const sendWindow = (performance.now() - start) / 1000;
  await Promise.all(pending);
  const answered = Array.from(latencies)
    .map((ms, i) => ({ ms, i }))
    .filter((a) => !Number.isNaN(a.ms));
  const sorted = answered.map((a) => a.ms).sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const late = Array.from(sentLate).sort((a, b) => a - b);
  const slowest = answered
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((a) => ({ at: Math.round(a.i * interval), ms: Math.round(a.ms) }));
  agent.destroy();
  console.log(
    JSON.stringify({
      sent: count,
      sentPerSecond: count / sendWindow,
      failed,
      firstFailure,
      p50: pct(50),
      p99: pct(99),
      p999: pct(99.9),
      max: sorted.at(-1) ?? NaN,
      slowest,
      sendLateP99: late[Math.floor(0.99 * late.length)],
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
