import {
  AuthenticationHandler,
  BatchRequestContent,
  BatchResponseContent,
  Client,
  ResponseType,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { FetchStep, NO_ANSWER, type RequestEvent } from './fetch-step';
import { GraphRequestError, parseJson } from './graph-request-error';
import { GRAPH_ORIGIN, HostRewriteStep } from './host-rewrite-step';
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
  sleep?: (ms: number) => Promise<void>;
}

export interface SendOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** See RepeatableRequest. Defaults: GET yes, others no. */
  repeatable?: boolean;
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
  private readonly client: Client;

  constructor(options: GraphHttpOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    const steps: Middleware[] = [new AuthenticationHandler(options.authProvider), new RetryStep(this.retry, options.sleep)];
    if (options.hostRewrite) steps.push(new HostRewriteStep(options.hostRewrite));
    steps.push(new FetchStep(options.fetchOverride, options.timeoutMs, options.onRequest));
    this.client = Client.initWithMiddleware({ middleware: steps });
  }

  get<T>(url: string): Promise<T> {
    return this.send<T>('GET', url) as Promise<T>;
  }

  async send<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options: SendOptions = {}): Promise<T | undefined> {
    const what = `${method} ${describeUrl(url)}`;
    const request = this.client
      .api(url)
      .responseType(ResponseType.RAW)
      .headers(options.headers ?? {})
      .middlewareOptions([new RepeatableRequest(options.repeatable ?? method === 'GET')]);
    let response: Response;
    try {
      response =
        method === 'GET' ? await request.get()
        : method === 'POST' ? await request.post(options.body)
        : method === 'PATCH' ? await request.patch(options.body)
        : await request.delete();
    } catch (error) {
      // The client wraps what a step throws in a GraphError whose code is the error's name.
      if (error instanceof GraphRequestError) throw error;
      throw (error as { code?: unknown }).code === NO_ANSWER ? GraphRequestError.noAnswer(error, what) : GraphRequestError.notSent(error, what);
    }
    if (!response.ok) throw await GraphRequestError.fromResponse(response, what);
    if (response.status === 204) return undefined;
    return parseJson(await response.text()) as T;
  }

  /** One $batch round trip for up to 20 steps; answers in the order of the steps. */
  async batch(steps: BatchStep[]): Promise<BatchAnswer[]> {
    const content = new BatchRequestContent(
      steps.map((s) => ({
        id: s.id,
        request: new Request(s.url, {
          method: s.method,
          ...(s.body === undefined ? {} : { body: JSON.stringify(s.body), headers: { 'Content-Type': 'application/json' } }),
        }),
      })),
    );
    const payload = (await content.getContent()) as { requests: { id: string; url: string }[] };
    // SDK 3.0.7 keeps "/v1.0" in each URL, which Graph refuses ("Resource not found for the
    // segment 'v1.0'", msgraph-sdk-javascript#1178): send them relative to the version.
    const urls = new Map(steps.map((s) => [s.id, s.url]));
    for (const r of payload.requests) r.url = relativeToVersion(urls.get(r.id)!);
    const body = await this.send<object>('POST', `${GRAPH_V1}/$batch`, { body: payload, repeatable: steps.every((s) => s.method === 'GET') });
    const answers = new BatchResponseContent(body as ConstructorParameters<typeof BatchResponseContent>[0]);
    return Promise.all(
      steps.map(async (s) => {
        const response = answers.getResponseById(s.id);
        if (!response) return { status: 0, retryAfter: null, body: { error: { code: 'missingBatchResponse', message: `no answer for step ${s.id}` } } };
        return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: parseJson(await response.text()) };
      }),
    );
  }
}

export function relativeToVersion(url: string): string {
  const u = new URL(url);
  return u.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '') + u.search;
}

/** For error messages: the path without the query (filter values may be personal data). */
function describeUrl(url: string): string {
  return url.replace(GRAPH_ORIGIN, '').split('?')[0];
}
