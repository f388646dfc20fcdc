import type { Request, Response } from 'restify';
import type { z } from 'zod';
import type { AppRole, Actor } from '../domain/identity';

/** Every route states who may call it. A route without a policy fails the test suite. */
export type AccessPolicy =
  | { kind: 'public'; why: string }
  | { kind: 'devOnly' }
  | { kind: 'authenticated' }
  | { kind: 'appRole'; roles: AppRole[] }
  | { kind: 'unit'; access: 'read' | 'write' }
  | { kind: 'botFramework' };

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'del';

export interface RouteResult {
  status?: number;
  body?: unknown;
  /** A file to send as it is (e.g. a Word document); headers say its type and name. */
  file?: Buffer;
  headers?: Record<string, string>;
}

export interface RouteContext<P, B, I = string | undefined> {
  params: P;
  query: Record<string, string | undefined>;
  body: B;
  actor: Actor | undefined;
  /** The If-Match header; always there when the route says `ifMatch: true` (the edge answers 428 otherwise). */
  ifMatch: I;
  correlationId: string;
}

/** A JSON body's schema, a file (Word, PNG, CSV, ICS, HTML) of the given media type, or no body at all. */
export type ResponseSpec = z.ZodType | { file: string } | 'noContent';

export const isFileResponse = (r: ResponseSpec | undefined): r is { file: string } =>
  typeof r === 'object' && r !== null && 'file' in r && typeof (r as { file: unknown }).file === 'string';

interface RouteBase {
  method: HttpMethod;
  /** restify path, e.g. /api/units/:unitId */
  path: string;
  summary: string;
  tag: string;
  policy: AccessPolicy;
}

/** `true`: the write takes the ETag in If-Match and the edge refuses one without it (428) before the handler runs. */
export type IfMatchRule = true | undefined;

export interface JsonRoute<
  PS extends z.ZodType = z.ZodType,
  BS extends z.ZodType = z.ZodType,
  IM extends IfMatchRule = IfMatchRule,
> extends RouteBase {
  params?: PS;
  body?: BS;
  /**
   * What the route answers: the JSON body's schema (OpenAPI, and checked against real answers when
   * config.checkResponses is on), a file of a media type, or nothing (204).
   */
  response?: ResponseSpec;
  /** Extra responses for the OpenAPI document: status → description. */
  errors?: Record<number, string>;
  /** The write takes the document's ETag in If-Match, required (428 PRECONDITION_REQUIRED without it). */
  ifMatch?: IM;
  /** A smaller body limit than the default 64 kB. */
  maxBodyBytes?: number;
  handler(ctx: RouteContext<z.infer<PS>, z.infer<BS>, IM extends true ? string : string | undefined>): Promise<RouteResult>;
}

/** A route that speaks its own protocol (the bot endpoint, static files). */
export interface RawRoute extends RouteBase {
  raw(req: Request, res: Response): Promise<void>;
  /**
   * Served from restify's `first` hook when method and path match (early-routes.ts): before restify
   * sets the request up, so no pre/use chain and no router, and `raw` gets node's plain req/res
   * (with `params`; no res.send). For the one hot public write, POST /s/{code}. Its own answers
   * carry `Server: SERVER_NAME` (server-name.ts) in their head, as restify's do; failures get it there.
   */
  early?: true;
}

// Routes of every schema in one list: their handlers were checked against their own schemas by route().
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Route = JsonRoute<any, any, any> | RawRoute;

export const isRaw = (r: Route): r is RawRoute => 'raw' in r;

/** Typed helper so params and body infer from their schemas. */
export function route<PS extends z.ZodType = z.ZodUnknown, BS extends z.ZodType = z.ZodUnknown, IM extends IfMatchRule = undefined>(
  r: JsonRoute<PS, BS, IM>,
): NoInfer<JsonRoute<PS, BS, IM>> {
  return r;
}
