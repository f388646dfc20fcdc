/** What every document (plan, report, annual follow-up) has: comments, versions, "what changed". */
import { z } from 'zod';
import { DocumentStatus, id, TEXT_MAX } from './common';

export const CommentBody = z.strictObject({
  anchor: z.string().min(1).max(120),
  body: z.string().trim().min(1).max(TEXT_MAX),
  parentId: id.optional(),
});
export type CommentInput = z.input<typeof CommentBody>;
export const CommentPatch = z.strictObject({ resolved: z.boolean() });

export const DocumentComment = z.strictObject({
  id: z.string(),
  /** "document", "goalArea:<key>", "commitment:<id>" or "section:<key>". */
  anchor: z.string(),
  /** '' for a thread's first comment. */
  parentId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  authorRole: z.enum(['organiser', 'principal']),
  body: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
});
export type DocumentComment = z.infer<typeof DocumentComment>;
export const DocumentComments = z.array(DocumentComment);

export const VersionMeta = z.strictObject({
  id: z.string(),
  savedAt: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  status: DocumentStatus,
  /** Set on milestones such as "Klar för dialog". */
  label: z.string(),
});
export type VersionMeta = z.infer<typeof VersionMeta>;
export const VersionList = z.array(VersionMeta);

export const DocumentEntry = z.strictObject({ key: z.string(), section: z.string(), field: z.string(), text: z.string() });
/** A version as it was: its metadata, the document as then saved, and its entries. */
export const VersionSnapshot = z.strictObject({ meta: VersionMeta, document: z.unknown(), entries: z.array(DocumentEntry) });

export const DiffWord = z.strictObject({ text: z.string(), change: z.enum(['added', 'removed', 'same']) });
export type DiffWord = z.infer<typeof DiffWord>;
export const DocumentChange = z.strictObject({
  kind: z.enum(['added', 'removed', 'changed']),
  key: z.string(),
  section: z.string(),
  field: z.string(),
  before: z.string().optional(),
  after: z.string().optional(),
  words: z.array(DiffWord).optional(),
});
export type DocumentChange = z.infer<typeof DocumentChange>;
export const Changes = z.strictObject({ since: VersionMeta.optional(), changes: z.array(DocumentChange) });
export type Changes = z.infer<typeof Changes>;
