import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { isRaw, type RawRoute, type Route } from './route';

interface EarlyRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  raw: RawRoute['raw'];
}

/** `/s/:code` → a pattern for the path alone (no query) and its parameter names. */
export function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** The parameters of a request that an early route serves, or undefined (restify serves it). */
export function earlyMatch(route: Pick<EarlyRoute, 'method' | 'pattern' | 'names'>, method: string | undefined, url: string | undefined) {
  if (method !== route.method || !url) return undefined;
  const q = url.indexOf('?');
  const m = route.pattern.exec(q < 0 ? url : url.slice(0, q));
  if (!m) return undefined;
  const params: Record<string, string> = {};
  try {
    for (let i = 0; i < route.names.length; i++) params[route.names[i]] = decodeURIComponent(m[i + 1]);
  } catch {
    return undefined; // a malformed escape: restify's router answers it as it does for every route
  }
  return params;
}

/**
 * Routes marked `early` are served from restify's `first` hook ("handlers that run for all
 * requests, before restify touches the request… return false to stop", restify.com/docs/server-api
 * `Server.first`): restify's per-request set-up, its pre and use chains and the router cost about
 * as much as the survey answer's own work. The route is mounted on restify as well (OpenAPI, the
 * access policies, and any path form this match leaves to restify). `fail` answers a thrown error.
 */
export function mountEarlyRoutes(
  server: Server,
  routes: Route[],
  fail: (err: unknown, req: IncomingMessage, res: ServerResponse) => void,
): void {
  const early: EarlyRoute[] = routes
    .filter(isRaw)
    .filter((r) => r.early)
    .map((r) => ({ method: r.method === 'del' ? 'DELETE' : r.method.toUpperCase(), ...compilePath(r.path), raw: r.raw }));
  if (early.length === 0) return;
  const name = server.name;
  // restify has Server.first; @types/restify 8 does not name it.
  const withFirst = server as Server & { first(handler: (req: IncomingMessage, res: ServerResponse) => boolean): Server };
  withFirst.first((req, res) => {
    for (const route of early) {
      const params = earlyMatch(route, req.method, req.url);
      if (!params) continue;
      (req as unknown as { params: Record<string, string> }).params = params;
      // `Server` as restify sets it on every answer: the route's own answers name it in their head
      // (a setHeader first would make node merge writeHead's headers one by one), failures here.
      route.raw(req as unknown as Request, res as unknown as Response).catch((err) => {
        if (name && !res.headersSent) res.setHeader('Server', name);
        fail(err, req, res);
      });
      return false;
    }
    return true;
  });
}
