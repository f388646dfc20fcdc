import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { DocumentSession, FieldValue, Resolution, SessionSnapshot } from './document-session';

/** The open document, its save state and its conflicts; re-renders when any of them changes. */
export function useSessionSnapshot<TDoc extends { etag: string }>(session: DocumentSession<TDoc>): SessionSnapshot<TDoc> {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** One field of the document: re-renders only when its own value or conflict changes. */
export function useField<TDoc extends { etag: string }>(session: DocumentSession<TDoc>, key: string) {
  const value = useSyncExternalStore(session.subscribe, () => session.value(key));
  const conflict = useSyncExternalStore(session.subscribe, () => session.conflict(key));
  const edit = useCallback((next: FieldValue) => session.edit(key, next), [session, key]);
  const flush = useCallback(() => void session.flush(), [session]);
  const resolve = useCallback((r: Resolution) => session.resolve(key, r), [session, key]);
  return { value, conflict, edit, flush, resolve };
}

/**
 * Nothing typed is lost by leaving: drafts are saved when the tab is hidden or the document
 * closed, and the browser asks before a reload while something is still unsaved.
 */
export function useSaveOnLeave<TDoc extends { etag: string }>(session: DocumentSession<TDoc>) {
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && session.hasUnsaved) void session.flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!session.hasUnsaved) return;
      void session.flush();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      session.dispose();
    };
  }, [session]);
}
