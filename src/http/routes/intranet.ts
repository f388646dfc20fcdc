import type { Request, Response } from 'restify';
import { escapeHtml, renderDocument } from '../../adapters/intranet/render-html';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import { AnnualParams, PublishedPage, PublishedPages } from '../../contract/organiser';
import { PlanParams } from '../../contract/plans';

const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
const tag = 'intranät';
const why = 'published intranet pages: only final documents are ever published; locally this stands in for SharePoint, whose site permissions decide who reads';

/** Publishing final documents, and the intranet pages the board and everyone else read. */
export function intranetRoutes(s: HttpServices): Route[] {
  const html = (res: Response, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    res.end(body);
  };
  return [
    route({
      method: 'post',
      path: '/api/units/:unitId/plans/:schoolYear/publish',
      response: PublishedPage,
      summary: 'Publicera en fastställd åtagandeplan på intranätet (uppdateras på plats vid ny publicering)',
      tag,
      policy: organiser,
      params: PlanParams,
      errors: { 422: 'Planen är inte fastställd (NOT_PUBLISHABLE)' },
      handler: async (ctx) => ({ body: await s.publishing.publishPlan(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: '/api/units/:unitId/reports/:schoolYear/publish',
      response: PublishedPage,
      summary: 'Publicera en fastställd läsårsrapport på intranätet',
      tag,
      policy: organiser,
      params: PlanParams,
      errors: { 422: 'Rapporten är inte fastställd (NOT_PUBLISHABLE)' },
      handler: async (ctx) => ({ body: await s.publishing.publishReport(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: '/api/organiser/annual-follow-up/:schoolYear/publish',
      response: PublishedPage,
      summary: 'Publicera den fastställda verksamhetsuppföljningen på intranätet',
      tag,
      policy: organiser,
      params: AnnualParams,
      errors: { 422: 'Inte fastställd (NOT_PUBLISHABLE)' },
      handler: async (ctx) => ({ body: await s.publishing.publishAnnual(requireActor(ctx), ctx.params.schoolYear) }),
    }),
    route({
      method: 'get',
      path: '/api/intranet/pages',
      response: PublishedPages,
      summary: 'Publicerade sidor (för alla inloggade, nämnden inräknad)',
      tag,
      policy: { kind: 'authenticated' },
      handler: async () => ({ body: await s.publishing.list() }),
    }),
    {
      method: 'get',
      path: '/intranet',
      summary: 'Intranätets sida för systematiskt kvalitetsarbete (lokalt)',
      tag,
      policy: { kind: 'public', why },
      raw: async (_req: Request, res: Response) => {
        const pages = await s.publishing.list();
        const { municipalityName } = await s.settings.processConfig();
        html(res, 200, renderDocument('Systematiskt kvalitetsarbete', [
          { type: 'heading', level: 1, text: 'Systematiskt kvalitetsarbete' },
          pages.length ? { type: 'list', items: pages.map((p) => `${p.title} (publicerad ${p.publishedAt.slice(0, 10)}): ${p.url}`) } : { type: 'paragraph', text: 'Inget är publicerat ännu.' },
        ], municipalityName));
      },
    },
    {
      method: 'get',
      path: '/intranet/:slug',
      summary: 'En publicerad intranätsida (lokalt)',
      tag,
      policy: { kind: 'public', why },
      raw: async (req: Request, res: Response) => {
        const page = await s.publishing.read(String(req.params?.slug ?? ''));
        if (!page) return html(res, 404, `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Sidan finns inte</title><p>Sidan finns inte, eller är inte publicerad. ${escapeHtml('')}</p></html>`);
        html(res, 200, page.html);
      },
    },
  ];
}
