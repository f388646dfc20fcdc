/**
 * The one error type of the Graph adapter: every failed request, whatever the step that saw it,
 * surfaces as a GraphRequestError carrying the HTTP status, Graph's error code and the response body.
 * `status` is 0 when no answer came at all (dropped connection, timeout).
 */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: unknown,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }

  /** From an answer Graph gave (`{ error: { code, message } }`), top-level or inside a $batch. */
  static fromBody(status: number, body: unknown, what: string, requestId?: string): GraphRequestError {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = typeof error?.code === 'string' && error.code ? error.code : `http${status}`;
    const detail = typeof error?.message === 'string' ? `: ${error.message}` : '';
    return new GraphRequestError(status, code, body, `${what} failed with ${status} ${code}${detail}`, requestId);
  }

  static async fromResponse(response: Response, what: string): Promise<GraphRequestError> {
    const text = await response.text().catch(() => '');
    return GraphRequestError.fromBody(response.status, parseJson(text), what, response.headers.get('request-id') ?? undefined);
  }

  /** Nothing was sent: the request failed on our side (e.g. no token: Entra ID refused the certificate). */
  static notSent(cause: unknown, what: string): GraphRequestError {
    const reason = describe(cause);
    const error = new GraphRequestError(0, 'requestNotSent', reason, `${what} was not sent: ${reason}`);
    (error as { cause?: unknown }).cause = cause;
    return error;
  }

  /** True when the effect of the request is unknown: no answer came, or a gateway's error. */
  get outcomeUnknown(): boolean {
    return this.code === 'networkError' || this.status === 500 || this.status === 502 || this.status === 504;
  }

  /** No answer: the connection dropped or timed out. Whether the server acted is unknown. */
  static noAnswer(cause: unknown, what: string): GraphRequestError {
    const reason = describe(cause);
    const error = new GraphRequestError(0, 'networkError', reason, `${what} got no answer: ${reason}`);
    (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: { code?: string; message?: string } }).cause;
  return [cause.message, inner?.code ?? inner?.message].filter(Boolean).join(' / ');
}
