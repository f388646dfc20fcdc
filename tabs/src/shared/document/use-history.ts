import type { DocumentExtras } from '../../api/client';
import { useAsync } from '../hooks/use-async';

/** Every saved version of a document, newest first. */
export function useVersions(extras: DocumentExtras, revision = '') {
  return useAsync(() => extras.versions(), [extras, revision]);
}

/** What changed since a version; without one, since the last milestone. */
export function useChanges(extras: DocumentExtras, since: string | undefined, revision = '') {
  return useAsync(() => extras.changes(since), [extras, since, revision]);
}
