/**
 * The overview's "Närvaro" column: per unit, in how many of the year's dialogues its principal(s)
 * were there, from the attendance recorded on each group's meeting (Graph report or marked in the
 * side panel, see meetings/meeting-attendance.ts). Joined in memory from the year's invitations and
 * meeting records; null for a unit with nothing recorded.
 */
import { attendanceMarks } from '../meetings/meeting-attendance';
import type { ListItem } from '../ports/list-store';

export interface UnitAttendance {
  attended: number;
  invited: number;
}

const unitIdsOf = (v: unknown): string[] => {
  try {
    const parsed: unknown = typeof v === 'string' && v ? JSON.parse(v) : [];
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
};

/** unitId → attendance over the dialogues (groups) its principals were invited to. */
export function attendanceByUnit(invitations: ListItem[], meetings: ListItem[]): Map<string, UnitAttendance | null> {
  const marksByGroup = new Map(meetings.map((m) => [String(m.fields.groupId), attendanceMarks(m)]));
  // unit → group → principals invited for the unit in that group
  const principals = new Map<string, Map<string, string[]>>();
  for (const inv of invitations) {
    if (inv.fields.role !== 'principal') continue;
    const groupId = String(inv.fields.groupId);
    for (const unitId of unitIdsOf(inv.fields.unitIds)) {
      const groups = principals.get(unitId) ?? new Map<string, string[]>();
      groups.set(groupId, [...(groups.get(groupId) ?? []), String(inv.fields.personId)]);
      principals.set(unitId, groups);
    }
  }
  const result = new Map<string, UnitAttendance | null>();
  for (const [unitId, groups] of principals) {
    let attended = 0;
    let recorded = false;
    for (const [groupId, people] of groups) {
      const marks = marksByGroup.get(groupId) ?? {};
      if (people.some((p) => marks[p])) recorded = true;
      if (people.some((p) => marks[p]?.present)) attended += 1;
    }
    result.set(unitId, recorded ? { attended, invited: groups.size } : null);
  }
  return result;
}
