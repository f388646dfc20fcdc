/**
 * A dialogue group's Teams meeting: on sending, after the Outlook event exists (DialogueService),
 * the app goes into the meeting chat with its tab (failures logged and shown to the organiser, never
 * fatal); a change of time, place or link after sending updates the event and sends everyone an
 * updated invitation card through the outbox (one per person and change: idempotent).
 */
import { isOrganiser } from '../../domain/access';
import { assertRound, unitForms } from '../../domain/dialogue';
import { DomainError, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { checkMeetingLink, isTeamsJoinLink } from '../../domain/links';
import { MEETING_TAB, type GroupMeeting, type GroupPatchInput } from '../../contract/meetings';
import { dialogueTypesOf } from '../../domain/year-wheel';
import type { DialogueGroup, DialogueRound, DialogueService, InvitationSummary } from '../dialogues/dialogues';
import { source, toInvitation } from '../dialogues/dialogue-records';
import type { Directory } from '../directory/directory';
import type { Composed } from '../outbox/message-composer';
import type { OutboxService } from '../outbox/outbox';
import type { OutboxItem } from '../outbox/outbox-items';
import type { CalendarPort } from '../ports/calendar';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { TeamsMeetingsPort } from '../ports/teams-meetings';
import type { YearWheelService } from '../year/year-wheel-service';

export interface MeetingSetupLog {
  info(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const APP_FAILED =
  'Appen kunde inte läggas till i mötets chatt, så fliken med enheternas dokument saknas i mötet. Dialogen och länken fungerar ändå; fliken kan läggas till för hand i mötet.';

export class MeetingSetup {
  constructor(
    private readonly store: ListStore,
    private readonly dialogues: DialogueService,
    private readonly wheel: YearWheelService,
    private readonly directory: Directory,
    private readonly calendar: CalendarPort,
    /** Absent when the app may not reach Teams (no Graph calendar): the tab is then added by hand. */
    private readonly teams: TeamsMeetingsPort | undefined,
    private readonly outbox: OutboxService,
    /** The tab's address (TAB_ENDPOINT), for the meeting tab's contentUrl. */
    private readonly tabEndpoint: string,
    private readonly log: MeetingSetupLog,
  ) {}

  /** Sends the round's invitations (DialogueService), then puts the app in each group's meeting. */
  async sendInvitations(
    actor: Actor,
    roundId: string,
  ): Promise<InvitationSummary & { meetings: ({ groupId: string; groupName: string } & GroupMeeting)[] }> {
    const summary = await this.dialogues.sendInvitations(actor, roundId);
    const round = await this.dialogues.get(actor, roundId);
    const meetings = [];
    for (const group of round.groups)
      meetings.push({ groupId: group.id, groupName: group.name, ...(await this.setUp(round, group, actor)) });
    return { ...summary, meetings };
  }

  /** After a group was booked in the background (a dialogue work item): the app into its Teams meeting. */
  async setUpGroup(roundId: string, groupId: string, actor: Actor): Promise<void> {
    const round = await this.dialogues.get(actor, roundId);
    const group = round.groups.find((g) => g.id === groupId);
    if (group) await this.setUp(round, group, actor);
  }

  /** The group's meeting as it stands (for the round's answer and the meeting view). */
  async meetingOf(round: Pick<DialogueRound, 'meetingUrl'>, group: DialogueGroup): Promise<GroupMeeting> {
    const record = await this.record(group.id);
    const app = String(record?.fields.app ?? '');
    return {
      calendar: group.calendarEventId ? 'outlook' : 'ics',
      joinUrl: group.meetingUrl || round.meetingUrl,
      app: app === 'installed' || app === 'failed' ? app : 'notTried',
      problem: String(record?.fields.problem ?? ''),
    };
  }

  private async setUp(round: DialogueRound, group: DialogueGroup, actor: Actor): Promise<GroupMeeting> {
    const current = await this.meetingOf(round, group);
    if (current.app === 'installed' || !this.teams || current.calendar !== 'outlook' || !isTeamsJoinLink(current.joinUrl)) return current;
    const record = await this.ensureRecord(round.id, group.id, actor);
    try {
      const found = await this.teams.find(current.joinUrl);
      if (!found) throw new Error('Graph knows no online meeting for the join link');
      await this.teams.installApp(found.chatId);
      const contentUrl = `${this.tabEndpoint}${MEETING_TAB.contentPath(round.id, group.id)}`;
      await this.teams.addTab(found.chatId, {
        displayName: 'Dialogen',
        entityId: MEETING_TAB.entityId,
        contentUrl,
        websiteUrl: contentUrl.replace('inTeams=1&', ''),
      });
      await this.store.update('dialogueMeetings', record.id, {
        onlineMeetingId: found.meetingId,
        chatId: found.chatId,
        app: 'installed',
        problem: '',
        modifiedById: actor.userId,
      });
      return { ...current, app: 'installed', problem: '' };
    } catch (e) {
      this.log.error('meeting app not added', { roundId: round.id, groupId: group.id, err: e instanceof Error ? e.message : String(e) });
      await this.store.update('dialogueMeetings', record.id, { app: 'failed', problem: APP_FAILED, modifiedById: actor.userId });
      return { ...current, app: 'failed', problem: APP_FAILED };
    }
  }

  /** Changes one group's time, place or link; after sending, the event follows and everyone gets the updated card. */
  async changeGroup(actor: Actor, roundId: string, groupId: string, ifMatch: string, patch: GroupPatchInput): Promise<DialogueRound> {
    const round = await this.dialogues.get(actor, roundId);
    if (ifMatch !== round.etag)
      throw new DomainError('CONFLICT', 'Någon annan har ändrat dialogomgången sedan du öppnade den. Ladda om och gör din ändring igen.');
    const group = round.groups.find((g) => g.id === groupId);
    if (!group) throw notFound('Dialoggruppen');
    checkMeetingLink(patch.meetingUrl, `Möteslänken för ${group.name}`);
    const next = {
      start: patch.start ? new Date(patch.start).toISOString() : group.start,
      end: patch.end ? new Date(patch.end).toISOString() : group.end,
      place: patch.place ?? group.place,
      meetingUrl: patch.meetingUrl ?? group.meetingUrl,
    };
    if (next.start === group.start && next.end === group.end && next.place === group.place && next.meetingUrl === group.meetingUrl)
      return round;
    const type = (await this.typesByKey()).get(round.kind)!;
    const units = new Map((await this.directory.allUnits()).map((u) => [u.id, u]));
    const groups = round.groups
      .map((g) => (g.id === groupId ? { ...g, ...next } : g))
      .map((g) => ({ ...g, start: g.start || undefined, end: g.end || undefined }));
    assertRound({ type, windowStart: round.windowStart, windowEnd: round.windowEnd, groups }, (id) => unitForms(units.get(id)));
    const sequence = group.sequence + 1;
    await this.store.update('dialogueGroups', groupId, { ...next, sequence, modifiedById: actor.userId });
    await this.store.update('dialogueRounds', roundId, { modifiedById: actor.userId }); // a new ETag for the round
    const changed = await this.dialogues.get(actor, roundId);
    if (round.invitedAt)
      await this.announce(
        changed,
        changed.groups.find((g) => g.id === groupId)!,
        sequence,
      );
    return changed;
  }

  /** The Outlook event follows the change; every invitee gets the card again, once per change. */
  private async announce(round: DialogueRound, group: DialogueGroup, sequence: number) {
    if (group.calendarEventId) {
      await this.calendar.update(group.calendarEventId, await this.dialogues.meeting(round, group, round.organiserRepIds[0] ?? ''));
    }
    const invitations = (await queryAll(this.store, 'dialogueInvitations', { groupId: group.id })).map(toInvitation);
    await this.outbox.enqueue(
      invitations.map((inv) => ({
        key: `dialogueInvitation:${inv.id}:v${sequence}`,
        personId: inv.personId,
        kind: 'dialogueInvitation' as const,
        payload: { invitationId: inv.id, sequence },
        source: source(round.id),
      })),
    );
  }

  /** The invitation card; one sent after a change says so at the top. */
  async composeInvitation(item: OutboxItem): Promise<Composed> {
    const composed = await this.dialogues.composeInvitation(item);
    if (!item.payload.sequence || 'skip' in composed || composed.kind !== 'dialogueInvitation') return composed;
    return {
      ...composed,
      view: { ...composed.view, changeNote: 'Ändrad inbjudan: tiden, platsen eller länken har ändrats sedan förra kortet.' },
    };
  }

  private async typesByKey() {
    return new Map(dialogueTypesOf(await this.wheel.wheel()).map((t) => [t.key, t]));
  }

  async record(groupId: string): Promise<ListItem | undefined> {
    return (await queryAll(this.store, 'dialogueMeetings', { groupId }))[0];
  }

  async ensureRecord(roundId: string, groupId: string, actor: Actor): Promise<ListItem> {
    return (
      (await this.record(groupId)) ??
      this.store.create(
        'dialogueMeetings',
        {
          groupId,
          roundId,
          app: 'notTried',
          problem: '',
          questions: '[]',
          questionsRev: 0,
          attendance: '{}',
          attendanceSource: 'none',
          modifiedById: isOrganiser(actor) ? actor.userId : '',
        },
        { key: `dialogueMeeting:${groupId}` },
      )
    );
  }
}
