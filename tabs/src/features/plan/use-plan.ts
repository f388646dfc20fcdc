import { useCallback, useMemo } from 'react';
import type { ApiError } from '../../api/api-error';
import type { PlanWrites } from '../../api/client';
import type { CarryOverChoice, PlanDocument, Transition } from '../../api/types';
import { planFields } from './plan-fields';
import { takePrefetchedPlan, takeSettledPlan } from '../../shared/hooks/prefetch';
import { useServices } from '../../shared/hooks/services';
import { useDocument } from '../../shared/document/use-document';

/** A write: given the plan's writes and the latest ETag, returns the new document. */
export type PlanWrite = (writes: PlanWrites, etag: string) => Promise<PlanDocument>;

/**
 * One unit's plan for one school year, as a session: writes one at a time with the latest ETag;
 * each answer (or, on a conflict, the other person's version) replaces the document.
 */
export function usePlan(unitId: string, schoolYear: string) {
  const { api } = useServices();
  const writes = useMemo(() => api.planWrites(unitId, schoolYear), [api, unitId, schoolYear]);
  const fields = useMemo(() => planFields(writes), [writes]);
  const load = useCallback(() => takePrefetchedPlan(unitId, schoolYear) ?? api.plan(unitId, schoolYear), [api, unitId, schoolYear]);
  const loaded = useCallback(() => takeSettledPlan(unitId, schoolYear), [unitId, schoolYear]);
  const { state, reload, start: startWith } = useDocument(load, fields, loaded);
  const session = state.status === 'ready' ? state.session : null;

  const write = useCallback(
    (op: PlanWrite): Promise<ApiError | null> => (session ? session.write((etag) => op(writes, etag)) : Promise.resolve(null)),
    [session, writes],
  );

  /** Status changes save what is typed first, so the milestone holds it. */
  const transition = useCallback(
    async (t: Transition, comment?: string) => {
      if (!session) return null;
      await session.flush();
      return session.write((etag) => writes.transition(etag, t, comment));
    },
    [session, writes],
  );

  const start = useCallback(
    (choice?: CarryOverChoice) => startWith(() => api.startPlan(unitId, schoolYear, choice)),
    [startWith, api, unitId, schoolYear],
  );

  return { state, session, write, transition, start, reload };
}
