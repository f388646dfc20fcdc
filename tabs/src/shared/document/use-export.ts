import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { DocumentKind } from '../../api/types';
import { saveFile } from '../../lib/download';
import { useServices } from '../hooks/services';

/** Fetches the document as a Word file (with the person's token) and hands it to the browser to save. */
export function useExport(kind: DocumentKind, unitId: string, schoolYear: string) {
  const { api } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await api.documentExtras(kind, unitId, schoolYear).exportDocx();
      saveFile(blob, filename);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, [api, kind, unitId, schoolYear]);

  return { busy, error, run, dismiss: () => setError(null) };
}
