/**
 * SharePoint resource units (RU) spent by this process, costed by Microsoft's table
 * ("Avoid getting throttled or blocked in SharePoint Online", learn.microsoft.com/sharepoint/dev/
 * general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
 * 1 RU a single-item read, 2 RU a multi-item query, create, update or delete; the requests in a
 * `$batch` count one by one; throttled requests count too. Calls outside SharePoint (calendar,
 * Teams chats) are counted as requests with 0 RU.
 *
 * Background work reads `pressure()` (0..1 of the per-minute budget) and slows down before
 * Graph throttles; `GET /api/admin/health` shows `snapshot()`.
 */

export interface GraphOperation {
  /** e.g. `GET /sites/{site}/lists/{list}/items` (ids left out: they may be personal data). */
  operation: string;
  method: string;
  ru: number;
  /** Requests inside a $batch, or 1. */
  requests: number;
  status: number;
  ms: number;
}

export interface BudgetSnapshot {
  ruPerMinuteBudget: number;
  ruLastMinute: number;
  ruLastHour: number;
  ruLastDay: number;
  requestsLastMinute: number;
  requestsLastDay: number;
  /** ruLastMinute / ruPerMinuteBudget, capped at 1. */
  pressure: number;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The RU meter every Graph request of the process goes through (one per process). Costs are kept
 * per second of its clock, whatever order they arrive in: the clock is the one background work
 * sleeps on (compose.ts passes the loops' timer), so a fake or simulated clock may move unevenly.
 */
export class GraphBudget {
  /** Second since epoch → [RU, requests]. */
  private readonly seconds = new Map<number, [number, number]>();
  private latest = -Infinity;
  private total = 0;

  constructor(
    readonly ruPerMinute = 1200,
    /** The meter's clock in ms (BudgetPacer waits on the same one). */
    readonly now: () => number = Date.now,
  ) {}

  /** Every RU recorded since the process started (BudgetPacer: what its admitted callers have spent since). */
  get recordedRu(): number {
    return this.total;
  }

  record(ru: number, requests = 1): void {
    this.total += ru;
    const second = Math.floor(this.now() / 1000);
    const entry = this.seconds.get(second);
    if (entry) {
      entry[0] += ru;
      entry[1] += requests;
    } else this.seconds.set(second, [ru, requests]);
    if (second > this.latest) {
      this.latest = second;
      const oldest = second - DAY_MS / 1000;
      // A day at most is kept; Map iterates in insertion order, so the oldest seconds come first.
      for (const s of this.seconds.keys()) {
        if (s > oldest) break;
        this.seconds.delete(s);
      }
    }
  }

  /** RU spent in the last `windowMs` (at most a day is kept). */
  spent(windowMs: number): number {
    return this.sum(windowMs, 0);
  }

  requests(windowMs: number): number {
    return this.sum(windowMs, 1);
  }

  /** Share of the per-minute budget spent in the last minute, 0..1. */
  pressure(): number {
    return Math.min(1, this.spent(60_000) / this.ruPerMinute);
  }

  snapshot(): BudgetSnapshot {
    return {
      ruPerMinuteBudget: this.ruPerMinute,
      ruLastMinute: this.spent(60_000),
      ruLastHour: this.spent(60 * 60_000),
      ruLastDay: this.spent(DAY_MS),
      requestsLastMinute: this.requests(60_000),
      requestsLastDay: this.requests(DAY_MS),
      pressure: this.pressure(),
    };
  }

  /** The seconds in (now − windowMs, now]: looked up one by one for short windows, else scanned. */
  private sum(windowMs: number, index: 0 | 1): number {
    const to = Math.floor(this.now() / 1000);
    const from = Math.floor((this.now() - windowMs) / 1000);
    let total = 0;
    if (to - from <= 600) {
      for (let s = from + 1; s <= to; s++) total += this.seconds.get(s)?.[index] ?? 0;
    } else for (const [s, e] of this.seconds) if (s > from && s <= to) total += e[index];
    return total;
  }
}

/** The cost of one request (not a $batch: its steps are costed one by one with this). */
export function ruOf(method: string, url: string): number {
  const path = pathOf(url);
  if (!/^\/sites\//.test(path)) return 0; // not SharePoint
  if (method.toUpperCase() !== 'GET') return 2;
  return isSingleResource(path) && !/[?&]\$expand=(columns|items)/.test(url) ? 1 : 2;
}

/** A request's path after the version, ids replaced, for the log. */
export function operationOf(method: string, url: string): string {
  const seg = pathOf(url).split('?')[0].split('/').filter(Boolean);
  const named = seg.map((s, i) => {
    const parent = seg[i - 1];
    if (parent === 'sites') return '{site}';
    if (parent === 'lists') return '{list}';
    if (
      parent === 'items' ||
      parent === 'columns' ||
      parent === 'pages' ||
      parent === 'users' ||
      parent === 'chats' ||
      parent === 'installedApps' ||
      parent === 'events'
    )
      return '{id}';
    return s;
  });
  return `${method.toUpperCase()} /${named.join('/')}`;
}

/** Collections end in one of these; anything else below /sites is one resource. */
const COLLECTIONS = new Set(['lists', 'items', 'columns', 'pages', 'sites', 'contentTypes']);

function isSingleResource(path: string): boolean {
  const last = path.split('?')[0].split('/').filter(Boolean).at(-1) ?? '';
  return !COLLECTIONS.has(last);
}

function pathOf(url: string): string {
  const relative = /^https?:\/\//.test(url) ? url.replace(/^https?:\/\/[^/]+/, '') : url;
  return relative.replace(/^\/(v1\.0|beta)(?=\/)/, '');
}
