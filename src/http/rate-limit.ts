/**
 * A fixed-window limit per key (e.g. per survey code), in memory. Enough to stop a script
 * hammering one link; a class answering together stays far below it.
 */
export class RateLimiter {
  /** Windows by key, and by key and sub-key (allowPair): a Map per key, so no joined string per request. */
  private windows = new Map<string, Window>();
  private pairs = new Map<string, Map<string, Window>>();
  private pairCount = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(key: string, t = this.now()): boolean {
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.max;
  }

  /** allow() for the key `${key}|${sub}`, counted apart from allow(key). */
  allowPair(key: string, sub: string, t = this.now()): boolean {
    let inner = this.pairs.get(key);
    if (!inner) {
      if (this.pairs.size > 10_000) this.clearPairs();
      this.pairs.set(key, (inner = new Map()));
    }
    const w = inner.get(sub);
    if (!w || t - w.start >= this.windowMs) {
      if (!w && ++this.pairCount > 10_000) {
        this.clearPairs();
        this.pairs.set(key, (inner = new Map()));
        this.pairCount = 1;
      }
      inner.set(sub, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.max;
  }

  private clearPairs() {
    this.pairs.clear();
    this.pairCount = 0;
  }

  /** Would a request pass, without counting it. */
  peek(key: string): boolean {
    const w = this.windows.get(key);
    return !w || this.now() - w.start >= this.windowMs || w.count < this.max;
  }
}

interface Window {
  start: number;
  count: number;
}

export type LimitedBy = 'device' | 'client' | 'link';

/**
 * The survey's limits: per device token, per client address and per link. A client is checked
 * first and a refused request does not count against the link, so one phone (or one script,
 * whatever tokens it makes up) uses at most its own share and the rest of the class still
 * answers. The client share is below the link's (a third), which is what makes that hold.
 * Behind one school's NAT a class shares an address; its share still covers a class answering.
 */
export class SurveyRateLimits {
  private readonly device: RateLimiter;
  private readonly client: RateLimiter;
  private readonly link: RateLimiter;

  constructor(
    perLinkPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.link = new RateLimiter(perLinkPerMinute, 60_000, now);
    this.client = new RateLimiter(Math.max(1, Math.floor(perLinkPerMinute / 3)), 60_000, now);
    // One device answers once; a few more tries cover a bad connection.
    this.device = new RateLimiter(Math.max(1, Math.min(20, Math.floor(perLinkPerMinute / 3))), 60_000, now);
  }

  /** Undefined when allowed, else which limit refused it. */
  check(request: { code: string; client: string; deviceToken?: string }): LimitedBy | undefined {
    const t = this.now();
    if (request.deviceToken && !this.device.allowPair(request.code, request.deviceToken, t)) return 'device';
    if (!this.client.allowPair(request.code, request.client, t)) return 'client';
    if (!this.link.allow(request.code, t)) return 'link';
    return undefined;
  }
}

/**
 * The client's address. Behind App Service (trustProxy), its front end appends the address it saw
 * to X-Forwarded-For, so the rightmost entry is the one a client cannot choose; otherwise the
 * header is anyone's to write and only the socket counts.
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  const forwarded = headers['x-forwarded-for'];
  const last = trustProxy
    ? (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .at(-1)
    : undefined;
  if (!last) return socketAddress ?? 'unknown';
  // App Service gives "address:port" ("[v6]:port" for IPv6); the port changes per connection.
  const bracketed = /^\[([^\]]+)\]/.exec(last);
  if (bracketed) return bracketed[1];
  return last.split(':').length === 2 ? last.split(':')[0] : last;
}
