import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { DocumentSession, type FieldAdapter } from './document-session';

export type DocumentState<TDoc extends { etag: string }> =
  | { status: 'loading' }
  | { status: 'notStarted' }
  | { status: 'ready'; session: DocumentSession<TDoc> }
  | { status: 'error'; error: ApiError };

/**
 * Loads one document (null = not started) and opens a session on it. A later load or a start
 * hands the new version to the same session, so drafts and conflicts survive a reload.
 */
export function useDocument<TDoc extends { etag: string }>(load: () => Promise<TDoc | null>, fields: FieldAdapter<TDoc>) {
  const [state, setState] = useState<DocumentState<TDoc>>({ status: 'loading' });
  const current = useRef<DocumentSession<TDoc> | null>(null);
  const loader = useRef(load);
  loader.current = load;

  const open = useCallback(
    (doc: TDoc) => {
      if (current.current) return current.current.replace(doc);
      current.current = new DocumentSession(doc, fields);
      setState({ status: 'ready', session: current.current });
    },
    [fields],
  );

  const reload = useCallback(async () => {
    try {
      const doc = await loader.current();
      if (doc) open(doc);
      else if (!current.current) setState({ status: 'notStarted' });
    } catch (e) {
      if (!current.current) setState({ status: 'error', error: toApiError(e) });
    }
  }, [open]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a start (POST) and opens what it answers; resolves to the error to show, or null. */
  const start = useCallback(
    async (run: () => Promise<TDoc>): Promise<ApiError | null> => {
      try {
        open(await run());
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [open],
  );

  return { state, reload, start };
}
