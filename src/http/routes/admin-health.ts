import { z } from 'zod';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';

const budget = z.object({
  ruPerMinuteBudget: z.number(),
  ruLastMinute: z.number(),
  ruLastHour: z.number(),
  ruLastDay: z.number(),
  requestsLastMinute: z.number(),
  requestsLastDay: z.number(),
  pressure: z.number(),
});

/** What these routes use, and nothing else. */
export type AdminHealthRouteServices = Pick<HttpServices, 'config' | 'graphBudget' | 'store'>;

export function adminHealthRoutes(s: AdminHealthRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/admin/health',
      summary:
        'Drifthälsa: lagret och SharePoint-resursenheter (RU) som den här instansen använt senaste minut, timme och dygn mot budgeten',
      tag: 'administration',
      policy: { kind: 'appRole', roles: ['admin'] },
      response: z.object({ store: z.string(), graph: budget }),
      handler: async () => ({
        body: {
          store: s.store.kind,
          graph: s.graphBudget?.snapshot() ?? {
            ruPerMinuteBudget: s.config.graph.ruPerMinute,
            ruLastMinute: 0,
            ruLastHour: 0,
            ruLastDay: 0,
            requestsLastMinute: 0,
            requestsLastDay: 0,
            pressure: 0,
          },
        },
      }),
    }),
  ];
}
