import { send, type HttpOptions } from './http';

export type { DirectoryImportConfig, DirectoryImportState, DirectoryPreview, PreviewLine } from '../../../src/contract/admin';
import type { ApplyResult, DirectoryImportConfig, DirectoryImportState, DirectoryPreview, IntranetVisibility } from '../../../src/contract/admin';

/** The admin's directory import and intranet visibility, over the API's /api/admin routes. */
export class DirectoryImportApi {
  constructor(private readonly options: HttpOptions) {}

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await send(this.options, method, path, { body })).json()) as T;
  }

  state = () => this.json<DirectoryImportState>('GET', '/api/admin/directory-import');
  saveConfig = (config: DirectoryImportConfig) => this.json<DirectoryImportConfig>('PUT', '/api/admin/directory-import/config', config);
  preview = () => this.json<DirectoryPreview>('POST', '/api/admin/directory-import/preview', {});
  apply = (fingerprint: string) => this.json<ApplyResult>('POST', '/api/admin/directory-import/apply', { fingerprint });
  intranetPublic = () => this.json<IntranetVisibility>('GET', '/api/admin/intranet/visibility');
  setIntranetPublic = (value: boolean) => this.json<IntranetVisibility>('PUT', '/api/admin/intranet/visibility', { public: value });
}
