import { useCallback, useMemo } from 'react';
import { reportFields } from '../../shared/document/report-fields';
import { useServices } from '../../shared/hooks/services';
import { useDocument, useSectionTransition } from '../../shared/document/use-document';

/** One unit's Läsårsrapport for one school year, as a session with autosave. */
export function useReport(unitId: string, schoolYear: string) {
  const { api } = useServices();
  const writes = useMemo(() => api.reportWrites(unitId, schoolYear), [api, unitId, schoolYear]);
  const fields = useMemo(() => reportFields(writes), [writes]);
  const load = useCallback(() => api.report(unitId, schoolYear), [api, unitId, schoolYear]);
  const { state, reload, start: startWith } = useDocument(load, fields);
  const session = state.status === 'ready' ? state.session : null;

  const transition = useSectionTransition(session, writes, reload);

  const start = useCallback(() => startWith(() => api.startReport(unitId, schoolYear)), [startWith, api, unitId, schoolYear]);

  return { state, session, transition, start, reload };
}
