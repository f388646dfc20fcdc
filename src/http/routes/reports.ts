import { definiteName } from '../../domain/document-names';
import { schoolYearToUrl } from '../../domain/school-year';
import { ReportConflictError, type ReportDocument as ReportDoc } from '../../app/documents/reports';
import { curriculumOf } from '../../domain/school-forms';
import { requireActor } from '../auth';
import { route, type Route, type RouteResult } from '../route';
import { PlanParams, ReportDocument, SectionUpdates, TransitionBody } from '../schemas';
import type { HttpServices } from '../services';

const REPORT = '/api/units/:unitId/reports/:schoolYear';
const tag = 'läsårsrapport';
const writeErrors = {
  400: 'Felaktig indata eller okänt avsnitt',
  403: 'Inte enhetens rektor',
  409: 'Rapporten har ändrats av någon annan; svaret innehåller den aktuella versionen (current)',
  422: 'Rapporten är fastställd, eller analysen saknas (REPORT_INCOMPLETE, med details.missing)',
  428: 'If-Match saknas',
};

/**
 * A report write's answer, for every route that writes a report: the document with the unit's
 * goal-area catalogue (development needs may name any goal area, not only the plan's), and a stale
 * write as 409 with the current document in the same shape as GET.
 */
export function reportAnswers(s: Pick<HttpServices, 'settings'>) {
  const respond = async (doc: ReportDoc, status = 200): Promise<RouteResult> => ({
    status,
    headers: { ETag: doc.etag, Location: `/api/units/${doc.unit.id}/reports/${schoolYearToUrl(doc.report.schoolYear)}` },
    body: {
      ...doc,
      name: definiteName(doc.definition.label),
      goalAreaCatalogue: (await s.settings.processConfig()).goalAreas[curriculumOf(doc.unit.schoolForm)],
    },
  });
  const written = async (run: () => Promise<ReportDoc>, status?: number) => {
    try {
      return await respond(await run(), status);
    } catch (e) {
      if (e instanceof ReportConflictError) throw new ReportConflictError((await respond(e.current)).body as ReportDoc);
      throw e;
    }
  };
  return { respond, written };
}

/** What these routes use, and nothing else. */
export type ReportRouteServices = Pick<HttpServices, 'reports' | 'settings'>;

export function reportRoutes(s: ReportRouteServices): Route[] {
  const { respond, written } = reportAnswers(s);
  return [
    route({
      method: 'get',
      path: REPORT,
      summary: 'Enhetens läsårsrapport, byggd från samma läsårs åtagandeplan, med ETag',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      response: ReportDocument,
      errors: { 404: 'Rapporten är inte påbörjad (REPORT_NOT_STARTED) eller enheten finns inte' },
      handler: async (ctx) => {
        return respond(await s.reports.started(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear));
      },
    }),
    route({
      method: 'post',
      path: REPORT,
      summary: 'Påbörja läsårsrapporten (idempotent)',
      tag,
      policy: { kind: 'unit', access: 'write' },
      params: PlanParams,
      response: ReportDocument,
      errors: writeErrors,
      handler: async (ctx) => written(() => s.reports.start(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear), 201),
    }),
    route({
      method: 'patch',
      path: `${REPORT}/sections`,
      summary: 'Skriv i rapportens avsnitt (ett eller flera fält; autospar skickar det som ändrats)',
      tag,
      policy: { kind: 'unit', access: 'write' },
      ifMatch: true,
      params: PlanParams,
      body: SectionUpdates,
      response: ReportDocument,
      errors: writeErrors,
      handler: async (ctx) =>
        written(() => s.reports.write(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear, ctx.ifMatch, ctx.body.updates)),
    }),
    route({
      method: 'post',
      path: `${REPORT}/status`,
      summary: 'Byt status: klar för dialog kräver att analysen är skriven',
      tag,
      policy: { kind: 'unit', access: 'read' },
      ifMatch: true,
      params: PlanParams,
      body: TransitionBody,
      response: ReportDocument,
      errors: writeErrors,
      handler: async (ctx) =>
        written(() =>
          s.reports.transition(
            requireActor(ctx),
            ctx.params.unitId,
            ctx.params.schoolYear,
            ctx.ifMatch,
            ctx.body.transition,
            ctx.body.comment,
          ),
        ),
    }),
  ];
}
