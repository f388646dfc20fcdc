import { schoolYearInUrl, type Http } from './http';
import type { ReportBasisPreview, ReportDocument } from '../../../src/contract/reports';

/** "Hämta från TLD och nyckeltal": the report's basis sections, previewed and filled (If-Match). */
export function reportBasisApi(http: Http, unitId: string, schoolYear: string) {
  const base = `/api/units/${encodeURIComponent(unitId)}/reports/${schoolYearInUrl(schoolYear)}/basis`;
  return {
    preview: () => http.request<ReportBasisPreview>('GET', base),
    fill: (etag: string) => http.request<ReportDocument>('POST', base, { body: {}, ifMatch: etag }),
  };
}
