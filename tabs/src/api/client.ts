import { ApiError, toApiError } from './api-error';
import type {
  ActivityInput,
  AppConfig,
  CommitmentInput,
  DevUser,
  ErrorBody,
  FollowUpInput,
  Me,
  PlanDocument,
  Unit,
} from './types';

export { ApiError, toApiError } from './api-error';

export interface ApiClientOptions {
  baseUrl?: string;
  /** The bearer token for the current person, or null when nobody is signed in. */
  getToken: () => Promise<string | null>;
  /** Called on 401 so the app can forget the token and ask the person to sign in again. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** "2026/27" → "2026-27", the form the API's URLs use. */
export const schoolYearInUrl = (year: string) => year.replace('/', '-');

const enc = encodeURIComponent;

/** The typed client for the server's API. Every call throws ApiError on failure. */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  private async request<T>(method: Method, path: string, init: { body?: unknown; ifMatch?: string; auth?: boolean } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.ifMatch) headers['If-Match'] = init.ifMatch;
    if (init.auth !== false) {
      const token = await this.options.getToken();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let res: Response;
    try {
      res = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch (e) {
      throw toApiError(e);
    } finally {
      clearTimeout(timer);
    }
    const text = await res.text();
    const json: unknown = text ? safeParse(text) : undefined;
    if (!res.ok) {
      if (res.status === 401) this.options.onUnauthorized?.();
      const body = json as Partial<ErrorBody> | undefined;
      throw new ApiError(
        res.status,
        body?.error?.code ?? `HTTP_${res.status}`,
        body?.error?.message ?? 'Något gick fel hos oss. Försök igen om en stund.',
        body?.error?.correlationId,
        (body?.current as PlanDocument | undefined) ?? undefined,
      );
    }
    return json as T;
  }

  // System and identity

  config = () => this.request<AppConfig>('GET', '/api/config', { auth: false });
  devUsers = () => this.request<DevUser[]>('GET', '/dev/users', { auth: false });
  devLogin = (userId: string) => this.request<{ token: string }>('POST', '/dev/login', { body: { userId }, auth: false });
  me = () => this.request<Me>('GET', '/api/me');
  units = () => this.request<Unit[]>('GET', '/api/units');

  // The commitment plan (åtagandeplan)

  private planPath = (unitId: string, schoolYear: string) => `/api/units/${enc(unitId)}/plans/${enc(schoolYearInUrl(schoolYear))}`;

  /** The plan, or null when it is not started (404 PLAN_NOT_STARTED). */
  async plan(unitId: string, schoolYear: string): Promise<PlanDocument | null> {
    try {
      return await this.request<PlanDocument>('GET', this.planPath(unitId, schoolYear));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PLAN_NOT_STARTED') return null;
      throw e;
    }
  }

  /** Starts the plan with the required goal areas (carrying over from last year is a later screen). */
  startPlan = (unitId: string, schoolYear: string) => this.request<PlanDocument>('POST', this.planPath(unitId, schoolYear), { body: {} });

  /** The writes of one plan, each sending If-Match and answering with the whole new document. */
  planWrites(unitId: string, schoolYear: string) {
    const base = this.planPath(unitId, schoolYear);
    const write = (method: Method, path: string, etag: string, body?: unknown) =>
      this.request<PlanDocument>(method, base + path, { body, ifMatch: etag });
    return {
      addGoalArea: (etag: string, key: string) => write('POST', '/goal-areas', etag, { key }),
      removeGoalArea: (etag: string, goalAreaId: string) => write('DELETE', `/goal-areas/${enc(goalAreaId)}`, etag),
      addCommitment: (etag: string, goalAreaId: string, input: CommitmentInput) =>
        write('POST', `/goal-areas/${enc(goalAreaId)}/commitments`, etag, input),
      updateCommitment: (etag: string, commitmentId: string, patch: Partial<CommitmentInput>) =>
        write('PATCH', `/commitments/${enc(commitmentId)}`, etag, patch),
      removeCommitment: (etag: string, commitmentId: string) => write('DELETE', `/commitments/${enc(commitmentId)}`, etag),
      addActivity: (etag: string, commitmentId: string, input: ActivityInput) =>
        write('POST', `/commitments/${enc(commitmentId)}/activities`, etag, input),
      updateActivity: (etag: string, activityId: string, patch: Partial<ActivityInput>) =>
        write('PATCH', `/activities/${enc(activityId)}`, etag, patch),
      removeActivity: (etag: string, activityId: string) => write('DELETE', `/activities/${enc(activityId)}`, etag),
      addFollowUp: (etag: string, commitmentId: string, input: FollowUpInput) =>
        write('POST', `/commitments/${enc(commitmentId)}/follow-ups`, etag, input),
    };
  }
}

export type PlanWrites = ReturnType<ApiClient['planWrites']>;

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
