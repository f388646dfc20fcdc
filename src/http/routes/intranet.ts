import type { Request, Response } from 'restify';
import { authenticate, requireActor } from '../auth';
import { cookieValue, INTRANET_COOKIE } from '../../app/directory/intranet-access';
import type { Actor } from '../../domain/identity';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import { AnnualParams, PublishedPage, PublishedPages } from '../../contract/organiser';
import { PlanParams } from '../../contract/plans';
import { intranetIndex } from '../../app/organiser/intranet-index';

const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
const tag = 'intranät';
const notPublished = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Sidan finns inte</title><p>Sidan finns inte, eller är inte publicerad i den här versionen.</p></html>`;
const why =
  'published intranet pages: only final documents are ever published; the page itself asks for sign-in (bearer token or the cookie /api/intranet/pages gives) unless the admin made the pages public; locally this stands in for SharePoint, whose site permissions decide who reads';

/** What these routes use, and nothing else. */
export type IntranetRouteServices = Pick<
  HttpServices,
  'clock' | 'config' | 'directory' | 'intranetAccess' | 'pageRenderer' | 'pdfRenderer' | 'publishing' | 'settings' | 'tokens'
>;

/** Publishing final documents, and the intranet pages the board and everyone else read. */
export function intranetRoutes(s: IntranetRouteServices): Route[] {
  const html = (res: Response, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    res.end(body);
  };
  // Public only when the admin says so; otherwise a bearer token or the signed cookie.
  const mayRead = async (req: Request) => {
    if (await s.intranetAccess.isPublic()) return true;
    if (s.intranetAccess.verify(cookieValue(req.headers.cookie, INTRANET_COOKIE))) return true;
    if (!req.headers.authorization) return false;
    return authenticate(req, s).then(
      () => true,
      () => false,
    );
  };
  const signIn = (res: Response) =>
    html(
      res,
      401,
      s.pageRenderer.page(
        'Logga in',
        [
          { type: 'heading', level: 1, text: 'Logga in för att läsa' },
          {
            type: 'paragraph',
            text: 'Intranätets sidor om kvalitetsarbetet visas för inloggade. Öppna appen och välj Intranät, så öppnas sidorna härifrån.',
          },
        ],
        'Systematiskt kvalitetsarbete',
      ),
    );
  return [
    ...(
      [
        {
          path: '/api/units/:unitId/plans/:schoolYear/publish',
          summary: 'Publicera en fastställd åtagandeplan på intranätet (uppdateras på plats vid ny publicering)',
          refused: 'Planen är inte fastställd (NOT_PUBLISHABLE)',
          publish: (actor: Actor, p: { unitId: string; schoolYear: string }) => s.publishing.publishPlan(actor, p.unitId, p.schoolYear),
        },
        {
          path: '/api/units/:unitId/reports/:schoolYear/publish',
          summary: 'Publicera en fastställd läsårsrapport på intranätet',
          refused: 'Rapporten är inte fastställd (NOT_PUBLISHABLE)',
          publish: (actor: Actor, p: { unitId: string; schoolYear: string }) => s.publishing.publishReport(actor, p.unitId, p.schoolYear),
        },
      ] as const
    ).map((r) =>
      route({
        method: 'post',
        path: r.path,
        response: PublishedPage,
        summary: r.summary,
        tag,
        policy: organiser,
        params: PlanParams,
        errors: { 422: r.refused },
        handler: async (ctx) => ({ body: await r.publish(requireActor(ctx), ctx.params) }),
      }),
    ),
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
      handler: async (ctx) => {
        // The pages open in the browser without a bearer token: a signed cookie for /intranet, 8 hours.
        const cookie = s.intranetAccess.issue(requireActor(ctx).userId);
        const secure = s.config.publicUrl.startsWith('https:') ? '; Secure' : '';
        return {
          body: await s.publishing.list(),
          headers: {
            'Set-Cookie': `${INTRANET_COOKIE}=${cookie.value}; Path=/intranet; Max-Age=${cookie.maxAge}; HttpOnly; SameSite=Lax${secure}`,
          },
        };
      },
    }),
    {
      method: 'get',
      path: '/intranet',
      summary: 'Intranätets sida för systematiskt kvalitetsarbete (lokalt)',
      tag,
      policy: { kind: 'public', why },
      raw: async (req: Request, res: Response) => {
        if (!(await mayRead(req))) return signIn(res);
        const pages = await s.publishing.list();
        const { municipalityName, planLabel } = await s.settings.processConfig();
        html(res, 200, s.pageRenderer.page('Systematiskt kvalitetsarbete', intranetIndex(pages, { plan: planLabel }), municipalityName));
      },
    },
    {
      method: 'get',
      path: '/intranet/:slug/pdf',
      summary: 'En publicerad intranätsida som PDF: den publicerade, fastställda versionen, med samma synlighet som sidan',
      tag,
      policy: { kind: 'public', why },
      raw: async (req: Request, res: Response) => {
        if (!(await mayRead(req))) return signIn(res);
        const page = await s.publishing.publishedBlocks(String(req.params?.slug ?? ''));
        if (!page) return html(res, 404, notPublished);
        const { municipalityName } = await s.settings.processConfig();
        const file = await s.pdfRenderer.render(page.title, page.blocks, { municipalityName, exportedOn: s.clock.today() });
        const name = `${page.title}.pdf`;
        res.writeHead(200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="${name.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        });
        res.end(file);
      },
    },
    {
      method: 'get',
      path: '/intranet/:slug',
      summary: 'En publicerad intranätsida (lokalt)',
      tag,
      policy: { kind: 'public', why },
      raw: async (req: Request, res: Response) => {
        if (!(await mayRead(req))) return signIn(res);
        const page = await s.publishing.read(String(req.params?.slug ?? ''));
        if (!page) return html(res, 404, notPublished);
        html(res, 200, page.html);
      },
    },
  ];
}
