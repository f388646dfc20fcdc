import { useCallback, useMemo } from 'react';
import type { ApiError } from '../../api/api-error';
import type { Transition } from '../../api/types';
import { reportFields } from '../../shared/document/report-fields';
import { useServices } from '../../shared/hooks/services';
import { useDocument } from '../../shared/document/use-document';

/** One unit's Läsårsrapport for one school year, as a session with autosave. */
export function useReport(unitId: string, schoolYear: string) {
  const { api } = useServices();
  const writes = useMemo(() => api.reportWrites(unitId, schoolYear), [api, unitId, schoolYear]);
  const fields = useMemo(() => reportFields(writes), [writes]);
  const load = useCallback(() => api.report(unitId, schoolYear), [api, unitId, schoolYear]);
  const { state, reload, start: startWith } = useDocument(load, fields);
  const session = state.status === 'ready' ? state.session : null;

  /**
   * Saves what is typed, then changes the status. When the server finds the analysis missing
   * (someone emptied a field meanwhile) the report is read again so the list is right.
   */
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

  const start = useCallback(() => startWith(() => api.startReport(unitId, schoolYear)), [startWith, api, unitId, schoolYear]);

  return { state, session, transition, start, reload };
}
