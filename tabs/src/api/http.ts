import { ApiError, toApiError } from './api-error';
import type { ErrorBody } from './types';

/** What both API clients need to reach the server: the person's token, and what to do on 401. */
export interface HttpOptions {
  baseUrl?: string;
  /** The bearer token for the current person, or null when nobody is signed in. */
  getToken: () => Promise<string | null>;
  /** Called on 401 so the app can forget the token and ask the person to sign in again. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
}

export interface SendInit {
  body?: unknown;
  ifMatch?: string;
  /** false: no bearer token (the calls made before sign-in). */
  auth?: boolean;
  accept?: string;
}

/**
 * One request to the API: JSON body, If-Match, bearer token, a timeout; a failed answer becomes
 * ApiError with the server's stable code and Swedish message.
 */
export async function send(options: HttpOptions, method: string, path: string, init: SendInit = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: init.accept ?? 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  if (init.auth !== false) {
    const token = await options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  try {
    const res = await fetch((options.baseUrl ?? '') + path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: controller.signal,
      cache: 'no-store',
    });
    if (!res.ok) throw await failure(options, res);
    return res;
  } catch (e) {
    throw toApiError(e);
  } finally {
    clearTimeout(timer);
  }
}

async function failure(options: HttpOptions, res: Response): Promise<ApiError> {
  if (res.status === 401) options.onUnauthorized?.();
  const body = safeParse(await res.text()) as Partial<ErrorBody> | undefined;
  return new ApiError(
    res.status,
    body?.error?.code ?? `HTTP_${res.status}`,
    body?.error?.message ?? 'Något gick fel hos oss. Försök igen om en stund.',
    body?.error?.correlationId,
    body?.current,
    body?.error?.details,
  );
}

export function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
