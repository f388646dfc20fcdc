import { useMemo } from 'react';
import type { DocumentKind } from '../../api/types';
import { useServices } from '../hooks/services';
import { useAsync } from '../hooks/use-async';

/** Every saved version of a document, newest first. */
export function useVersions(kind: DocumentKind, unitId: string, schoolYear: string, revision = '') {
  const { api } = useServices();
  const extras = useMemo(() => api.documentExtras(kind, unitId, schoolYear), [api, kind, unitId, schoolYear]);
  return useAsync(() => extras.versions(), [extras, revision]);
}

/** What changed since a version; without one, since the last dialogue milestone. */
export function useChanges(kind: DocumentKind, unitId: string, schoolYear: string, since: string | undefined, revision = '') {
  const { api } = useServices();
  const extras = useMemo(() => api.documentExtras(kind, unitId, schoolYear), [api, kind, unitId, schoolYear]);
  return useAsync(() => extras.changes(since), [extras, since, revision]);
}
