import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import type { PlanWrites } from '../api/client';
import type { PlanDocument } from '../api/types';
import { useServices } from './services';

export type PlanState =
  | { status: 'loading' }
  | { status: 'notStarted' }
  | { status: 'ready'; doc: PlanDocument }
  | { status: 'error'; error: ApiError };

/** A write: given the plan's writes and the latest ETag, returns the new document. */
export type PlanWrite = (writes: PlanWrites, etag: string) => Promise<PlanDocument>;

/**
 * One unit's plan for one school year. Writes run one at a time with the latest ETag;
 * each answer (or, on a conflict, the other person's version) replaces the document.
 * A write resolves to null on success or to the error to show where it happened.
 */
export function usePlan(unitId: string, schoolYear: string) {
  const { api } = useServices();
  const [state, setState] = useState<PlanState>({ status: 'loading' });
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const etag = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const writes = useMemo(() => api.planWrites(unitId, schoolYear), [api, unitId, schoolYear]);

  const show = useCallback((doc: PlanDocument) => {
    etag.current = doc.etag;
    setState({ status: 'ready', doc });
  }, []);

  const load = useCallback(async () => {
    try {
      const doc = await api.plan(unitId, schoolYear);
      if (doc) show(doc);
      else {
        etag.current = null;
        setState({ status: 'notStarted' });
      }
    } catch (e) {
      setState({ status: 'error', error: toApiError(e) });
    }
  }, [api, unitId, schoolYear, show]);

  useEffect(() => {
    setState({ status: 'loading' });
    setSavedAt(null);
    void load();
  }, [load]);

  const apply = useCallback(
    (run: () => Promise<PlanDocument>): Promise<ApiError | null> => {
      const next = queue.current.then(async () => {
        try {
          show(await run());
          setSavedAt(Date.now());
          return null;
        } catch (e) {
          const error = toApiError(e);
          if (error.isConflict && error.current) show(error.current);
          return error;
        }
      });
      queue.current = next;
      return next;
    },
    [show],
  );

  const write = useCallback(
    (op: PlanWrite) =>
      apply(() => {
        if (!etag.current) throw new Error('no plan loaded');
        return op(writes, etag.current);
      }),
    [apply, writes],
  );

  const start = useCallback(() => apply(() => api.startPlan(unitId, schoolYear)), [apply, api, unitId, schoolYear]);

  return { state, savedAt, write, start, reload: load };
}
