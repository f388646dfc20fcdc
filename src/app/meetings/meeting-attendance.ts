/**
 * Who came to a dialogue meeting: from the Teams meeting's attendance reports where the app may
 * read them (Graph, OnlineMeetingArtifact.Read.All), else marked by hand in the side panel. A mark
 * by hand wins over the report (the organiser saw who was in the room). The organiser overview's
 * dialogue column reads the same record (attendedBy).
 */
import { z } from 'zod';
import { forbidden, notFound } from '../../domain/errors';
import type { AttendanceSource, MeetingAttendance as AttendanceView } from '../../contract/meetings';
import type { Directory } from '../directory/directory';
import { toInvitation } from '../dialogues/dialogue-records';
import type { MeetingContext } from './meeting-context';
import type { MeetingSetupLog as MeetingSetupLogLike } from './meeting-setup';
import type { MeetingSetup } from './meeting-setup';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { TeamsMeetingsPort } from '../ports/teams-meetings';

const markSchema = z.record(
  z.string(),
  z.object({ present: z.boolean(), source: z.enum(['graph', 'manual']), minutes: z.number().nullable() }),
);
type Marks = z.infer<typeof markSchema>;

/** How long after a meeting's end the background keeps looking for its report. */
const READ_FOR_MS = 14 * 24 * 60 * 60_000;

export function attendanceMarks(record: ListItem | undefined): Marks {
  try {
    return markSchema.parse(JSON.parse(String(record?.fields.attendance || '{}')));
  } catch {
    return {};
  }
}

export class MeetingAttendance {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly setup: MeetingSetup,
    private readonly teams: TeamsMeetingsPort | undefined,
    private readonly clock: Clock,
    private readonly log: MeetingSetupLogLike,
  ) {}

  async get(ctx: MeetingContext): Promise<AttendanceView> {
    return this.view(ctx, await this.setup.record(ctx.group.id));
  }

  /** Reads the meeting's attendance reports from Graph now (the organiser's button); invitees not in them were not there. */
  async refresh(ctx: MeetingContext): Promise<AttendanceView> {
    this.assertCanMark(ctx);
    await this.readReport(ctx.round.id, ctx.group.id, ctx.actor);
    return this.get(ctx);
  }

  /**
   * The background's part (the year wheel's tick): every Teams meeting that has ended and whose
   * report is not read yet is read, so the overview's "Närvaro" column fills without anyone asking.
   * Teams makes the report when the meeting ends; one not there yet is looked for again next tick,
   * for READ_FOR_MS after the end. A meeting marked by hand keeps its marks (the report fills the rest).
   */
  async readEnded(now: Date): Promise<number> {
    if (!this.teams) return 0;
    let read = 0;
    for (const record of await queryAll(this.store, 'dialogueMeetings', {})) {
      if (!record.fields.onlineMeetingId || record.fields.attendanceSource === 'graph') continue;
      const group = await this.store.get('dialogueGroups', String(record.fields.groupId));
      const end = Date.parse(String(group?.fields.end ?? ''));
      if (!Number.isFinite(end) || now.getTime() < end || now.getTime() - end > READ_FOR_MS) continue;
      if (await this.readReport(String(record.fields.roundId), String(record.fields.groupId))) read += 1;
    }
    return read;
  }

  /** Reads the reports into the group's meeting record; true when a report was there. */
  private async readReport(roundId: string, groupId: string, actor?: MeetingContext['actor']): Promise<boolean> {
    const record = actor ? await this.setup.ensureRecord(roundId, groupId, actor) : await this.setup.record(groupId);
    if (!record) return false;
    const meetingId = String(record.fields.onlineMeetingId ?? '');
    if (!this.teams || !meetingId) {
      await this.save(groupId, actor, {
        attendanceProblem: 'Närvaron kan inte hämtas från Teams för det här mötet; markera vilka som kom.',
      });
      return false;
    }
    let entries;
    try {
      entries = await this.teams.attendance(meetingId);
    } catch (e) {
      this.log.error('attendance report not read', { groupId, err: e instanceof Error ? e.message : String(e) });
      await this.save(groupId, actor, {
        attendanceProblem:
          'Teams närvarorapport kunde inte läsas (saknas behörigheten OnlineMeetingArtifact.Read.All?). Markera vilka som kom.',
      });
      return false;
    }
    if (entries.length === 0) {
      await this.save(groupId, actor, { attendanceProblem: 'Teams har ingen närvarorapport för mötet än; den kommer när mötet är slut.' });
      return false;
    }
    const byAad = new Map(entries.filter((e) => e.aadObjectId).map((e) => [e.aadObjectId, e]));
    const byEmail = new Map(entries.filter((e) => e.email).map((e) => [e.email, e]));
    const invitees = await this.invitees(groupId);
    await this.save(
      groupId,
      actor,
      { attendanceSource: 'graph', attendanceFetchedAt: this.clock.now().toISOString(), attendanceProblem: '' },
      async (marks) => {
        for (const inv of invitees) {
          if (marks[inv.personId]?.source === 'manual') continue;
          const person = await this.directory.person(inv.personId);
          const hit = (person?.aadObjectId && byAad.get(person.aadObjectId)) || (person?.email && byEmail.get(person.email.toLowerCase()));
          marks[inv.personId] = {
            present: Boolean(hit),
            source: 'graph',
            minutes: hit ? Math.round(hit.totalAttendanceInSeconds / 60) : 0,
          };
        }
      },
    );
    return true;
  }

  async mark(ctx: MeetingContext, personId: string, present: boolean): Promise<AttendanceView> {
    this.assertCanMark(ctx);
    if (!(await this.invitees(ctx.group.id)).some((i) => i.personId === personId)) throw notFound('Deltagaren');
    await this.setup.ensureRecord(ctx.round.id, ctx.group.id, ctx.actor);
    await this.save(ctx.group.id, ctx.actor, {}, async (marks) => {
      marks[personId] = { present, source: 'manual', minutes: null };
    });
    return this.get(ctx);
  }

  private assertCanMark(ctx: MeetingContext) {
    if (!ctx.rights.canMarkAttendance) throw forbidden('Bara huvudmannanivån för närvaro vid dialogen.');
  }

  /** Writes the group's meeting record (made first when an actor writes); the marks are changed on the record as read, retried on a conflict. */
  private async save(
    groupId: string,
    actor: MeetingContext['actor'] | undefined,
    fields: Record<string, string>,
    change?: (marks: Marks) => Promise<void>,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const record = await this.setup.record(groupId);
      if (!record) return;
      const marks = attendanceMarks(record);
      if (change) await change(marks);
      try {
        await this.store.update(
          'dialogueMeetings',
          record.id,
          { ...fields, attendance: JSON.stringify(marks), ...(actor ? { modifiedById: actor.userId } : {}) },
          { ifMatch: record.etag },
        );
        return;
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 3) throw e;
      }
    }
  }

  private async invitees(groupId: string) {
    return (await queryAll(this.store, 'dialogueInvitations', { groupId })).map(toInvitation);
  }

  private async view(ctx: MeetingContext, record: ListItem | undefined): Promise<AttendanceView> {
    const marks = attendanceMarks(record);
    const people = [];
    for (const inv of await this.invitees(ctx.group.id)) {
      const person = await this.directory.person(inv.personId);
      const mark = marks[inv.personId];
      people.push({
        personId: inv.personId,
        displayName: person?.displayName ?? inv.personId,
        role: inv.role,
        present: mark ? mark.present : null,
        source: (mark?.source ?? 'none') as AttendanceSource,
        minutes: mark?.minutes ?? null,
      });
    }
    const stored = String(record?.fields.attendanceSource ?? '');
    const source: AttendanceSource =
      stored === 'graph' ? 'graph' : Object.values(marks).some((m) => m.source === 'manual') ? 'manual' : 'none';
    return {
      source,
      fetchedAt: String(record?.fields.attendanceFetchedAt ?? ''),
      problem: String(record?.fields.attendanceProblem ?? ''),
      people,
      canMark: ctx.rights.canMarkAttendance,
    };
  }
}
