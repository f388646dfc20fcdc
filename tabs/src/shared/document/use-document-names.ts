import type { DocumentKind } from '../../api/types';
import { DOCUMENT_LABELS, documentName, type DocumentName } from '../../lib/labels';
import { useServices } from '../hooks/services';

/** The documents' names under the preset in effect (from /api/config), the 2024 names until known. */
export function useDocumentNames(): Record<DocumentKind, DocumentName> {
  const labels = useServices().config.documentLabels;
  return { plan: documentName(labels?.plan ?? DOCUMENT_LABELS.plan), report: documentName(labels?.report ?? DOCUMENT_LABELS.report) };
}
