/** The meeting tab's words and addresses: which meeting and unit, the stage's address. (The success factors' labels come with the meeting view.) */
import type { MeetingRole } from '../../api/meeting-types';

export const MEETING_ROLE_LABELS: Record<MeetingRole, string> = { organiser: 'huvudmannanivå', principal: 'rektor', staff: 'medarbetare' };

export interface MeetingAddress {
  roundId: string;
  groupId: string;
  /** On the stage: the unit whose document was shared. */
  stageUnitId: string;
}

export function meetingAddress(search: string = window.location.search): MeetingAddress | null {
  const params = new URLSearchParams(search);
  const roundId = params.get('roundId') ?? '';
  const groupId = params.get('groupId') ?? '';
  return roundId && groupId ? { roundId, groupId, stageUnitId: params.get('stageUnit') ?? '' } : null;
}

/** The page the stage shows for one unit: the same tab, told which unit (the host opens it in meetingStage). */
export function stageUrl(origin: string, address: MeetingAddress, unitId: string): string {
  const query = new URLSearchParams({
    inTeams: '1',
    view: 'meeting',
    roundId: address.roundId,
    groupId: address.groupId,
    stageUnit: unitId,
  });
  return `${origin}/?${query.toString()}`;
}

/** A new action's id: stable across writes, of the characters the contract allows. */
export const newActionId = () =>
  crypto.randomUUID ? crypto.randomUUID() : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
