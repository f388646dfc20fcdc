import { send, type HttpOptions } from './http';

/** What the admin sets for the directory import (the server's directoryImportConfigSchema). */
export interface DirectoryImportConfig {
  municipalityCode: string;
  roleSource?: 'groups' | 'appRoles';
  groups: { organiser?: string; board?: string; admin?: string; principals?: string };
  units: { schoolUnitCode: string; principalGroupId?: string; staffGroupId?: string }[];
  leadership: Record<string, string[]>;
  schedule: 'off' | 'daily';
  autoApply: boolean;
}

export interface PreviewLine {
  displayName: string;
  email?: string;
  units?: string[];
  from?: string[];
  to?: string[];
}

export interface DirectoryPreview {
  fingerprint: string;
  generatedAt: string;
  empty: boolean;
  counts: { newUnits: number; changedUnits: number; closedUnits: number; newPeople: number; movedPeople: number; leftPeople: number };
  units: { schoolUnitCode: string; name: string; schoolFormLabel: string; change: string[]; previousName?: string }[];
  newPeople: PreviewLine[];
  moved: PreviewLine[];
  left: PreviewLine[];
  warnings: string[];
}

export interface DirectoryImportState {
  config: DirectoryImportConfig | null;
  lastRun: { at: string; by: string; applied: boolean; pending?: DirectoryPreview } | null;
}

/** The admin's directory import and intranet visibility, over the API's /api/admin routes. */
export class DirectoryImportApi {
  constructor(private readonly options: HttpOptions) {}

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await send(this.options, method, path, { body })).json()) as T;
  }

  state = () => this.json<DirectoryImportState>('GET', '/api/admin/directory-import');
  saveConfig = (config: DirectoryImportConfig) => this.json<DirectoryImportConfig>('PUT', '/api/admin/directory-import/config', config);
  preview = () => this.json<DirectoryPreview>('POST', '/api/admin/directory-import/preview', {});
  apply = (fingerprint: string) => this.json<{ preview: DirectoryPreview }>('POST', '/api/admin/directory-import/apply', { fingerprint });
  intranetPublic = () => this.json<{ public: boolean }>('GET', '/api/admin/intranet/visibility');
  setIntranetPublic = (value: boolean) => this.json<{ public: boolean }>('PUT', '/api/admin/intranet/visibility', { public: value });
}
