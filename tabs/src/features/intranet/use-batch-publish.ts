import { useCallback, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { IntranetBatchApi, type DocumentToPublish, type PublishableDocument, type PublishOutcome } from '../../api/intranet-batch-api';
import { useServices } from '../../shared/hooks/services';
import { useAsync } from '../../shared/hooks/use-async';

/** A document's key in the checklist and in the outcomes: kind, unit and year. */
export const docKey = (d: { kind: string; unitId?: string; schoolYear: string }) =>
  `${d.kind}|${d.unitId ?? ''}|${d.schoolYear.replace('/', '-')}`;

const toPublish = (d: PublishableDocument): DocumentToPublish => {
  const schoolYear = d.schoolYear.replace('/', '-');
  return d.kind === 'annualFollowUp' ? { kind: 'annualFollowUp', schoolYear } : { kind: d.kind, unitId: d.unitId ?? '', schoolYear };
};

/** The year's final documents, a selection of them, and publishing the selection in one action. */
export function useBatchPublish(schoolYear: string, onPublished: () => void) {
  const { api } = useServices();
  const batch = useMemo(() => new IntranetBatchApi(api.http), [api]);
  const [revision, setRevision] = useState(0);
  const state = useAsync(() => batch.publishable(schoolYear), [batch, schoolYear, revision]);
  // After publishing the list reloads (the new dates); the checklist stays on screen meanwhile.
  const last = useRef<PublishableDocument[] | undefined>(undefined);
  if (state.data) last.current = state.data;
  const documents = { ...state, data: state.data ?? last.current };
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcomes, setOutcomes] = useState<Map<string, PublishOutcome>>(new Map());

  const toggle = useCallback((key: string, on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const setAll = useCallback(
    (on: boolean) => setSelected(on && documents.data ? new Set(documents.data.map(docKey)) : new Set()),
    [documents.data],
  );

  const publish = useCallback(async () => {
    const chosen = (documents.data ?? []).filter((d) => selected.has(docKey(d)));
    if (!chosen.length) return;
    setBusy(true);
    setError(null);
    try {
      const { results } = await batch.publish(chosen.map(toPublish));
      setOutcomes(new Map(results.map((r) => [docKey(r.document), r])));
      setRevision((r) => r + 1);
      onPublished();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, [batch, documents.data, selected, onPublished]);

  return { documents, selected, toggle, setAll, publish, busy, error, outcomes, dismiss: () => setError(null) };
}
