import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface RequestEvent {
  method: string;
  url: string;
}

/** The last step: one HTTP try, with a timeout. A try without an answer throws NoAnswerError. */
export class FetchStep implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly timeoutMs = 60_000,
    private readonly onRequest?: (event: RequestEvent) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    this.onRequest?.({ method: (context.options?.method ?? 'GET').toUpperCase(), url });
    try {
      context.response = await this.fetchImpl(context.request, { ...context.options, signal: AbortSignal.timeout(this.timeoutMs) } as RequestInit);
    } catch (error) {
      throw new NoAnswerError(error);
    }
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
