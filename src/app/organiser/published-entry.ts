/** What publishing keeps and answers: a published page's entry, a document to publish, one outcome of a batch. */
import type { PageKind } from '../../domain/page';
import type { PublishedPage } from '../ports/publisher';

export interface PublishedEntry extends PublishedPage {
  kind: PageKind;
  schoolYear: string;
  publishedAt: string;
  unitId?: string;
  unitName?: string;
}

/** One final document to publish: a unit's plan or report, or the organiser's annual follow-up. */
export type DocumentToPublish =
  { kind: 'plan' | 'report'; unitId: string; schoolYear: string } | { kind: 'annualFollowUp'; schoolYear: string };

/** How one document of a batch went: published now, already published in this version, or failed (the rest go on). */
export interface PublishOutcome {
  document: DocumentToPublish;
  outcome: 'published' | 'unchanged' | 'failed';
  page?: PublishedEntry;
  error?: { code: string; message: string };
}

/** What the stored record keeps beside the page: its version and unit, for idempotence and the index. */
export interface StoredPage extends PublishedPage {
  version?: string;
  unitId?: string;
  unitName?: string;
}
