import { z } from 'zod';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';

export function overviewRoutes(s: HttpServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/overview/:schoolYear',
      summary: 'Alla enheter sida vid sida: dokument, målområden, uppföljning, TLD, nyckeltal, nämndens mål (ett anrop)',
      tag: 'översikt',
      policy: { kind: 'appRole', roles: ['organiser'] },
      params: z.object({ schoolYear: z.string().regex(/^\d{4}-\d{2}$/) }),
      handler: async (ctx) => ({ body: await s.overview.get(requireActor(ctx), ctx.params.schoolYear) }),
    }),
  ];
}
