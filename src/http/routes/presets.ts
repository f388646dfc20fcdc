import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { Preset, PresetParams, Presets } from '../../contract/organiser';

/** What these routes use, and nothing else. */
export type PresetRouteServices = Pick<HttpServices, 'presets'>;

export function presetRoutes(s: PresetRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/admin/presets',
      response: Presets,
      summary: 'Förinställda processer (2024, 2020, 2018, 2011) och vilken som gäller',
      tag: 'administration',
      policy: { kind: 'appRole', roles: ['admin', 'organiser'] },
      handler: async () => ({ body: await s.presets.list() }),
    }),
    route({
      method: 'post',
      path: '/api/admin/presets/:key',
      response: Preset,
      summary: 'Välj en förinställd process: årshjul, dialogtyper, dokument, enkäter och regler (raderar inget)',
      tag: 'administration',
      policy: { kind: 'appRole', roles: ['admin'] },
      params: PresetParams,
      handler: async (ctx) => ({ body: await s.presets.apply(requireActor(ctx), ctx.params.key) }),
    }),
  ];
}
