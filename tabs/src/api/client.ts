import { documentExtras, enc, Http, schoolYearInUrl, sectionWrites, type HttpOptions, type Method } from './http';
import type {
  ActivityInput,
  AppConfig,
  CarryOverCandidates,
  CarryOverChoice,
  CommitmentInput,
  DevUser,
  DocumentKind,
  FollowUpInput,
  Me,
  PlanDocument,
  ReportDocument,
  Transition,
  Unit,
} from './types';

export { ApiError, toApiError } from './api-error';
export { schoolYearInUrl, type DocumentExtras, type DownloadedFile } from './http';

export type ApiClientOptions = HttpOptions;

const SEGMENT: Record<DocumentKind, string> = { plan: 'plans', report: 'reports' };

/**
 * The typed client for the server's API. Every call throws ApiError on failure. Its one Http
 * (token, 401, timeout, errors) is shared with the organiser's and the admin's areas
 * (organiser-api.ts, directory-import-api.ts), which are loaded with their screens.
 */
export class ApiClient {
  readonly http: Http;

  constructor(options: ApiClientOptions) {
    this.http = new Http(options);
  }

  private request<T>(method: Method, path: string, init: { body?: unknown; ifMatch?: string; auth?: boolean } = {}): Promise<T> {
    return this.http.request<T>(method, path, init);
  }

  private orNull<T>(load: Promise<T>, code: string): Promise<T | null> {
    return this.http.orNull(load, code);
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
      transition: (etag: string, transition: Transition, comment?: string) =>
        write('POST', '/status', etag, { transition, ...(comment ? { comment } : {}) }),
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

  startReport = (unitId: string, schoolYear: string) =>
    this.request<ReportDocument>('POST', this.documentPath('report', unitId, schoolYear));

  reportWrites = (unitId: string, schoolYear: string) =>
    sectionWrites<ReportDocument>(this.http, this.documentPath('report', unitId, schoolYear));

  // Comments, versions, changes and Word export: the same for both documents

  documentExtras = (kind: DocumentKind, unitId: string, schoolYear: string) =>
    documentExtras(this.http, this.documentPath(kind, unitId, schoolYear), 'dokument.docx');
}

export type PlanWrites = ReturnType<ApiClient['planWrites']>;
export type ReportWrites = ReturnType<ApiClient['reportWrites']>;
