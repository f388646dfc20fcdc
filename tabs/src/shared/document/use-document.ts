import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { Transition } from '../../api/types';
import { DocumentSession, type FieldAdapter } from './document-session';

export type DocumentState<TDoc extends { etag: string }> =
  | { status: 'loading' }
  | { status: 'notStarted' }
  | { status: 'ready'; session: DocumentSession<TDoc> }
  | { status: 'error'; error: ApiError };

/**
 * Loads one document (null = not started) and opens a session on it. A later load or a start
 * hands the new version to the same session, so drafts and conflicts survive a reload. A document
 * already in (a link's prefetch, answered before the page rendered) opens in the first render,
 * without a loading state or a second request.
 */
export function useDocument<TDoc extends { etag: string }>(
  load: () => Promise<TDoc | null>,
  fields: FieldAdapter<TDoc>,
  loaded?: () => { doc: TDoc | null } | undefined,
) {
  const [first] = useState(() => {
    const answer = loaded?.();
    return answer && { doc: answer.doc, session: answer.doc ? new DocumentSession(answer.doc, fields) : null };
  });
  const [state, setState] = useState<DocumentState<TDoc>>(() =>
    !first ? { status: 'loading' } : first.session ? { status: 'ready', session: first.session } : { status: 'notStarted' },
  );
  const current = useRef<DocumentSession<TDoc> | null>(first?.session ?? null);
  // The first load is the answer already in, if there was one.
  const skipFirstLoad = useRef(first !== undefined);
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
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else void reload();
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

/**
 * A status change of a document of sections (report, annual follow-up): saves what is typed, then
 * changes the status. When the server finds a required section empty (someone emptied it
 * meanwhile) the document is read again so the list of what is missing is right.
 */
export function useSectionTransition<TDoc extends { etag: string }>(
  session: DocumentSession<TDoc> | null,
  writes: { transition(etag: string, t: Transition, comment?: string): Promise<TDoc> },
  reload: () => Promise<void>,
) {
  return useCallback(
    async (t: Transition, comment?: string): Promise<ApiError | null> => {
      if (!session) return null;
      await session.flush();
      const error = await session.write((etag) => writes.transition(etag, t, comment));
      if (error?.code === 'REPORT_INCOMPLETE') await reload();
      return error;
    },
    [session, writes, reload],
  );
}
