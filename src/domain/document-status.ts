/** Where a document is in its year: draft → ready for dialogue → final. */
export const DOCUMENT_STATUSES = ['draft', 'readyForDialogue', 'final'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
