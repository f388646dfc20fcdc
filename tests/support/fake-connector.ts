import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  conversationId: string;
  activity: any;
}

/**
 * A local stand-in for the Bot Connector service: the bot's replies are POSTed here
 * (the activity's serviceUrl points at it), so tests can read what the bot said.
 */
export async function startFakeConnector() {
  const captured: CapturedActivity[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && m) {
        captured.push({ conversationId: decodeURIComponent(m[1]), activity: JSON.parse(body) });
        waiters.splice(0).forEach((w) => w());
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${captured.length}` }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    captured,
    /** Resolves when at least `count` activities have arrived (or fails after a while). */
    async waitFor(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (captured.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} bot replies, got ${captured.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return captured;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
