import { ReportBasisService } from '../../app/documents/report-basis';
import { ReportConflictError, type ReportDocument as ReportDoc } from '../../app/documents/reports';
import { curriculumOf } from '../../domain/school-forms';
import { schoolYearToUrl } from '../../domain/school-year';
import { ReportBasisPreview } from '../../contract/reports';
import { requireActor } from '../auth';
import { route, type Route, type RouteResult } from '../route';
import { PlanParams, ReportDocument } from '../schemas';
import type { HttpServices } from '../services';

const BASIS = '/api/units/:unitId/reports/:schoolYear/basis';
const tag = 'läsårsrapport';

/** "Hämta från TLD och nyckeltal": a preview, and the write that fills the report's basis sections. */
export function reportBasisRoutes(s: HttpServices): Route[] {
  // Built from the services the edge already has: no adapter is picked here.
  const basis = new ReportBasisService(s.reports, s.surveys, s.surveyResults, s.statistics, s.clock);
  const respond = async (doc: ReportDoc): Promise<RouteResult> => ({
    headers: { ETag: doc.etag, Location: `/api/units/${doc.unit.id}/reports/${schoolYearToUrl(doc.report.schoolYear)}` },
    body: { ...doc, goalAreaCatalogue: (await s.settings.processConfig()).goalAreas[curriculumOf(doc.unit.schoolForm)] },
  });
  return [
    route({
      method: 'get',
      path: BASIS,
      summary: 'Förhandsvisning: vad som skulle hämtas från enhetens TLD-resultat och nyckeltal till rapportens underlagsavsnitt',
      tag,
      policy: { kind: 'unit', access: 'write' },
      params: PlanParams,
      response: ReportBasisPreview,
      errors: { 403: 'Inte enhetens rektor', 404: 'Rapporten är inte påbörjad (REPORT_NOT_STARTED)' },
      handler: async (ctx) => ({ body: await basis.preview(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: BASIS,
      summary: 'Fyll rapportens avsnitt för TLD och statistik (ersätter bara den hämtade delen; egen text under den behålls)',
      tag,
      policy: { kind: 'unit', access: 'write' },
      ifMatch: true,
      params: PlanParams,
      response: ReportDocument,
      errors: {
        400: 'Rapporten har inga underlagsavsnitt (REPORT_UNKNOWN_SECTION)',
        403: 'Inte enhetens rektor',
        404: 'Rapporten är inte påbörjad (REPORT_NOT_STARTED)',
        409: 'Rapporten har ändrats av någon annan; svaret innehåller den aktuella versionen (current)',
        422: 'Rapporten är fastställd (DOCUMENT_NOT_EDITABLE)',
        428: 'If-Match saknas',
      },
      handler: async (ctx) => {
        try {
          return await respond(await basis.fill(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear, ctx.ifMatch));
        } catch (e) {
          // A stale write answers 409 with the current report in the same shape as GET.
          if (e instanceof ReportConflictError) throw new ReportConflictError((await respond(e.current)).body as ReportDoc);
          throw e;
        }
      },
    }),
  ];
}
