/** Publishing several final documents at once, and which documents may be published. */
import { z } from 'zod';
import { id, schoolYearParam } from './common';
import { PublishedPage } from './organiser';

export const DocumentToPublish = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['plan', 'report']), unitId: id, schoolYear: schoolYearParam }),
  z.strictObject({ kind: z.literal('annualFollowUp'), schoolYear: schoolYearParam }),
]);
export type DocumentToPublish = z.infer<typeof DocumentToPublish>;

export const PublishBatchRequest = z.strictObject({ documents: z.array(DocumentToPublish).min(1).max(200) });
export type PublishBatchRequest = z.infer<typeof PublishBatchRequest>;

export const PublishOutcome = z.strictObject({
  document: DocumentToPublish,
  /** published now; unchanged: this version was already published (a retry makes no duplicate); failed: the others went on. */
  outcome: z.enum(['published', 'unchanged', 'failed']),
  page: PublishedPage.optional(),
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
});
export type PublishOutcome = z.infer<typeof PublishOutcome>;

export const PublishBatchResult = z.strictObject({ results: z.array(PublishOutcome) });
export type PublishBatchResult = z.infer<typeof PublishBatchResult>;

export const PublishableDocument = z.strictObject({
  kind: z.enum(['plan', 'report', 'annualFollowUp']),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
  schoolYear: z.string(),
  title: z.string(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
});
export type PublishableDocument = z.infer<typeof PublishableDocument>;
export const PublishableDocuments = z.array(PublishableDocument);
