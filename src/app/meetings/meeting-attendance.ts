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

  /** Reads the meeting's attendance reports from Graph; invitees not in them were not there. */
  async refresh(ctx: MeetingContext): Promise<AttendanceView> {
    this.assertCanMark(ctx);
    const record = await this.setup.ensureRecord(ctx.round.id, ctx.group.id, ctx.actor);
    const meetingId = String(record.fields.onlineMeetingId ?? '');
    if (!this.teams || !meetingId) {
      return this.save(ctx, { attendanceProblem: 'Närvaron kan inte hämtas från Teams för det här mötet; markera vilka som kom.' });
    }
    let entries;
    try {
      entries = await this.teams.attendance(meetingId);
    } catch (e) {
      this.log.error('attendance report not read', { groupId: ctx.group.id, err: e instanceof Error ? e.message : String(e) });
      return this.save(ctx, {
        attendanceProblem:
          'Teams närvarorapport kunde inte läsas (saknas behörigheten OnlineMeetingArtifact.Read.All?). Markera vilka som kom.',
      });
    }
    if (entries.length === 0)
      return this.save(ctx, { attendanceProblem: 'Teams har ingen närvarorapport för mötet än; den kommer när mötet är slut.' });
    const byAad = new Map(entries.filter((e) => e.aadObjectId).map((e) => [e.aadObjectId, e]));
    const byEmail = new Map(entries.filter((e) => e.email).map((e) => [e.email, e]));
    return this.save(
      ctx,
      { attendanceSource: 'graph', attendanceFetchedAt: this.clock.now().toISOString(), attendanceProblem: '' },
      async (marks) => {
        for (const inv of await this.invitees(ctx)) {
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
  }

  async mark(ctx: MeetingContext, personId: string, present: boolean): Promise<AttendanceView> {
    this.assertCanMark(ctx);
    if (!(await this.invitees(ctx)).some((i) => i.personId === personId)) throw notFound('Deltagaren');
    return this.save(ctx, {}, async (marks) => {
      marks[personId] = { present, source: 'manual', minutes: null };
    });
  }

  private assertCanMark(ctx: MeetingContext) {
    if (!ctx.rights.canMarkAttendance) throw forbidden('Bara huvudmannanivån för närvaro vid dialogen.');
  }

  private async save(
    ctx: MeetingContext,
    fields: Record<string, string>,
    change?: (marks: Marks) => Promise<void>,
  ): Promise<AttendanceView> {
    for (let attempt = 0; ; attempt++) {
      const record = await this.setup.ensureRecord(ctx.round.id, ctx.group.id, ctx.actor);
      const marks = attendanceMarks(record);
      if (change) await change(marks);
      try {
        const saved = await this.store.update(
          'dialogueMeetings',
          record.id,
          { ...fields, attendance: JSON.stringify(marks), modifiedById: ctx.actor.userId },
          { ifMatch: record.etag },
        );
        return this.view(ctx, saved);
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 3) throw e;
      }
    }
  }

  private async invitees(ctx: MeetingContext) {
    return (await queryAll(this.store, 'dialogueInvitations', { groupId: ctx.group.id })).map(toInvitation);
  }

  private async view(ctx: MeetingContext, record: ListItem | undefined): Promise<AttendanceView> {
    const marks = attendanceMarks(record);
    const people = [];
    for (const inv of await this.invitees(ctx)) {
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
