import { ApiError, toApiError } from './api-error';
import type { Changes, CommentInput, DocumentComment, ErrorBody, SectionUpdate, Transition, VersionMeta } from './types';

/** What the API client needs to reach the server: the person's token, and what to do on 401. */
export interface HttpOptions {
  baseUrl?: string;
  /** The bearer token for the current person, or null when nobody is signed in. */
  getToken: () => Promise<string | null>;
  /** Called on 401 so the app can forget the token and ask the person to sign in again. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface SendInit {
  body?: unknown;
  ifMatch?: string;
  /** false: no bearer token (the calls made before sign-in). */
  auth?: boolean;
  accept?: string;
}

/** A file the server sent: for saving, or for showing (a QR code) as an object URL. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The one encoder of URL segments. */
export const enc = encodeURIComponent;

/** "2026/27" → "2026-27", the form the API's URLs use. */
export const schoolYearInUrl = (year: string) => year.replace('/', '-');

/** Long enough for an import or a Word export on a slow line; a request that takes longer is shown as TIMEOUT. */
const TIMEOUT_MS = 30_000;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The one HTTP layer under every area of the API client: JSON body, If-Match, bearer token, one
 * timeout; a failed answer becomes ApiError with the server's stable code and Swedish message.
 */
export class Http {
  constructor(private readonly options: HttpOptions) {}

  async send(method: Method, path: string, init: SendInit = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: init.accept ?? 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.ifMatch) headers['If-Match'] = init.ifMatch;
    if (init.auth !== false) {
      const token = await this.options.getToken();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? TIMEOUT_MS);
    try {
      const res = await fetch((this.options.baseUrl ?? '') + path, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!res.ok) throw await this.failure(res);
      return res;
    } catch (e) {
      throw toApiError(e);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The answer's JSON (undefined for an empty body); a body that is not JSON is MALFORMED_RESPONSE. */
  async request<T>(method: Method, path: string, init: SendInit = {}): Promise<T> {
    return this.read<T>(await this.send(method, path, init));
  }

  /** An answer asked for before this client existed (the page's first script, tabs/src/early/), read as request() reads one. */
  async adopt<T>(response: Promise<Response>): Promise<T> {
    let res: Response;
    try {
      res = await response;
    } catch (e) {
      throw toApiError(e);
    }
    if (!res.ok) throw await this.failure(res);
    return this.read<T>(res);
  }

  private async read<T>(res: Response): Promise<T> {
    const text = await res.text();
    if (!text) return undefined as T;
    const parsed = safeParse(text);
    if (parsed === undefined) throw new ApiError(res.status, 'MALFORMED_RESPONSE', 'Servern svarade med något oväntat. Försök igen.');
    return parsed as T;
  }

  /** null when the server answers with this code (a document not started yet). */
  async orNull<T>(load: Promise<T>, code: string): Promise<T | null> {
    try {
      return await load;
    } catch (e) {
      if (e instanceof ApiError && e.code === code) return null;
      throw e;
    }
  }

  /** A file, named by Content-Disposition (or the fallback). */
  async file(path: string, accept: string, fallbackName: string): Promise<DownloadedFile> {
    const res = await this.send('GET', path, { accept });
    try {
      return { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition')) ?? fallbackName };
    } catch (e) {
      throw toApiError(e);
    }
  }

  private async failure(res: Response): Promise<ApiError> {
    if (res.status === 401) this.options.onUnauthorized?.();
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
}

/**
 * Comments, versions, changes and Word export under a document's path: the same API for the
 * plan, the report and the annual follow-up.
 */
export function documentExtras(http: Http, base: string, fallbackName: string) {
  return {
    comments: () => http.request<DocumentComment[]>('GET', `${base}/comments`),
    addComment: (input: CommentInput) => http.request<DocumentComment>('POST', `${base}/comments`, { body: input }),
    resolveComment: (commentId: string, resolved: boolean) =>
      http.request<void>('PATCH', `${base}/comments/${enc(commentId)}`, { body: { resolved } }),
    versions: () => http.request<VersionMeta[]>('GET', `${base}/versions`),
    /** What changed since a version; without one, since the last dialogue milestone. */
    changes: (sinceVersionId?: string) =>
      http.request<Changes>('GET', `${base}/changes${sinceVersionId ? `?since=${enc(sinceVersionId)}` : ''}`),
    exportDocx: () => http.file(`${base}/export.docx`, DOCX, fallbackName),
    exportPdf: () => http.file(`${base}/export.pdf`, 'application/pdf', fallbackName.replace(/\.docx$/, '.pdf')),
  };
}

export type DocumentExtras = ReturnType<typeof documentExtras>;

/** The writes of a document of sections (the report, the annual follow-up), each sending If-Match. */
export function sectionWrites<D>(http: Http, base: string) {
  return {
    sections: (etag: string, updates: SectionUpdate[]) =>
      http.request<D>('PATCH', `${base}/sections`, { body: { updates }, ifMatch: etag }),
    transition: (etag: string, transition: Transition, comment?: string) =>
      http.request<D>('POST', `${base}/status`, { body: { transition, ...(comment ? { comment } : {}) }, ifMatch: etag }),
  };
}

export function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file name from Content-Disposition, preferring the UTF-8 form (Swedish letters). */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // fall through to the plain form
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}
