import { enc, schoolYearInUrl, type Http } from './http';

export type { DocumentToPublish, PublishableDocument, PublishBatchResult, PublishOutcome } from '../../../src/contract/intranet';
import type { DocumentToPublish, PublishableDocument, PublishBatchResult } from '../../../src/contract/intranet';

/** The Intranät screen's batch, the organiser's: the year's final documents, and publishing several at once (an area of the one API client). */
export class IntranetBatchApi {
  constructor(private readonly http: Http) {}

  publishable = (schoolYear: string) =>
    this.http.request<PublishableDocument[]>('GET', `/api/intranet/publishable/${enc(schoolYearInUrl(schoolYear))}`);
  /** One outcome per document; 422 NOT_PUBLISHABLE when one of them is not final (then nothing is published). */
  publish = (documents: DocumentToPublish[]) =>
    this.http.request<PublishBatchResult>('POST', '/api/intranet/publish', { body: { documents } });
}
