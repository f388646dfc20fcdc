/**
 * Who takes part in a dialogue meeting: attendance (Graph's attendance report or marked by hand)
 * and the process dialogue's invited staff. Re-exported from ./meetings.
 */
import { z } from 'zod';
import { id } from './common';

export const MeetingRole = z.enum(['organiser', 'principal', 'staff']);
export type MeetingRole = z.infer<typeof MeetingRole>;

// ------------------------------------------------------------------ attendance

export const AttendanceSource = z.enum(['graph', 'manual', 'none']);
export type AttendanceSource = z.infer<typeof AttendanceSource>;
export const MeetingAttendance = z.strictObject({
  /** Graph's attendance report where the app may read it; else marked by hand. */
  source: AttendanceSource,
  /** When the report was last read; ''. */
  fetchedAt: z.string(),
  /** In Swedish, e.g. why the report could not be read; '' when none. */
  problem: z.string(),
  people: z.array(
    z.strictObject({
      personId: z.string(),
      displayName: z.string(),
      role: MeetingRole,
      /** null: not known (no report and not marked). */
      present: z.boolean().nullable(),
      source: AttendanceSource,
      /** Minutes in the meeting, from the report; null when marked by hand. */
      minutes: z.number().nullable(),
    }),
  ),
  canMark: z.boolean(),
});
export type MeetingAttendance = z.infer<typeof MeetingAttendance>;
export const AttendanceMarkBody = z.strictObject({ present: z.boolean() });

// ------------------------------------------------------------------ process dialogue: invited staff

export const MeetingStaff = z.strictObject({
  unitId: z.string(),
  invited: z.array(z.strictObject({ personId: z.string(), displayName: z.string() })),
  /** The unit's staff the principal may pick from. */
  candidates: z.array(z.strictObject({ personId: z.string(), displayName: z.string() })),
  canEdit: z.boolean(),
});
export type MeetingStaff = z.infer<typeof MeetingStaff>;
export const MeetingStaffBody = z.strictObject({ staffIds: z.array(id).max(20) });
