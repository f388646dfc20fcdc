import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { MeetingApi } from '../../api/meeting-api';
import type { MeetingAttendance, MeetingNote, MeetingStaff, SuccessFactorCatalogue } from '../../api/meeting-types';
import type { PlanDocument } from '../../api/types';
import { loadMeetingHost } from '../../host/meeting';
import { useAsync } from '../../shared/hooks/use-async';
import { useServices } from '../../shared/hooks/services';
import type { DocumentSession } from '../../shared/document/document-session';
import type { MeetingAddress } from './meeting-texts';
import { noteSession } from './note-session';

/** The meeting's API client and where in Teams the tab is (side panel, stage, a tab). */
export function useMeeting(address: MeetingAddress) {
  const { auth, host, signOut } = useServices();
  const meetingApi = useMemo(
    () => new MeetingApi({ getToken: () => auth.getToken(), onUnauthorized: signOut }, address.roundId, address.groupId),
    [auth, signOut, address.roundId, address.groupId],
  );
  const seam = useAsync(() => loadMeetingHost(host), [host]);
  const view = useAsync(() => meetingApi.view(), [meetingApi]);
  return { meetingApi, seam, view };
}

/**
 * One editing session per unit's note, kept while the panel is open; the notes are read again every
 * few seconds so each writer sees the other's saved text (drafts are checked against it).
 */
export function useNoteSessions(meetingApi: MeetingApi, catalogue: SuccessFactorCatalogue, pollMs = 4000) {
  const sessions = useRef(new Map<string, DocumentSession<MeetingNote>>());
  const notes = useAsync(() => meetingApi.notes(), [meetingApi]);
  const [, setRevision] = useState(0);

  useEffect(() => {
    if (notes.status !== 'ready') return;
    let changed = false;
    for (const note of notes.data) {
      const session = sessions.current.get(note.unitId);
      if (!session) {
        sessions.current.set(note.unitId, noteSession(meetingApi, note, catalogue));
        changed = true;
      } else if (session.doc.etag !== note.etag && note.modified >= session.doc.modified && session.getSnapshot().save.kind !== 'saving') {
        // Someone else saved: adopt it; a draft on a field they also changed becomes a merge.
        session.replace(note);
      }
    }
    if (changed) setRevision((r) => r + 1);
  }, [notes, meetingApi, catalogue]);

  const { reload } = notes;
  useEffect(() => {
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs]);

  useEffect(() => {
    const all = sessions.current;
    return () => all.forEach((s) => s.dispose());
  }, []);

  return { status: notes.status, error: notes.error, session: (unitId: string) => sessions.current.get(unitId) };
}

/** Who came: the attendance report where the app may read it, else marked here. */
export function useAttendance(meetingApi: MeetingApi) {
  const attendance = useAsync(() => meetingApi.attendance(), [meetingApi]);
  const [latest, setLatest] = useState<MeetingAttendance | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (op: () => Promise<MeetingAttendance>) => {
    setError(null);
    try {
      setLatest(await op());
    } catch (e) {
      setError(toApiError(e));
    }
  }, []);
  return {
    attendance: latest ?? attendance.data ?? null,
    loading: attendance.status === 'loading' && !latest,
    error: error ?? attendance.error ?? null,
    mark: (personId: string, present: boolean) => run(() => meetingApi.markAttendance(personId, present)),
    refresh: () => run(() => meetingApi.refreshAttendance()),
  };
}

/** The process dialogue's invited staff, picked by the principal. */
export function useStaff(meetingApi: MeetingApi, enabled: boolean) {
  const staff = useAsync(async () => (enabled ? meetingApi.staff() : null), [meetingApi, enabled]);
  const [saved, setSaved] = useState<MeetingStaff | null>(null);
  const save = useCallback(
    async (ids: string[]): Promise<ApiError | null> => {
      try {
        setSaved(await meetingApi.pickStaff(ids));
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [meetingApi],
  );
  return { staff: saved ?? staff.data ?? null, error: staff.error ?? null, save };
}

/** The unit's plan, for the commitments an agreed action may follow up (null until read, or not started). */
export function usePlanForActions(unitId: string, schoolYear: string, enabled: boolean) {
  const { api } = useServices();
  return useAsync<PlanDocument | null>(async () => (enabled ? api.plan(unitId, schoolYear) : null), [api, unitId, schoolYear, enabled]);
}
