import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Request, Response } from 'restify';
import type { RawRoute, Route } from '../route';
import type { HttpServices } from '../services';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

const headers = (file: string, immutable: boolean) => ({
  'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
  'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  'X-Content-Type-Options': 'nosniff',
});

/** What these routes use, and nothing else. */
export type StaticRouteServices = Pick<HttpServices, 'config'>;

/** The built tabs: index.html, config.html and hashed assets (cached for a year). */
export function staticRoutes(s: StaticRouteServices): Route[] {
  const root = resolve(s.config.tabsDir);
  // Content-hashed assets never change under their name: kept in memory once read (not the source
  // maps), so the tab's 40 scripts cost one write each instead of a stream's open, reads and close.
  const cached = new Map<string, Buffer>();
  const CACHE_MAX_BYTES = 1024 * 1024;

  function send(res: Response, file: string, immutable: boolean) {
    const hit = immutable ? cached.get(file) : undefined;
    if (hit) return sendBuffer(res, file, hit);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(file.endsWith('.html') ? 'Flikarna är inte byggda. Kör: npm run build' : 'Finns inte');
      return;
    }
    if (immutable && extname(file) !== '.map' && statSync(file).size <= CACHE_MAX_BYTES) {
      const bytes = readFileSync(file);
      cached.set(file, bytes);
      return sendBuffer(res, file, bytes);
    }
    res.writeHead(200, headers(file, immutable));
    createReadStream(file).pipe(res);
  }

  function sendBuffer(res: Response, file: string, bytes: Buffer) {
    res.writeHead(200, { ...headers(file, true), 'Content-Length': String(bytes.length) });
    res.end(bytes);
  }

  const page = (path: string, file: string): RawRoute => ({
    method: 'get',
    path,
    summary: `Flikens sida ${file}`,
    tag: 'flikar',
    policy: { kind: 'public', why: 'static page shell; its data comes from the API, which checks access' },
    raw: async (_req: Request, res: Response) => send(res, join(root, file), false),
  });

  return [
    page('/', 'index.html'),
    page('/config.html', 'config.html'),
    page('/auth-start.html', 'auth-start.html'),
    page('/auth-end.html', 'auth-end.html'),
    {
      method: 'get',
      path: '/assets/*',
      summary: 'Flikarnas skript och stilar',
      tag: 'flikar',
      policy: { kind: 'public', why: 'static, content-hashed assets' },
      raw: async (req: Request, res: Response) => {
        const rel = normalize(decodeURIComponent((req.getPath() ?? '').replace(/^\/assets\//, '')));
        if (rel.startsWith('..') || rel.includes('\0')) return send(res, '', true);
        send(res, join(root, 'assets', rel), true);
      },
    },
  ];
}
