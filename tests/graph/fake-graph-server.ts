/**
 * A local, Graph-compatible fake (node:http on 127.0.0.1, random port) speaking the subset the
 * GraphListStore uses: sites, lists, columns, items with fields, $filter/$top/nextLink paging
 * with opaque skip tokens, If-Match → 412, and JSON $batch (≤ 20 requests; sub-request URLs
 * relative to the version, as Graph wants). It injects faults — 429 with Retry-After, 503, 504,
 * dropped connections before or after acting — from a queue or by chance, and counts HTTP
 * requests and, separately, the sub-requests inside batches.
 * It is strict where Graph is: see the rules and their sources in tests/graph/README.md.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSite, graphError, type Answer, type FakeList } from './fake/fake-site';
import { expandedFields, ODataError, selected } from './fake/odata';
import { FakeDirectory } from './fake/directory-routes';
import { FakeMeetings } from './fake/meeting-routes';

export type FaultKind = 'throttle' | 'unavailable' | 'gatewayTimeout' | 'drop' | 'dropAfterAnswer';
export interface Fault {
  kind: FaultKind;
  /** Retry-After in seconds, sent with throttle/unavailable when given. */
  retryAfter?: number;
  /** Only requests this accepts take the fault; others pass it by. `body` is the parsed JSON body. */
  match?: (request: { method: string; path: string; body?: unknown }) => boolean;
}
/** How batch steps name their content type: `random` (default) picks lower-case or none per step. */
export type StepContentType = 'exact' | 'lower' | 'none' | 'random';

export interface LoggedRequest {
  method: string;
  path: string;
  inBatch: boolean;
  fault?: FaultKind;
  authorization?: string;
}

const GRAPH_PUBLIC = 'https://graph.microsoft.com/v1.0';
const MAX_BATCH = 20;

export class FakeGraphServer {
  readonly sites = new Map<string, FakeSite>();
  /** Entra ID users, groups and role assignments (tests/graph/fake/directory-routes.ts). */
  readonly directory = new FakeDirectory();
  /** Faults for the next HTTP requests, first matching one taken. */
  readonly faults: Fault[] = [];
  /** Faults for the next sub-requests inside batches (throttle, unavailable, gatewayTimeout). */
  readonly subFaults: Fault[] = [];
  /** Faults by chance when no queued fault applies. */
  chaos?: { rate: number; kinds: FaultKind[]; random: () => number };
  /** Largest page the fake gives, whatever $top asks (Graph pages too). */
  maxPageSize = 200;
  /** SharePoint's list view threshold (5,000 online); tests set it smaller. */
  listViewThreshold = 5000;
  /** A batch step's content type header: Graph may send it lower-case or not at all (msgraph-sdk-javascript #35, #276). */
  stepContentType: StepContentType = 'random';
  random: () => number = Math.random;
  /** Added to every HTTP request (a $batch once), as the network and Graph take (bench/year: 100 ms). */
  latencyMs = 0;
  /** `pageItems`: items served in query pages, by list title (bench/year: what its JSON goes to). */
  readonly stats = { http: 0, subRequests: 0, log: [] as LoggedRequest[], pageItems: new Map<string, number>() };
  /**
   * SharePoint's per-app budget in resource units a minute (about 1,200 for a small tenant);
   * past it, requests and batch steps answer 429 with Retry-After until the minute is over.
   * Costs: 1 RU an item read, 2 RU a query, create, update or delete; every batch step counts,
   * and so do throttled requests ("Avoid getting throttled or blocked in SharePoint Online").
   */
  ruPerMinute?: number;
  private ruMinute = { start: 0, spent: 0 };
  /** Outlook events, online meetings, meeting chats' apps and tabs, attendance reports (tests/graph/fake/meeting-routes.ts). */
  readonly meetings = new FakeMeetings();
  /** Outlook events by mailbox (POST /users/{id}/events). */
  get events() {
    return this.meetings.events;
  }
  private readonly skipTokens = new Map<string, { listId: string; afterId: number }>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeGraphServer> {
    // eslint-disable-next-line prefer-const -- the handler needs the name before the server exists
    let fake!: FakeGraphServer;
    const server = createServer((req, res) => void fake.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeGraphServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  createSite(): string {
    const id = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
    this.sites.set(id, new FakeSite(id, () => this.listViewThreshold));
    return id;
  }

  site(id: string): FakeSite {
    return this.sites.get(id)!;
  }

  resetStats() {
    Object.assign(this.stats, { http: 0, subRequests: 0, log: [], pageItems: new Map() });
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const answer = this.answer(
      req.method ?? 'GET',
      req.url ?? '/',
      req.headers as Record<string, string>,
      Buffer.concat(chunks).toString('utf8'),
    );
    if (answer === 'drop') return req.socket.destroy();
    res.writeHead(answer.status, answer.headers);
    res.end(answer.text);
  }

  /**
   * The same answers without a socket, as `fetch` (bench/year: a year of requests without the
   * HTTP stack's CPU on either side; latency is the bench's). A dropped connection rejects as
   * fetch does.
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = typeof input === 'string' || input instanceof URL ? undefined : input;
    const url = new URL(request ? request.url : String(input));
    const headers = headerRecord(init?.headers ?? request?.headers);
    const body =
      typeof init?.body === 'string' ? init.body : init?.body || request ? await new Response(init?.body ?? request?.body).text() : '';
    const answer = this.answer((init?.method ?? request?.method ?? 'GET').toUpperCase(), url.pathname + url.search, headers, body);
    if (answer === 'drop') throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    // The answer's text as it is, not through a web stream (undici's Response encodes and decodes
    // every body: a fifth of the bench's CPU); what the Graph client and its steps read of a response.
    return new InProcessResponse(answer.status, answer.headers, answer.text) as unknown as Response;
  };

  private answer(
    method: string,
    rawUrl: string,
    requestHeaders: Record<string, string>,
    text: string,
  ): 'drop' | { status: number; headers: Record<string, string>; text?: string } {
    const url = new URL(rawUrl, 'http://fake');
    const authorization = requestHeaders.authorization;
    const entry: LoggedRequest = { method, path: url.pathname, inBatch: false, authorization };
    this.stats.http++;
    this.stats.log.push(entry);
    const body = parseBody(text);
    const fault = this.takeFault(this.faults, { method, path: url.pathname, body }) ?? this.chaosFault();
    entry.fault = fault?.kind;
    if (fault?.kind === 'drop') return 'drop';
    let answer = fault && fault.kind !== 'dropAfterAnswer' ? faultAnswer(fault) : undefined;
    if (!answer) {
      if (!/^Bearer \S+/.test(authorization ?? '')) answer = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      else if (!url.pathname.startsWith('/v1.0/')) answer = graphError(400, 'BadRequest', 'Invalid version.');
      else {
        const path = url.pathname.slice('/v1.0'.length);
        if (method === 'POST' && path === '/$batch') answer = this.batch(body);
        else answer = this.overBudget(method, path, url.search) ?? this.dispatch(method, path, url.searchParams, requestHeaders, body);
      }
    }
    if (fault?.kind === 'dropAfterAnswer') return 'drop';
    const headers: Record<string, string> = { 'request-id': randomUUID(), ...answer.headers };
    if (answer.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    return { status: answer.status, headers, text: answer.body === undefined ? undefined : JSON.stringify(answer.body) };
  }

  private batch(body: unknown): Answer {
    const requests = (
      body as { requests?: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[] }
    )?.requests;
    if (!Array.isArray(requests) || requests.length === 0) return graphError(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > MAX_BATCH)
      return graphError(400, 'BadRequest', `The number of requests in the batch exceeds the maximum of ${MAX_BATCH}.`);
    const responses = requests.map((r) => {
      this.stats.subRequests++;
      const entry: LoggedRequest = { method: r.method, path: r.url.split('?')[0], inBatch: true };
      this.stats.log.push(entry);
      const fault = this.takeFault(this.subFaults, { method: r.method, path: entry.path, body: r.body });
      entry.fault = fault?.kind;
      let answer: Answer;
      const throttled = /^\//.test(r.url)
        ? this.overBudget(r.method, r.url.split('?')[0], r.url.includes('?') ? r.url.slice(r.url.indexOf('?')) : '')
        : undefined;
      if (fault) answer = faultAnswer(fault) ?? graphError(500, 'generalException', 'fault');
      else if (throttled) answer = throttled;
      else if (/^\/(v1\.0|beta)\//.test(r.url))
        answer = graphError(400, 'BadRequest', `Resource not found for the segment '${r.url.split('/')[1]}'.`);
      else if (!r.url.startsWith('/')) answer = graphError(400, 'BadRequest', 'Invalid request URL in batch.');
      else {
        const url = new URL(r.url, 'http://fake');
        const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        answer = this.dispatch(r.method.toUpperCase(), url.pathname, url.searchParams, headers, r.body);
      }
      const headers: Record<string, string> = { ...answer.headers, ...(answer.body === undefined ? {} : this.stepContentTypeHeader()) };
      return { id: r.id, status: answer.status, headers, body: answer.body };
    });
    // Graph answers batch steps in any order.
    return { status: 200, body: { responses: responses.reverse() } };
  }

  private stepContentTypeHeader(): Record<string, string> {
    const mode = this.stepContentType === 'random' ? (this.random() < 0.5 ? 'lower' : 'none') : this.stepContentType;
    if (mode === 'exact') return { 'Content-Type': 'application/json' };
    return mode === 'lower' ? { 'content-type': 'application/json' } : {};
  }

  private dispatch(method: string, path: string, query: URLSearchParams, headers: Record<string, string>, body: unknown): Answer {
    const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
    const meetingAnswer = this.meetings.handle(method, seg, query, asObject(body));
    if (meetingAnswer) return meetingAnswer;
    if (['users', 'groups', 'servicePrincipals'].includes(seg[0])) return this.directory.handle(method, seg, query);
    if (seg[0] !== 'sites' || !seg[1]) return graphError(400, 'BadRequest', `Resource not found for the segment '${seg[0]}'.`);
    const site = this.sites.get(seg[1]);
    if (!site) return graphError(404, 'itemNotFound', 'Requested site could not be found');
    const route = `${method} ${seg
      .slice(2)
      .map((s, i) => (i % 2 === 1 ? '*' : s))
      .join('/')}`;
    if (route === 'GET ') return { status: 200, body: site.json() };
    const pageAnswer = site.pages.handle(method, seg.slice(2), query, (body ?? {}) as Record<string, unknown>);
    if (pageAnswer) return pageAnswer;
    if (route === 'GET lists') {
      const title = /^displayName eq '(.*)'$/.exec(query.get('$filter') ?? '')?.[1]?.replace(/''/g, "'");
      return {
        status: 200,
        body: { value: [...site.lists.values()].filter((l) => title === undefined || l.displayName === title).map((l) => l.json()) },
      };
    }
    if (route === 'POST lists') return site.createList(asObject(body));
    const list = site.list(seg[3]);
    if (!list) return graphError(404, 'itemNotFound', 'List not found');
    const itemId = Number(seg[5]);
    if (seg[4] === 'items' && seg[5] !== undefined && !/^\d+$/.test(seg[5])) return graphError(400, 'invalidRequest', 'Invalid request');
    try {
      switch (route) {
        case 'GET lists/*': {
          // `?expand=columns` is documented on the list-get page; hidden columns as for GET …/columns.
          const expand = /^columns(?:\(\$select=([^)]*)\))?$/.exec((query.get('$expand') ?? query.get('expand') ?? '').trim());
          return { status: 200, body: { ...list.json(), ...(expand ? { columns: list.columnsJson(selected(expand[1] ?? null)) } : {}) } };
        }
        case 'GET lists/*/columns':
          return { status: 200, body: { value: list.columnsJson(selected(query.get('$select'))) } };
        case 'POST lists/*/columns':
          return list.addColumn(asObject(body));
        case 'PATCH lists/*/columns/*':
          return list.patchColumn(seg[5], asObject(body));
        case 'GET lists/*/items':
          return this.page(list, path, query);
        case 'POST lists/*/items':
          return list.create(asObject(asObject(body).fields));
        case 'GET lists/*/items/*': {
          const item = list.items.get(itemId);
          return item
            ? { status: 200, body: list.itemJson(item, expandedFields(query.get('$expand'))) }
            : graphError(404, 'itemNotFound', 'The resource could not be found.');
        }
        case 'PATCH lists/*/items/*/fields':
          return list.patchFields(itemId, asObject(body), headers['if-match']);
        case 'DELETE lists/*/items/*':
          return list.remove(itemId, headers['if-match']);
      }
    } catch (error) {
      if (error instanceof ODataError) return graphError(400, 'invalidRequest', error.message);
      if ((error as Answer).status) return error as Answer;
      throw error;
    }
    return graphError(400, 'BadRequest', `Resource not found for the segment '${seg.at(-1)}'.`);
  }

  /** Charges one request to the minute's RU; a 429 with Retry-After when the budget is spent. */
  private overBudget(method: string, path: string, search: string): Answer | undefined {
    if (this.ruPerMinute === undefined || !path.startsWith('/sites/')) return undefined;
    const now = Date.now();
    if (now - this.ruMinute.start >= 60_000) this.ruMinute = { start: now, spent: 0 };
    const single = method === 'GET' && !/\/(lists|items|columns|pages)$/.test(path) && !/expand=columns/.test(search);
    this.ruMinute.spent += single ? 1 : 2;
    if (this.ruMinute.spent <= this.ruPerMinute) return undefined;
    const retryAfter = Math.max(1, Math.ceil((this.ruMinute.start + 60_000 - now) / 1000));
    return { ...graphError(429, 'activityLimitReached', 'The request has been throttled'), headers: { 'Retry-After': String(retryAfter) } };
  }

  /** Starts a new budget minute now (tests). */
  resetBudgetMinute() {
    this.ruMinute = { start: Date.now(), spent: 0 };
  }

  private page(list: FakeList, path: string, query: URLSearchParams): Answer {
    const listId = list.id;
    const token = query.get('$skiptoken');
    const state = token ? this.skipTokens.get(token) : { listId, afterId: 0 };
    if (!state || state.listId !== listId) return graphError(400, 'invalidRequest', 'Invalid skip token.');
    const top = Math.min(Number(query.get('$top') ?? this.maxPageSize) || this.maxPageSize, this.maxPageSize);
    const select = expandedFields(query.get('$expand'));
    const matching = list.query(query.get('$filter'), state.afterId, top + 1);
    const page = matching.slice(0, top);
    this.stats.pageItems.set(list.displayName, (this.stats.pageItems.get(list.displayName) ?? 0) + page.length);
    const shape = list.itemShape();
    const body: Record<string, unknown> = { value: page.map((item) => list.itemJson(item, select, shape)) };
    if (matching.length > top) {
      const next = randomBytes(12).toString('base64url');
      this.skipTokens.set(next, { listId, afterId: page.at(-1)!.id });
      const params = [...query.entries()].filter(([k]) => k !== '$skiptoken').map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
      body['@odata.nextLink'] = `${GRAPH_PUBLIC}${path}?${[...params, `$skiptoken=${next}`].join('&')}`;
    }
    return { status: 200, body };
  }

  private takeFault(queue: Fault[], request: { method: string; path: string; body?: unknown }): Fault | undefined {
    const i = queue.findIndex((f) => !f.match || f.match(request));
    return i < 0 ? undefined : queue.splice(i, 1)[0];
  }

  private chaosFault(): Fault | undefined {
    const chaos = this.chaos;
    if (!chaos || chaos.random() >= chaos.rate) return undefined;
    return { kind: chaos.kinds[Math.floor(chaos.random() * chaos.kinds.length)], retryAfter: 0 };
  }
}

function faultAnswer(fault: Fault): Answer | undefined {
  const retryAfter: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  if (fault.kind === 'throttle')
    return { ...graphError(429, 'activityLimitReached', 'The request has been throttled'), headers: retryAfter };
  if (fault.kind === 'unavailable')
    return { ...graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.'), headers: retryAfter };
  if (fault.kind === 'gatewayTimeout') return graphError(504, 'gatewayTimeout', 'The gateway timed out.');
  return undefined;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A request's headers as a record with lower-case names (what `answer` takes). */
function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(new Headers(headers).entries());
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

/** The part of a fetch Response that GraphHttp, its steps and the Graph client read: status, headers, the body as text. */
class InProcessResponse {
  readonly ok: boolean;
  readonly statusText = '';
  readonly headers: Headers;
  bodyUsed = false;

  constructor(
    readonly status: number,
    headers: Record<string, string>,
    private readonly body?: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers(headers);
  }

  private take(): string {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.body ?? '';
  }

  async text(): Promise<string> {
    return this.take();
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.take());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.take(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  clone(): InProcessResponse {
    return new InProcessResponse(this.status, Object.fromEntries(this.headers.entries()), this.body);
  }
}

/** For Fault.match: a $batch that creates list items. */
export const isCreateBatch = (r: { method: string; path: string; body?: unknown }) =>
  r.path === '/v1.0/$batch' && !!(r.body as { requests?: { method: string }[] } | undefined)?.requests?.some((s) => s.method === 'POST');

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
