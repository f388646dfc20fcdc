import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { DocumentExtras } from '../../api/client';
import type { CommentInput, DocumentComment } from '../../api/types';

export type CommentsState = { status: 'loading' } | { status: 'ready'; comments: DocumentComment[] } | { status: 'error'; error: ApiError };

/** After the browser has drawn what it has: requests that are not needed to start working wait for this. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 500 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 50);
  return () => window.clearTimeout(id);
}

/**
 * A document's comments: the ones sent with the document, else loaded once the document is on
 * screen (they are not needed to start reading or writing). Adding and resolving update the list
 * in place; reload() asks the server again (after a status change adds one).
 */
export function useComments(extras: DocumentExtras, sent?: DocumentComment[]) {
  const [state, setState] = useState<CommentsState>(() => (sent ? { status: 'ready', comments: sent } : { status: 'loading' }));
  const [round, setRound] = useState(0);
  const hasSent = !!sent;

  useEffect(() => {
    if (hasSent && round === 0) return;
    let live = true;
    const cancel = whenIdle(() =>
      extras.comments().then(
        (comments) => live && setState({ status: 'ready', comments }),
        (e: unknown) => live && setState({ status: 'error', error: toApiError(e) }),
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [extras, hasSent, round]);

  const add = useCallback(
    async (input: CommentInput): Promise<ApiError | null> => {
      try {
        const created = await extras.addComment(input);
        setState((s) => (s.status === 'ready' ? { status: 'ready', comments: [...s.comments, created] } : s));
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [extras],
  );

  /** Shown at once (a checkbox must answer the click); put back if the server says no. */
  const resolve = useCallback(
    async (id: string, resolved: boolean): Promise<ApiError | null> => {
      const mark = (value: boolean) =>
        setState((s) =>
          s.status === 'ready' ? { status: 'ready', comments: s.comments.map((c) => (c.id === id ? { ...c, resolved: value } : c)) } : s,
        );
      mark(resolved);
      try {
        await extras.resolveComment(id, resolved);
        return null;
      } catch (e) {
        mark(!resolved);
        return toApiError(e);
      }
    },
    [extras],
  );

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, add, resolve, reload };
}
