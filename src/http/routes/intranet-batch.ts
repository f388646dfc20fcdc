import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import { AnnualParams } from '../../contract/organiser';
import { PublishableDocuments, PublishBatchRequest, PublishBatchResult } from '../../contract/intranet';

const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
const tag = 'intranät';

/** What these routes use, and nothing else. */
export type IntranetBatchRouteServices = Pick<HttpServices, 'publishing'>;

/** The Intranät screen's batch: the year's final documents, and publishing several of them in one action. */
export function intranetBatchRoutes(s: IntranetBatchRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/intranet/publishable/:schoolYear',
      response: PublishableDocuments,
      summary: 'Läsårets fastställda dokument som kan publiceras (utkast och dokument klara för dialog visas aldrig)',
      tag,
      policy: organiser,
      params: AnnualParams,
      handler: async (ctx) => ({ body: await s.publishing.publishable(requireActor(ctx), ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: '/api/intranet/publish',
      response: PublishBatchResult,
      summary: 'Publicera flera fastställda dokument på en gång: resultat per dokument, samma version publiceras inte två gånger',
      tag,
      policy: organiser,
      body: PublishBatchRequest,
      errors: { 422: 'Något av dokumenten är inte fastställt: inget publicerades (NOT_PUBLISHABLE)' },
      handler: async (ctx) => ({ body: { results: await s.publishing.publishMany(requireActor(ctx), ctx.body.documents) } }),
    }),
  ];
}
