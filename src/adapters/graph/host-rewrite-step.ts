import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/**
 * Sends requests for https://graph.microsoft.com to another origin (tests: the local fake).
 * It sits after the authentication step, which only adds the token for Graph URLs; a plain
 * `baseUrl` would lose the Authorization header and break absolute nextLinks.
 */
export class HostRewriteStep implements Middleware {
  private next!: Middleware;
  private readonly target: string;

  constructor(target: string) {
    this.target = new URL(target).origin;
  }

  setNext(next: Middleware) {
    this.next = next;
  }

  execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (url.startsWith(`${GRAPH_ORIGIN}/`)) {
      const rewritten = this.target + url.slice(GRAPH_ORIGIN.length);
      context.request = typeof context.request === 'string' ? rewritten : new Request(rewritten, context.request);
    }
    return this.next.execute(context);
  }
}
