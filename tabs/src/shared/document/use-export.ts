import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { DocumentExtras } from '../../api/client';
import { saveFile } from '../../lib/download';

/** Fetches the document as a Word or PDF file (with the person's token) and hands it to the browser to save. */
export function useExport(extras: DocumentExtras, format: 'docx' | 'pdf' = 'docx') {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await (format === 'pdf' ? extras.exportPdf() : extras.exportDocx());
      saveFile(blob, filename);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, [extras, format]);

  return { busy, error, run, dismiss: () => setError(null) };
}
