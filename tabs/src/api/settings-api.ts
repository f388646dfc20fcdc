import type { Http } from './http';

export type { AdminBoardGoal, PresetPreview, UnitSchoolForms } from '../../../src/contract/settings';
export type { Preset } from '../../../src/contract/organiser';
export type { SurveyConfig } from '../../../src/domain/survey';
import type { AdminBoardGoal, PresetPreview, UnitSchoolForms } from '../../../src/contract/settings';
import type { Preset } from '../../../src/contract/organiser';
import type { SurveyConfig } from '../../../src/domain/survey';

const enc = encodeURIComponent;

/** Inställningar, the admin's configuration: presets, board goals, question sets, units' school forms (an area of the one API client). */
export class SettingsApi {
  constructor(private readonly http: Http) {}

  presets = () => this.http.request<Preset[]>('GET', '/api/admin/presets');
  presetPreview = (key: string) => this.http.request<PresetPreview>('GET', `/api/admin/presets/${enc(key)}/preview`);
  applyPreset = (key: string) => this.http.request<Preset>('POST', `/api/admin/presets/${enc(key)}`, { body: {} });
  boardGoals = () => this.http.request<AdminBoardGoal[]>('GET', '/api/admin/board-goals');
  addBoardGoal = (title: string) => this.http.request<AdminBoardGoal>('POST', '/api/admin/board-goals', { body: { title } });
  changeBoardGoal = (goalId: string, change: { title?: string; retired?: boolean }) =>
    this.http.request<AdminBoardGoal>('PATCH', `/api/admin/board-goals/${enc(goalId)}`, { body: change });
  surveyConfig = () => this.http.request<SurveyConfig>('GET', '/api/survey/config');
  saveSurveyConfig = (config: SurveyConfig) => this.http.request<SurveyConfig>('PUT', '/api/survey/config', { body: config });
  schoolForms = () => this.http.request<UnitSchoolForms[]>('GET', '/api/admin/school-forms');
  setSchoolForms = (unitId: string, schoolForms: UnitSchoolForms['schoolForms']) =>
    this.http.request<UnitSchoolForms>('PUT', `/api/admin/school-forms/${enc(unitId)}`, { body: { schoolForms } });
}
