import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { Overview, OverviewParams } from '../../contract/organiser';

/** What these routes use, and nothing else. */
export type OverviewRouteServices = Pick<HttpServices, 'overview'>;

export function overviewRoutes(s: OverviewRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/overview/:schoolYear',
      response: Overview,
      summary: 'Alla enheter sida vid sida: dokument, målområden, uppföljning, TLD, nyckeltal, nämndens mål (ett anrop)',
      tag: 'översikt',
      policy: { kind: 'appRole', roles: ['organiser'] },
      params: OverviewParams,
      handler: async (ctx) => ({ body: await s.overview.get(requireActor(ctx), ctx.params.schoolYear) }),
    }),
  ];
}
