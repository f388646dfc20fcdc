import { BoardGoalService } from '../../app/config/board-goal-service';
import { presetPreview } from '../../app/config/preset-preview';
import { UnitSchoolForms } from '../../app/config/unit-school-forms';
import { notFound } from '../../domain/errors';
import { PRESETS } from '../../domain/presets';
import { PresetParams } from '../../contract/organiser';
import {
  AdminBoardGoal,
  AdminBoardGoals,
  BoardGoalChangeBody,
  BoardGoalParams,
  NewBoardGoalBody,
  PresetPreview,
  SchoolFormsBody,
  SchoolFormsParams,
  UnitSchoolForms as UnitSchoolFormsSchema,
  UnitsSchoolForms,
} from '../../contract/settings';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';

const admin: AccessPolicy = { kind: 'appRole', roles: ['admin'] };
const tag = 'administration';

/** What these routes use, and nothing else. */
export type AdminSettingsRouteServices = Pick<HttpServices, 'directory' | 'presets' | 'settings' | 'store'>;

/** Inställningar: what the admin configures beside the preset itself (board goals, a unit's school forms, a preset's preview). */
export function adminSettingsRoutes(s: AdminSettingsRouteServices): Route[] {
  const goals = new BoardGoalService(s.store, s.settings);
  const forms = new UnitSchoolForms(s.store, s.directory);
  return [
    route({
      method: 'get',
      path: '/api/admin/presets/:key/preview',
      response: PresetPreview,
      summary: 'Vad en förinställning ger: årshjulets händelser, dokumentens avsnitt och enkäterna (innan man byter)',
      tag,
      policy: { kind: 'appRole', roles: ['admin', 'organiser'] },
      params: PresetParams,
      handler: async ({ params }) => {
        const preset = PRESETS.find((p) => p.key === params.key);
        if (!preset) throw notFound(`Förinställningen "${params.key}"`);
        const current = (await s.presets.list()).find((p) => p.current)?.key === preset.key;
        return { body: presetPreview(preset, current) };
      },
    }),
    route({
      method: 'get',
      path: '/api/admin/board-goals',
      response: AdminBoardGoals,
      summary: 'Nämndens mål, också avslutade, med hur många åtaganden som bär vart och ett',
      tag,
      policy: admin,
      handler: async () => ({ body: await goals.list() }),
    }),
    route({
      method: 'post',
      path: '/api/admin/board-goals',
      response: AdminBoardGoal,
      summary: 'Lägg till ett nämndmål',
      tag,
      policy: admin,
      body: NewBoardGoalBody,
      handler: async (ctx) => ({ status: 201, body: await goals.add(requireActor(ctx), ctx.body.title) }),
    }),
    route({
      method: 'patch',
      path: '/api/admin/board-goals/:goalId',
      response: AdminBoardGoal,
      summary: 'Formulera om ett nämndmål eller avsluta det (finns kvar på gamla dokument, kan inte väljas på nya åtaganden)',
      tag,
      policy: admin,
      params: BoardGoalParams,
      body: BoardGoalChangeBody,
      handler: async (ctx) => ({ body: await goals.change(requireActor(ctx), ctx.params.goalId, ctx.body) }),
    }),
    route({
      method: 'get',
      path: '/api/admin/school-forms',
      response: UnitsSchoolForms,
      summary: 'Varje enhets skolformer',
      tag,
      policy: admin,
      handler: async () => ({ body: await forms.list() }),
    }),
    route({
      method: 'put',
      path: '/api/admin/school-forms/:unitId',
      response: UnitSchoolFormsSchema,
      summary: 'Sätt en enhets skolformer (den första är enhetens egen: den avgör målområden och frågeuppsättning)',
      tag,
      policy: admin,
      params: SchoolFormsParams,
      body: SchoolFormsBody,
      handler: async (ctx) => ({ body: await forms.set(requireActor(ctx), ctx.params.unitId, ctx.body.schoolForms) }),
    }),
  ];
}
