import { useMemo } from 'react';
import { meetingPlanLinks } from '../../api/meeting-api';
import type { MeetingFollowUpPrefix, MeetingPlanLink } from '../../api/meeting-types';
import { useAsync } from '../../shared/hooks/use-async';
import { useServices } from '../../shared/hooks/services';

/** One read per plan shown, shared by its commitments' follow-up lists (kept a few seconds). */
const recent = new Map<string, { at: number; links: Promise<MeetingPlanLink[]> }>();
const KEEP_MS = 5000;
const PREFIX: MeetingFollowUpPrefix = 'Överenskommet i dialogen: ';

/** Whether a follow-up was made from a meeting note's action (only then are the links asked for). */
export const fromMeeting = (note: string) => note.startsWith(PREFIX);

/**
 * The follow-ups of a unit's plan that came from a dialogue meeting's note, by follow-up id, with
 * the way back to the note. Empty while loading or when the links cannot be read (the plan works without them).
 */
export function useMeetingPlanLinks(unitId: string, schoolYear: string, wanted: boolean): Map<string, MeetingPlanLink> {
  const { auth, signOut } = useServices();
  const state = useAsync(() => {
    if (!wanted) return Promise.resolve([] as MeetingPlanLink[]);
    const key = `${unitId}|${schoolYear}`;
    const hit = recent.get(key);
    if (hit && Date.now() - hit.at < KEEP_MS) return hit.links;
    const links = meetingPlanLinks({ getToken: () => auth.getToken(), onUnauthorized: signOut }, unitId, schoolYear).catch(
      () => [] as MeetingPlanLink[],
    );
    recent.set(key, { at: Date.now(), links });
    return links;
  }, [auth, signOut, unitId, schoolYear, wanted]);
  return useMemo(
    () => new Map((state.status === 'ready' ? state.data : []).filter((l) => l.followUpId).map((l) => [l.followUpId, l])),
    [state],
  );
}
