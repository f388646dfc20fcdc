import { useCallback, useEffect, useMemo, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { CommentInput, Transition } from '../../api/types';
import { saveFile } from '../../lib/download';
import { annualFields } from './annual-fields';
import type { CommentsState } from '../../shared/document/use-comments';
import { useAsync } from '../../shared/hooks/use-async';
import { useDocument } from '../../shared/document/use-document';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** Huvudmannens verksamhetsuppföljning for a school year, as a session with autosave and If-Match. */
export function useAnnualFollowUp(schoolYear: string) {
  const api = useOrganiserApi();
  const writes = useMemo(() => api.annualWrites(schoolYear), [api, schoolYear]);
  const fields = useMemo(() => annualFields(writes), [writes]);
  const load = useCallback(() => api.annual(schoolYear), [api, schoolYear]);
  const { state, reload, start: startWith } = useDocument(load, fields);
  const session = state.status === 'ready' ? state.session : null;

  /** Saves what is typed first; when the analysis turns out empty, the missing list is read again. */
  const transition = useCallback(
    async (t: Transition, comment?: string): Promise<ApiError | null> => {
      if (!session) return null;
      await session.flush();
      const error = await session.write((etag) => writes.transition(etag, t, comment));
      if (error?.code === 'REPORT_INCOMPLETE') await reload();
      return error;
    },
    [session, writes, reload],
  );

  const start = useCallback(() => startWith(() => api.startAnnual(schoolYear)), [startWith, api, schoolYear]);
  return { state, session, transition, start, reload };
}

/** The annual follow-up's comments, in the shape the comment anchors and threads read. */
export function useAnnualComments(schoolYear: string) {
  const api = useOrganiserApi();
  const extras = useMemo(() => api.annualExtras(schoolYear), [api, schoolYear]);
  const [state, setState] = useState<CommentsState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    extras.comments().then(
      (comments) => live && setState({ status: 'ready', comments }),
      (e: unknown) => live && setState({ status: 'error', error: toApiError(e) }),
    );
    return () => {
      live = false;
    };
  }, [extras, round]);

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

  const resolve = useCallback(
    async (id: string, resolved: boolean): Promise<ApiError | null> => {
      const mark = (value: boolean) =>
        setState((s) => (s.status === 'ready' ? { status: 'ready', comments: s.comments.map((c) => (c.id === id ? { ...c, resolved: value } : c)) } : s));
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

export function useAnnualVersions(schoolYear: string, revision: string) {
  const api = useOrganiserApi();
  return useAsync(() => api.annualExtras(schoolYear).versions(), [api, schoolYear, revision]);
}

export function useAnnualChanges(schoolYear: string, since: string | undefined, revision: string) {
  const api = useOrganiserApi();
  return useAsync(() => api.annualExtras(schoolYear).changes(since), [api, schoolYear, since, revision]);
}

/** The annual follow-up as a Word file, fetched with the person's token. */
export function useAnnualExport(schoolYear: string) {
  const api = useOrganiserApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await api.annualExtras(schoolYear).exportDocx();
      saveFile(blob, filename);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, [api, schoolYear]);
  return { busy, error, run, dismiss: () => setError(null) };
}
