import { ApiError, toApiError } from './api-error';
import { safeParse, send, type HttpOptions, type SendInit } from './http';
import type {
  ActivityInput,
  AppConfig,
  CarryOverCandidates,
  CarryOverChoice,
  Changes,
  CommentInput,
  CommitmentInput,
  DevUser,
  DocumentComment,
  DocumentKind,
  FollowUpInput,
  Me,
  PlanDocument,
  ReportDocument,
  SectionUpdate,
  Transition,
  Unit,
  VersionMeta,
} from './types';

export { ApiError, toApiError } from './api-error';

export type ApiClientOptions = HttpOptions;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** "2026/27" → "2026-27", the form the API's URLs use. */
export const schoolYearInUrl = (year: string) => year.replace('/', '-');

const enc = encodeURIComponent;
const SEGMENT: Record<DocumentKind, string> = { plan: 'plans', report: 'reports' };

/** A file the server sent, ready to be saved by the browser. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The typed client for the server's API. Every call throws ApiError on failure. */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  private send(method: Method, path: string, init: SendInit): Promise<Response> {
    return send({ ...this.options, baseUrl: this.baseUrl, timeoutMs: this.timeoutMs }, method, path, init);
  }

  private async request<T>(method: Method, path: string, init: { body?: unknown; ifMatch?: string; auth?: boolean } = {}): Promise<T> {
    const res = await this.send(method, path, init);
    const text = await res.text();
    return (text ? safeParse(text) : undefined) as T;
  }

  /** null when the server answers 404 with this code (a document not started yet). */
  private async orNull<T>(load: Promise<T>, code: string): Promise<T | null> {
    try {
      return await load;
    } catch (e) {
      if (e instanceof ApiError && e.code === code) return null;
      throw e;
    }
  }

  // System and identity

  config = () => this.request<AppConfig>('GET', '/api/config', { auth: false });
  devUsers = () => this.request<DevUser[]>('GET', '/dev/users', { auth: false });
  devLogin = (userId: string) => this.request<{ token: string }>('POST', '/dev/login', { body: { userId }, auth: false });
  me = () => this.request<Me>('GET', '/api/me');
  units = () => this.request<Unit[]>('GET', '/api/units');

  /** The path of a unit's document for a school year. */
  documentPath = (kind: DocumentKind, unitId: string, schoolYear: string) =>
    `/api/units/${enc(unitId)}/${SEGMENT[kind]}/${enc(schoolYearInUrl(schoolYear))}`;

  // The commitment plan (åtagandeplan)

  /** The plan, or null when it is not started (404 PLAN_NOT_STARTED). */
  plan = (unitId: string, schoolYear: string) =>
    this.orNull(this.request<PlanDocument>('GET', this.documentPath('plan', unitId, schoolYear)), 'PLAN_NOT_STARTED');

  /** Starts the plan: the required goal areas, and what was chosen from last year's. */
  startPlan = (unitId: string, schoolYear: string, carryOver?: CarryOverChoice) =>
    this.request<PlanDocument>('POST', this.documentPath('plan', unitId, schoolYear), { body: carryOver ? { carryOver } : {} });

  carryOver = (unitId: string, schoolYear: string) =>
    this.request<CarryOverCandidates>('GET', `${this.documentPath('plan', unitId, schoolYear)}/carry-over`);

  /** The writes of one plan, each sending If-Match and answering with the whole new document. */
  planWrites(unitId: string, schoolYear: string) {
    const base = this.documentPath('plan', unitId, schoolYear);
    const write = (method: Method, path: string, etag: string, body?: unknown) =>
      this.request<PlanDocument>(method, base + path, { body, ifMatch: etag });
    return {
      transition: (etag: string, transition: Transition, comment?: string) => write('POST', '/status', etag, { transition, ...(comment ? { comment } : {}) }),
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

  // The year report (läsårsrapport)

  /** The report, or null when it is not started (404 REPORT_NOT_STARTED). */
  report = (unitId: string, schoolYear: string) =>
    this.orNull(this.request<ReportDocument>('GET', this.documentPath('report', unitId, schoolYear)), 'REPORT_NOT_STARTED');

  startReport = (unitId: string, schoolYear: string) => this.request<ReportDocument>('POST', this.documentPath('report', unitId, schoolYear));

  reportWrites(unitId: string, schoolYear: string) {
    const base = this.documentPath('report', unitId, schoolYear);
    return {
      sections: (etag: string, updates: SectionUpdate[]) => this.request<ReportDocument>('PATCH', `${base}/sections`, { body: { updates }, ifMatch: etag }),
      transition: (etag: string, transition: Transition, comment?: string) =>
        this.request<ReportDocument>('POST', `${base}/status`, { body: { transition, ...(comment ? { comment } : {}) }, ifMatch: etag }),
    };
  }

  // Comments, versions, changes and Word export: the same for both documents

  documentExtras(kind: DocumentKind, unitId: string, schoolYear: string) {
    const base = this.documentPath(kind, unitId, schoolYear);
    return {
      comments: () => this.request<DocumentComment[]>('GET', `${base}/comments`),
      addComment: (input: CommentInput) => this.request<DocumentComment>('POST', `${base}/comments`, { body: input }),
      resolveComment: (commentId: string, resolved: boolean) =>
        this.request<void>('PATCH', `${base}/comments/${enc(commentId)}`, { body: { resolved } }),
      versions: () => this.request<VersionMeta[]>('GET', `${base}/versions`),
      /** What changed since a version; without one, since the last dialogue milestone. */
      changes: (sinceVersionId?: string) =>
        this.request<Changes>('GET', `${base}/changes${sinceVersionId ? `?since=${enc(sinceVersionId)}` : ''}`),
      exportDocx: async (): Promise<DownloadedFile> => {
        const res = await this.send('GET', `${base}/export.docx`, { accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
        try {
          return { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition')) ?? 'dokument.docx' };
        } catch (e) {
          throw toApiError(e);
        }
      },
    };
  }
}

export type PlanWrites = ReturnType<ApiClient['planWrites']>;
export type ReportWrites = ReturnType<ApiClient['reportWrites']>;
export type DocumentExtras = ReturnType<ApiClient['documentExtras']>;

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
