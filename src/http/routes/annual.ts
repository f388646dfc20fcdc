import { DomainError } from '../../domain/errors';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import { SectionUpdates, TransitionBody } from '../schemas';
import type { HttpServices } from '../services';
import { AnnualDocument, AnnualParams } from '../../contract/organiser';

const BASE = '/api/organiser/annual-follow-up/:schoolYear';
const organiserLevel: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
const tag = 'verksamhetsuppföljning';

/** What these routes use, and nothing else. */
export type AnnualRouteServices = Pick<HttpServices, 'annual'>;

/** Huvudmannens verksamhetsuppföljning: read, start, write, status. */
export function annualRoutes(s: AnnualRouteServices): Route[] {
  const respond = (doc: Awaited<ReturnType<HttpServices['annual']['start']>>, status = 200) => ({
    status,
    headers: { ETag: doc.etag },
    body: doc,
  });
  return [
    route({
      method: 'get',
      path: BASE,
      response: AnnualDocument,
      summary: 'Huvudmannens verksamhetsuppföljning: enheternas underlag och huvudmannens analys',
      tag,
      policy: organiserLevel,
      params: AnnualParams,
      handler: async (ctx) => {
        const doc = await s.annual.get(requireActor(ctx), ctx.params.schoolYear);
        if (!doc) throw new DomainError('REPORT_NOT_STARTED', 'Verksamhetsuppföljningen för läsåret är inte påbörjad.');
        return respond(doc);
      },
    }),
    route({
      method: 'post',
      path: BASE,
      summary: 'Påbörja verksamhetsuppföljningen (idempotent)',
      tag,
      policy: organiserLevel,
      params: AnnualParams,
      response: AnnualDocument,
      handler: async (ctx) => respond(await s.annual.start(requireActor(ctx), ctx.params.schoolYear), 201),
    }),
    route({
      method: 'patch',
      path: `${BASE}/sections`,
      response: AnnualDocument,
      summary: 'Skriv i huvudmannens avsnitt (analys, barnrättsperspektiv, likvärdighet, prioriteringar)',
      tag,
      policy: organiserLevel,
      ifMatch: true,
      params: AnnualParams,
      body: SectionUpdates,
      handler: async (ctx) => respond(await s.annual.write(requireActor(ctx), ctx.params.schoolYear, ctx.ifMatch, ctx.body.updates)),
    }),
    route({
      method: 'post',
      path: `${BASE}/status`,
      response: AnnualDocument,
      summary: 'Byt status; klar och fastställd kräver att analysen är skriven',
      tag,
      policy: organiserLevel,
      ifMatch: true,
      params: AnnualParams,
      body: TransitionBody,
      handler: async (ctx) =>
        respond(await s.annual.transition(requireActor(ctx), ctx.params.schoolYear, ctx.ifMatch, ctx.body.transition, ctx.body.comment)),
    }),
  ];
}
