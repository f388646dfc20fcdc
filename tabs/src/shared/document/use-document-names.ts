import type { DocumentKind } from '../../api/types';
import { DEFAULT_DOCUMENT_NAMES, type DocumentName } from '../../lib/labels';
import { useServices } from '../hooks/services';

/** The documents' names under the preset in effect, as the server makes them (/api/config), the 2024 names until known. */
export function useDocumentNames(): Record<DocumentKind, DocumentName> {
  const names = useServices().config.documentNames;
  return names ?? DEFAULT_DOCUMENT_NAMES;
}
