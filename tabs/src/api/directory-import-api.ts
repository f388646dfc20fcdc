import type { Http } from './http';

export type { DirectoryImportConfig, DirectoryImportState, DirectoryPreview, PreviewLine } from '../../../src/contract/admin';
import type {
  ApplyResult,
  DirectoryImportConfig,
  DirectoryImportState,
  DirectoryPreview,
  IntranetVisibility,
} from '../../../src/contract/admin';

/** The admin's directory import and intranet visibility, over the API's /api/admin routes: an area of the one API client. */
export class DirectoryImportApi {
  constructor(private readonly http: Http) {}

  state = () => this.http.request<DirectoryImportState>('GET', '/api/admin/directory-import');
  saveConfig = (config: DirectoryImportConfig) =>
    this.http.request<DirectoryImportConfig>('PUT', '/api/admin/directory-import/config', { body: config });
  preview = () => this.http.request<DirectoryPreview>('POST', '/api/admin/directory-import/preview', { body: {} });
  apply = (fingerprint: string) => this.http.request<ApplyResult>('POST', '/api/admin/directory-import/apply', { body: { fingerprint } });
  intranetPublic = () => this.http.request<IntranetVisibility>('GET', '/api/admin/intranet/visibility');
  setIntranetPublic = (value: boolean) =>
    this.http.request<IntranetVisibility>('PUT', '/api/admin/intranet/visibility', { body: { public: value } });
}
