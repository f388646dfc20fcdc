import { useCallback, useMemo } from 'react';
import { annualFields } from './annual-fields';
import { useDocument, useSectionTransition } from '../../shared/document/use-document';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** Huvudmannens verksamhetsuppföljning for a school year, as a session with autosave and If-Match. */
export function useAnnualFollowUp(schoolYear: string) {
  const api = useOrganiserApi();
  const writes = useMemo(() => api.annualWrites(schoolYear), [api, schoolYear]);
  const fields = useMemo(() => annualFields(writes), [writes]);
  const load = useCallback(() => api.annual(schoolYear), [api, schoolYear]);
  const { state, reload, start: startWith } = useDocument(load, fields);
  const session = state.status === 'ready' ? state.session : null;

  const transition = useSectionTransition(session, writes, reload);

  const start = useCallback(() => startWith(() => api.startAnnual(schoolYear)), [startWith, api, schoolYear]);
  return { state, session, transition, start, reload };
}
