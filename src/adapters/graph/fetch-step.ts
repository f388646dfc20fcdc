import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface RequestEvent {
  method: string;
  url: string;
}

export interface AnswerEvent extends RequestEvent {
  /** The request body as sent (a $batch's steps are in it). */
  body: unknown;
  /** 0 when no answer came. */
  status: number;
  ms: number;
}

/** The last step: one HTTP try, with a timeout. A try without an answer throws NoAnswerError. */
export class FetchStep implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly timeoutMs = 60_000,
    private readonly onRequest?: (event: RequestEvent) => void,
    private readonly onAnswer?: (event: AnswerEvent) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const method = (context.options?.method ?? 'GET').toUpperCase();
    this.onRequest?.({ method, url });
    const started = Date.now();
    const told = (status: number) => this.onAnswer?.({ method, url, body: context.options?.body, status, ms: Date.now() - started });
    try {
      context.response = await this.fetchImpl(context.request, {
        ...context.options,
        signal: AbortSignal.timeout(this.timeoutMs),
      } as RequestInit);
    } catch (error) {
      told(0);
      throw new NoAnswerError(error);
    }
    told(context.response.status);
  }
}

export const NO_ANSWER = 'NoAnswer';

export class NoAnswerError extends Error {
  constructor(cause: unknown) {
    const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
    const reason = [cause instanceof Error ? cause.message : String(cause), inner?.code ?? inner?.message].filter(Boolean).join(' / ');
    super(reason);
    this.name = NO_ANSWER;
  }
}
