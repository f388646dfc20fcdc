import { ReportBasisPreview } from '../../contract/reports';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import { reportAnswers } from './reports';
import { PlanParams, ReportDocument } from '../schemas';
import type { HttpServices } from '../services';

const BASIS = '/api/units/:unitId/reports/:schoolYear/basis';
const tag = 'läsårsrapport';

/** What these routes use, and nothing else. */
export type ReportBasisRouteServices = Pick<HttpServices, 'reportBasis' | 'settings'>;

/** "Hämta från TLD och nyckeltal": a preview, and the write that fills the report's basis sections. */
export function reportBasisRoutes(s: ReportBasisRouteServices): Route[] {
  const { written } = reportAnswers(s);
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
      handler: async (ctx) => ({ body: await s.reportBasis.preview(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
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
      handler: async (ctx) => written(() => s.reportBasis.fill(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear, ctx.ifMatch)),
    }),
  ];
}
