import { useCallback, useState } from 'react';
import { ApiError, toApiError } from '../../api/api-error';
import { fileToBase64 } from '../../api/organiser-api';
import type { ImportMapping, ImportPreview, ImportProblem, ImportResult } from '../../api/organiser-types';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'importing'; fileName: string; preview: ImportPreview }
  | { step: 'done'; fileName: string; result: ImportResult };

/** The lines the server names when it refuses a file (IMPORT_INVALID), and how many more there were. */
export function importProblems(error: ApiError | null): { problems: ImportProblem[]; more: number } {
  const details = error?.details as { problems?: unknown; more?: unknown } | undefined;
  const problems = Array.isArray(details?.problems)
    ? details.problems.filter(
        (p): p is ImportProblem => typeof p === 'object' && p !== null && typeof (p as ImportProblem).line === 'number',
      )
    : [];
  return { problems, more: typeof details?.more === 'number' ? details.more : 0 };
}

/**
 * A file from the organiser's BI tool: read and previewed by the server, mapped, imported all or
 * nothing. The picked file is kept so the same bytes are imported as were previewed.
 */
export function useStatisticsImport(onImported: () => void) {
  const api = useOrganiserApi();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const [content, setContent] = useState<string | null>(null);

  const choose = useCallback(
    async (file: File) => {
      setError(null);
      setState({ step: 'reading', fileName: file.name });
      try {
        const base64 = await fileToBase64(file);
        setContent(base64);
        setState({ step: 'preview', fileName: file.name, preview: await api.importPreview(file.name, base64) });
      } catch (e) {
        setError(toApiError(e));
        setState({ step: 'idle' });
      }
    },
    [api],
  );

  const run = useCallback(
    async (mapping: ImportMapping) => {
      if ((state.step !== 'preview' && state.step !== 'importing') || !content) return;
      const { fileName, preview } = state;
      setError(null);
      setState({ step: 'importing', fileName, preview });
      try {
        const result = await api.importTable(fileName, content, mapping);
        setState({ step: 'done', fileName, result });
        onImported();
      } catch (e) {
        setError(toApiError(e));
        setState({ step: 'preview', fileName, preview });
      }
    },
    [api, state, content, onImported],
  );

  const reset = useCallback(() => {
    setState({ step: 'idle' });
    setError(null);
    setContent(null);
  }, []);

  return { state, error, choose, run, reset };
}

/** A saved answer from Kolada's API, imported as it is. */
export function useKoladaImport(onImported: () => void) {
  const api = useOrganiserApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ fileName: string; result: ImportResult } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const choose = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      setResult(null);
      try {
        setResult({ fileName: file.name, result: await api.importKolada(await fileToBase64(file)) });
        onImported();
      } catch (e) {
        setError(toApiError(e));
      } finally {
        setBusy(false);
      }
    },
    [api, onImported],
  );

  return { busy, result, error, choose, dismiss: () => setError(null) };
}
