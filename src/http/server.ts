import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import { DocumentConflictError } from '../app/documents/document-conflict';
import { DomainError } from '../domain/errors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { enforce } from './auth';
import { readJsonBody } from './body';
import { mountEarlyRoutes } from './early-routes';
import { SERVER_NAME } from './server-name';
import { toHttpError, validationError } from './errors';
import { buildOpenApi } from './openapi';
import { isFileResponse, isRaw, type AccessPolicy, type JsonRoute, type Route } from './route';
import { devRoutes } from './routes/dev';
import { planRoutes } from './routes/plans';
import { reportRoutes } from './routes/reports';
import { reportBasisRoutes } from './routes/report-basis';
import { documentExtraRoutes } from './routes/document-extras';
import { surveyRoutes } from './routes/surveys';
import { surveyPublicRoutes } from './routes/survey-public';
import { surveyScheduleRoutes } from './routes/survey-schedule';
import { statisticsRoutes } from './routes/statistics';
import { overviewRoutes } from './routes/overview';
import { annualRoutes } from './routes/annual';
import { intranetRoutes } from './routes/intranet';
import { adminSettingsRoutes } from './routes/admin-settings';
import { intranetBatchRoutes } from './routes/intranet-batch';
import { presetRoutes } from './routes/presets';
import { yearWheelRoutes } from './routes/year-wheel';
import { dialogueRoutes } from './routes/dialogues';
import { dialogueNoteRoutes } from './routes/dialogue-notes';
import { meetingRoutes } from './routes/meetings';
import { outboxRoutes } from './routes/outbox';
import { adminHealthRoutes } from './routes/admin-health';
import { staticRoutes } from './routes/static';
import { systemRoutes } from './routes/system';
import { unitRoutes } from './routes/units';
import { meWaitingRoutes } from './routes/me-waiting';
import { directoryImportRoutes } from './routes/directory-import';
import { legalRoutes } from './routes/legal';
import type { HttpServices } from './services';

export interface HttpServer {
  server: Server;
  routes: Route[];
  /** The access policy of each mounted route, keyed "METHOD path" as restify reports it. */
  policies: Map<string, AccessPolicy>;
}

const routeKey = (method: string, path: string) => `${method.toUpperCase() === 'DEL' ? 'DELETE' : method.toUpperCase()} ${path}`;

/** Builds the restify server from the services. Listens nowhere: the caller decides. */
export function createHttpServer(s: HttpServices): HttpServer {
  const server = restify.createServer({ name: SERVER_NAME, handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // eslint-disable-next-line prefer-const -- the system routes read it lazily; it is built from the routes below
  let openApi: unknown;
  const routes: Route[] = [
    ...systemRoutes(s, () => openApi),
    ...devRoutes(s),
    ...unitRoutes(s),
    ...meWaitingRoutes(s),
    ...planRoutes(s),
    ...reportRoutes(s),
    ...reportBasisRoutes(s),
    ...documentExtraRoutes(s),
    ...surveyRoutes(s),
    ...surveyPublicRoutes(s),
    ...surveyScheduleRoutes(s),
    ...statisticsRoutes(s),
    ...overviewRoutes(s),
    ...annualRoutes(s),
    ...intranetRoutes(s),
    ...intranetBatchRoutes(s),
    ...presetRoutes(s),
    ...adminSettingsRoutes(s),
    ...yearWheelRoutes(s),
    ...dialogueRoutes(s),
    ...dialogueNoteRoutes(s),
    ...meetingRoutes(s),
    ...outboxRoutes(s),
    ...adminHealthRoutes(s),
    ...directoryImportRoutes(s),
    ...legalRoutes(s),
    {
      method: 'post',
      path: '/api/messages',
      summary: 'Botens slutpunkt (Bot Framework-aktiviteter)',
      tag: 'bot',
      policy: { kind: 'botFramework' },
      raw: (req: Request, res: Response) => s.bot.handle(req, res),
    },
    ...staticRoutes(s),
  ];
  openApi = buildOpenApi(routes, s.config.publicUrl);

  const policies = new Map<string, AccessPolicy>();
  for (const r of routes) {
    policies.set(routeKey(r.method, r.path), r.policy);
    server[r.method](r.path, isRaw(r) ? rawHandler(r.raw, s) : jsonHandler(r, s));
  }
  mountEarlyRoutes(server, routes, (err, req, res) => earlyFailure(err, req, res, s));

  server.on('NotFound', (req: Request, res: Response) => {
    const { status, body } = toHttpError(new DomainError('NOT_FOUND', 'Sidan eller resursen finns inte.'), correlationIdOf(req));
    res.send(status, body);
  });
  server.on('MethodNotAllowed', (req: Request, res: Response) => {
    res.send(405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'Metoden är inte tillåten här.', correlationId: correlationIdOf(req) } });
  });
  return { server, routes, policies };
}

function correlationIdOf(req: Pick<IncomingMessage, 'headers'>): string {
  const given = req.headers['x-correlation-id'];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

function rawHandler(raw: (req: Request, res: Response) => Promise<void>, s: HttpServices) {
  return async (req: Request, res: Response) => {
    try {
      await raw(req, res);
    } catch (err) {
      const correlationId = correlationIdOf(req);
      const { status, body } = toHttpError(err, correlationId);
      if (status >= 500) s.log.error('raw route failed', { path: req.getPath(), correlationId, err: String(err) });
      if (!res.headersSent) res.send(status, body);
    }
  };
}

/** rawHandler's answer to a thrown error, for an early route: node's own res (restify's res.send is not set up there). */
function earlyFailure(err: unknown, req: IncomingMessage, res: ServerResponse, s: HttpServices): void {
  const correlationId = correlationIdOf(req);
  const { status, body } = toHttpError(err, correlationId);
  if (status >= 500) s.log.error('raw route failed', { path: req.url, correlationId, err: String(err) });
  if (res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(json),
    'X-Correlation-Id': correlationId,
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

function jsonHandler(r: JsonRoute, s: HttpServices) {
  return async (req: Request, res: Response) => {
    const correlationId = correlationIdOf(req);
    res.header('X-Correlation-Id', correlationId);
    res.header('Cache-Control', 'no-store');
    try {
      const params = parse(r.params, req.params ?? {});
      const actor = await enforce(r.policy, req, params as Record<string, string>, s);
      const ifMatch = typeof req.headers['if-match'] === 'string' && req.headers['if-match'] !== '' ? req.headers['if-match'] : undefined;
      // One rule for every write that says `ifMatch: true`: without the version it read, nothing is written.
      if (r.ifMatch && !ifMatch)
        throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om och försök igen.');
      const rawBody = r.body ? await readJsonBody(req, r.maxBodyBytes) : undefined;
      const body = parse(r.body, rawBody);
      const query = Object.fromEntries(Object.entries(req.query ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
      const result = await r.handler({ params, body, actor, ifMatch, correlationId, query });
      if (result.file) {
        if (s.config.checkResponses && !isFileResponse(r.response))
          throw new ResponseContractError([{ path: '', message: 'the route answered a file but does not declare one' }]);
        res.writeHead(result.status ?? 200, { ...result.headers, 'Content-Length': result.file.length });
        res.end(result.file);
        return;
      }
      if (s.config.checkResponses) checkResponse(r, result.body);
      for (const [k, v] of Object.entries(result.headers ?? {})) res.header(k, v);
      res.send(result.status ?? 200, result.body);
    } catch (thrown) {
      const err = s.config.checkResponses ? checkConflict(r, thrown) : thrown;
      const { status, body } = toHttpError(err, correlationId);
      if (err instanceof ResponseContractError)
        s.log.error('response breaks the contract', { method: req.method, path: req.getPath(), correlationId, issues: err.details });
      else if (status >= 500)
        s.log.error('request failed', {
          method: req.method,
          path: req.getPath(),
          correlationId,
          err: err instanceof Error ? err.stack : String(err),
        });
      res.send(status, body);
    }
  };
}

/** A route answered something its response schema does not allow: a bug on our side, caught in tests. */
class ResponseContractError extends DomainError {
  constructor(issues: unknown) {
    super('RESPONSE_CONTRACT', 'Svaret följer inte API-kontraktet. Felet är vårt; försök igen om en stund.', issues);
  }
}

/** The body as it goes on the wire (JSON round trip) must satisfy the route's schema; the body itself is sent unchanged. */
function checkResponse(r: JsonRoute, body: unknown): void {
  if (isFileResponse(r.response)) throw new ResponseContractError([{ path: '', message: 'the route declares a file but answered JSON' }]);
  if (r.response === 'noContent') {
    if (body !== undefined) throw new ResponseContractError([{ path: '', message: 'the route declares no content but answered a body' }]);
    return;
  }
  if (!r.response) throw new ResponseContractError([{ path: '', message: 'the route has no response schema' }]);
  const result = r.response.safeParse(body === undefined ? undefined : JSON.parse(JSON.stringify(body)));
  if (!result.success)
    throw new ResponseContractError(result.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })));
}

/** A stale write's answer carries the document as it is now, in the same shape as the route's own answer. */
function checkConflict(r: JsonRoute, err: unknown): unknown {
  if (!(err instanceof DocumentConflictError)) return err;
  try {
    checkResponse(r, err.current);
    return err;
  } catch (broken) {
    return broken;
  }
}

// The parsed value's type is the route's schema's, which this shared helper cannot name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function parse(schema: z.ZodType | undefined, value: unknown): any {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, value);
  return result.data;
}
