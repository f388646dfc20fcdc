import {
  AuthenticationHandler,
  Client,
  ResponseType,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { FetchStep, NO_ANSWER, type AnswerEvent, type RequestEvent } from './fetch-step';
import { operationOf, ruOf, type GraphBudget, type GraphOperation } from './graph-budget';
import { GraphRequestError, parseJson } from './graph-request-error';
import { GRAPH_ORIGIN, HostRewriteStep } from './host-rewrite-step';
import { pacedRequests } from './request-pace';
import { DEFAULT_RETRY, RepeatableRequest, RetryStep, type RetryPolicy } from './retry-step';

export const GRAPH_V1 = `${GRAPH_ORIGIN}/v1.0`;
export const MAX_BATCH = 20;

export interface GraphHttpOptions {
  authProvider: AuthenticationProvider;
  /** Origin that receives the requests meant for https://graph.microsoft.com (tests: the fake). */
  hostRewrite?: string;
  fetchOverride?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  onRequest?: (event: RequestEvent) => void;
  /** The process's RU meter: every try is costed (see graph-budget.ts). */
  budget?: GraphBudget;
  /** Told of every try with its cost: the per-operation log. */
  onOperation?: (operation: GraphOperation) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface SendOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** See RepeatableRequest. Defaults: GET yes, others no. */
  repeatable?: boolean;
  /** The request's RU when the URL alone does not say (a $batch: its steps'), for paced work. */
  ru?: number;
}

export interface BatchStep {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Absolute https://graph.microsoft.com/v1.0/... URL, e.g. a whole @odata.nextLink. */
  url: string;
  body?: unknown;
}

export interface BatchAnswer {
  status: number;
  retryAfter: string | null;
  body: unknown;
}

/**
 * The Graph client with our request steps: authentication → retry → (host rewrite) → fetch.
 * Answers come back raw and are parsed here, so every failure becomes one GraphRequestError.
 */
export class GraphHttp {
  readonly retry: RetryPolicy;
  /** The RU meter this client feeds, if any (shared by every Graph client of the process). */
  readonly budget?: GraphBudget;
  private readonly client: Client;

  constructor(options: GraphHttpOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.budget = options.budget;
    const steps: Middleware[] = [new AuthenticationHandler(options.authProvider), new RetryStep(this.retry, options.sleep)];
    if (options.hostRewrite) steps.push(new HostRewriteStep(options.hostRewrite));
    steps.push(new FetchStep(options.fetchOverride, options.timeoutMs, options.onRequest, (event) => this.account(event, options)));
    this.client = Client.initWithMiddleware({ middleware: steps });
  }

  get<T>(url: string): Promise<T> {
    return this.send<T>('GET', url) as Promise<T>;
  }

  async send<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options: SendOptions = {}): Promise<T | undefined> {
    const what = `${method} ${describeUrl(url)}`;
    // Paced background work (request-pace.ts) waits below the budget share before each request.
    // A request outside SharePoint (a calendar event, a Teams chat) costs 0 RU and does not wait.
    const pace = pacedRequests.current();
    const ru = options.ru ?? ruOf(method, url);
    const recorded = pace && ru > 0 ? await pace(ru) : undefined;
    try {
      return await this.sendNow<T>(method, url, what, options);
    } finally {
      recorded?.(); // every try has been costed by now (FetchStep)
    }
  }

  private async sendNow<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    what: string,
    options: SendOptions,
  ): Promise<T | undefined> {
    const request = this.client
      .api(url)
      .responseType(ResponseType.RAW)
      .headers(options.headers ?? {})
      .middlewareOptions([new RepeatableRequest(options.repeatable ?? method === 'GET')]);
    let response: Response;
    try {
      response =
        method === 'GET'
          ? await request.get()
          : method === 'POST'
            ? await request.post(options.body)
            : method === 'PATCH'
              ? await request.patch(options.body)
              : await request.delete();
    } catch (error) {
      // The client wraps what a step throws in a GraphError whose code is the error's name.
      if (error instanceof GraphRequestError) throw error;
      throw (error as { code?: unknown }).code === NO_ANSWER
        ? GraphRequestError.noAnswer(error, what)
        : GraphRequestError.notSent(error, what);
    }
    if (!response.ok) throw await GraphRequestError.fromResponse(response, what);
    if (response.status === 204) return undefined;
    return parseJson(await response.text()) as T;
  }

  /**
   * One $batch round trip for up to 20 steps; answers in the order of the steps. Step bodies are
   * read from the raw JSON: the SDK's BatchResponseContent parses a body only under an exact-case
   * `Content-Type`, which Graph does not always send (msgraph-sdk-javascript #35, #276).
   */
  async batch(steps: BatchStep[]): Promise<BatchAnswer[]> {
    // Step URLs relative to the version: "/v1.0/..." is refused ("Resource not found for the
    // segment 'v1.0'", msgraph-sdk-javascript#1178).
    const payload = {
      requests: steps.map((s) => ({
        id: s.id,
        method: s.method,
        url: relativeToVersion(s.url),
        ...(s.body === undefined ? {} : { body: s.body, headers: { 'Content-Type': 'application/json' } }),
      })),
    };
    const body = await this.send<{ responses?: RawStepAnswer[] }>('POST', `${GRAPH_V1}/$batch`, {
      body: payload,
      repeatable: steps.every((s) => s.method === 'GET'),
      ru: payload.requests.reduce((n, s) => n + ruOf(s.method, s.url), 0),
    });
    const byId = new Map((body?.responses ?? []).map((r) => [String(r.id), r]));
    return steps.map((s) => {
      const answer = byId.get(s.id);
      if (!answer)
        return { status: 0, retryAfter: null, body: { error: { code: 'missingBatchResponse', message: `no answer for step ${s.id}` } } };
      return {
        status: Number(answer.status),
        retryAfter: headerOf(answer.headers, 'retry-after'),
        body: typeof answer.body === 'string' ? parseJson(answer.body) : answer.body,
      };
    });
  }

  /** Costs one try (each step of a $batch on its own), feeds the meter and the log. */
  private account(event: AnswerEvent, options: GraphHttpOptions): void {
    if (!options.budget && !options.onOperation) return;
    const isBatch = event.url.endsWith('/$batch');
    const steps = isBatch
      ? ((parseJson(typeof event.body === 'string' ? event.body : '') as { requests?: { method: string; url: string }[] } | undefined)
          ?.requests ?? [])
      : [];
    const ru = isBatch ? steps.reduce((n, s) => n + ruOf(s.method, s.url), 0) : ruOf(event.method, event.url);
    const requests = isBatch ? steps.length : 1;
    options.budget?.record(ru, requests);
    const operation = isBatch
      ? `$batch [${[...new Set(steps.map((s) => operationOf(s.method, s.url)))].join(', ')}]`
      : operationOf(event.method, event.url);
    options.onOperation?.({ operation, method: event.method, ru, requests, status: event.status, ms: event.ms });
  }
}

interface RawStepAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Header names are case-insensitive (RFC 9110); batch step headers are a plain object. */
function headerOf(headers: Record<string, string> | undefined, name: string): string | null {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? null : String(headers![key]);
}

export function relativeToVersion(url: string): string {
  const u = new URL(url);
  return u.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '') + u.search;
}

/** For error messages: the path without the query (filter values may be personal data). */
function describeUrl(url: string): string {
  return url.replace(GRAPH_ORIGIN, '').split('?')[0];
}
