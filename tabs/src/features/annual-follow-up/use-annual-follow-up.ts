import { useCallback, useMemo } from 'react';
import type { ApiError } from '../../api/api-error';
import type { Transition } from '../../api/types';
import { annualFields } from './annual-fields';
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
