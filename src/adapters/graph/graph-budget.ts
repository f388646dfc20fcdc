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

/** The RU meter every Graph request of the process goes through (one per process). */
export class GraphBudget {
  /** [second since epoch, RU, requests], oldest first; one entry per second at most. */
  private readonly seconds: [number, number, number][] = [];

  constructor(
    readonly ruPerMinute = 1200,
    private readonly now: () => number = Date.now,
  ) {}

  record(ru: number, requests = 1): void {
    const second = Math.floor(this.now() / 1000);
    const last = this.seconds.at(-1);
    if (last && last[0] === second) {
      last[1] += ru;
      last[2] += requests;
    } else this.seconds.push([second, ru, requests]);
    const oldest = second - DAY_MS / 1000;
    while (this.seconds.length > 0 && this.seconds[0][0] <= oldest) this.seconds.shift();
  }

  /** RU spent in the last `windowMs` (at most a day is kept). */
  spent(windowMs: number): number {
    return this.sum(windowMs, 1);
  }

  requests(windowMs: number): number {
    return this.sum(windowMs, 2);
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

  private sum(windowMs: number, index: 1 | 2): number {
    const from = Math.floor((this.now() - windowMs) / 1000);
    let total = 0;
    for (let i = this.seconds.length - 1; i >= 0 && this.seconds[i][0] > from; i--) total += this.seconds[i][index];
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
