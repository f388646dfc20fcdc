/**
 * A local stand-in for the Bot Connector that enforces Teams' limits: per app 50 requests a
 * second, per conversation 7/1 s, 8/2 s, 60/30 s (sliding windows; every request counts, also a
 * refused one). Over a limit: 429 with Retry-After. It can inject 429s at random and answer
 * 403 BotNotInConversationRoster for chosen conversations. It counts each delivery by the
 * outbox id in the activity's channelData, so duplicates and losses are exact.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorOptions {
  app?: { count: number; windowMs: number }[];
  conversation?: { count: number; windowMs: number }[];
  /** Share of requests answered 429 at random (0–1). */
  inject429?: number;
  /** Requests answered with a permanent failure, by conversation id. */
  permanent?: Map<string, { status: number; code: string }>;
  /** Conversations whose first N requests get 429 with this Retry-After (seconds). */
  throttleFirst?: Map<string, { times: number; retryAfter: number }>;
  random?: () => number;
  /** Answer delay, as a real service has. */
  latencyMs?: number;
  /**
   * Users (Entra object id → their 1:1 conversation with the bot): the connector then also answers
   * the Microsoft Graph reads a delivery probe makes (installed app, its chat, the chat's messages).
   */
  users?: Map<string, string>;
  /**
   * The clock the limits are counted on (ms; Date.now by default). bench/year passes its simulated
   * time: the sender paces on that clock, so windows counted in wall time would refuse what it
   * spaced out correctly (its sleeps take no wall time there) and every refusal costs a retry.
   */
  now?: () => number;
}

export interface ConnectorStats {
  requests: number;
  accepted: number;
  limited: number;
  injected: number;
  permanent: number;
  deliveries: Map<string, number>;
  firstRequestAt: number;
  lastAcceptedAt: number;
  /** Arrival times of every request, for checking the windows afterwards. */
  arrivals: { at: number; conversationId: string; status: number; outboxId?: string }[];
}

class Windows {
  private readonly times: number[] = [];
  constructor(private readonly limits: { count: number; windowMs: number }[]) {}
  /** Records a request; returns seconds to wait if it went over a limit. */
  hit(now: number): number | undefined {
    this.times.push(now);
    const horizon = Math.max(...this.limits.map((l) => l.windowMs));
    while (this.times.length && this.times[0] <= now - horizon) this.times.shift();
    let wait: number | undefined;
    for (const l of this.limits) {
      const inWindow = this.times.filter((t) => t > now - l.windowMs);
      if (inWindow.length > l.count) {
        const frees = inWindow[inWindow.length - l.count - 1] + l.windowMs - now;
        wait = Math.max(wait ?? 0, Math.max(1, Math.ceil(frees / 1000)));
      }
    }
    return wait;
  }
}

export async function startLimitedConnector(options: ConnectorOptions = {}) {
  const appLimits = options.app ?? [{ count: 50, windowMs: 1000 }];
  const conversationLimits = options.conversation ?? [
    { count: 7, windowMs: 1000 },
    { count: 8, windowMs: 2000 },
    { count: 60, windowMs: 30_000 },
  ];
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const app = new Windows(appLimits);
  const conversations = new Map<string, Windows>();
  const stats: ConnectorStats = {
    requests: 0,
    accepted: 0,
    limited: 0,
    injected: 0,
    permanent: 0,
    deliveries: new Map(),
    firstRequestAt: 0,
    lastAcceptedAt: 0,
    arrivals: [],
  };
  const throttleFirst = new Map(options.throttleFirst ?? []);
  /** What each conversation shows, as Graph lists a chat's messages: the cards' JSON. */
  const chatMessages = new Map<string, string[]>();
  const graphReads = { count: 0 };

  function graph(url: URL, res: import('node:http').ServerResponse): boolean {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let m = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(url.pathname);
    if (m) {
      graphReads.count += 1;
      const user = decodeURIComponent(m[1]);
      return (json(200, { value: options.users?.has(user) ? [{ id: `installation-${user}` }] : [] }), true);
    }
    m = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/.exec(url.pathname);
    if (m) {
      graphReads.count += 1;
      return (json(200, { id: `19:${decodeURIComponent(m[1])}_bot@unq.gbl.spaces` }), true);
    }
    m = /^\/v1\.0\/chats\/19:([^_]+)_bot@unq\.gbl\.spaces\/messages$/.exec(decodeURIComponent(url.pathname));
    if (m) {
      graphReads.count += 1;
      const conversationId = options.users?.get(m[1]);
      const top = Number(url.searchParams.get('$top') ?? 50);
      const contents = (conversationId ? (chatMessages.get(conversationId) ?? []) : []).slice(-top).reverse();
      return (
        json(200, {
          value: contents.map((content, i) => ({
            id: String(i),
            attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
          })),
        }),
        true
      );
    }
    return false;
  }

  const server: Server = createServer((req, res) => {
    const arrived = now();
    if (req.method === 'GET' && graph(new URL(req.url ?? '/', 'http://localhost'), res)) return;
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) {
        res.writeHead(404);
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(m[1]);
      let outboxId: string | undefined;
      let cards: string[] = [];
      try {
        const activity = JSON.parse(body);
        outboxId = activity.channelData?.skaOutboxId;
        cards = (activity.attachments ?? []).map((a: { content?: unknown }) => JSON.stringify(a.content));
      } catch {
        /* counted as a request all the same */
      }
      stats.requests += 1;
      stats.firstRequestAt ||= arrived;
      let window = conversations.get(conversationId);
      if (!window) conversations.set(conversationId, (window = new Windows(conversationLimits)));
      const overApp = app.hit(arrived);
      const overConversation = window.hit(arrived);
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        stats.arrivals.push({ at: arrived, conversationId, status, outboxId });
        const send = () => {
          res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
          res.end(JSON.stringify(payload));
        };
        if (options.latencyMs) setTimeout(send, options.latencyMs);
        else send();
      };
      const permanent = options.permanent?.get(conversationId);
      if (permanent) {
        stats.permanent += 1;
        return reply(permanent.status, {
          error: { code: permanent.code, message: `${permanent.code}: the bot is not part of the conversation roster.` },
        });
      }
      if (overApp !== undefined || overConversation !== undefined) {
        stats.limited += 1;
        return reply(
          429,
          { error: { code: 'Throttled', message: 'Too many requests' } },
          { 'Retry-After': String(Math.max(overApp ?? 0, overConversation ?? 0)) },
        );
      }
      const forced = throttleFirst.get(conversationId);
      if (forced && forced.times > 0) {
        forced.times -= 1;
        stats.injected += 1;
        return reply(429, { error: { code: 'Throttled', message: 'Too many requests' } }, { 'Retry-After': String(forced.retryAfter) });
      }
      if (options.inject429 && random() < options.inject429) {
        stats.injected += 1;
        return reply(429, { error: { code: 'Throttled', message: 'Too many requests (injected)' } }, { 'Retry-After': '1' });
      }
      stats.accepted += 1;
      stats.lastAcceptedAt = now();
      if (outboxId) stats.deliveries.set(outboxId, (stats.deliveries.get(outboxId) ?? 0) + 1);
      chatMessages.set(conversationId, [...(chatMessages.get(conversationId) ?? []), ...cards].slice(-200));
      reply(200, { id: `activity-${stats.accepted}` });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, stats, graphReads, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export type LimitedConnector = Awaited<ReturnType<typeof startLimitedConnector>>;

/** The most requests that arrived within any one second (of every instance together). */
export function busiestSecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
