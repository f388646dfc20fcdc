/**
 * Dialogue rounds, one entry point for the tab, the card and the scheduler: the organiser forms
 * groups (dialogue-rounds), sends invitations that invitees answer (dialogue-invitations), follows
 * the answers (dialogue-answers); the meetings as calendar entries (dialogue-calendar) and the
 * reminders before them (dialogue-reminders). Each job lives in its own file; this class wires them.
 */
import type { Settings } from '../config/settings';
import type { Directory } from '../directory/directory';
import type { AppLinks } from '../outbox/messages';
import type { OutboxService } from '../outbox/outbox';
import type { Reach } from '../outbox/reach';
import type { CalendarFile, CalendarPort } from '../ports/calendar';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import type { YearWheelService } from '../year/year-wheel-service';
import { DialogueAnswers } from './dialogue-answers';
import { DialogueCalendar } from './dialogue-calendar';
import { DialogueCore } from './dialogue-core';
import { DialogueGroupWrites } from './dialogue-group-writes';
import { DialogueInvitations } from './dialogue-invitations';
import type {
  AnswersOverview,
  DialogueGroup,
  DialogueRound,
  GroupInput,
  Invitation,
  InvitationSummary,
  RoundInput,
  RoundPatch,
} from './dialogue-records';
import { DialogueReminders } from './dialogue-reminders';
import { DialogueRounds } from './dialogue-rounds';

export type { AnswersOverview, DialogueGroup, DialogueRound, GroupInput, Invitation, InvitationSummary, RoundInput, RoundPatch };

export class DialogueService {
  readonly propose: DialogueRounds['propose'];
  readonly list: DialogueRounds['list'];
  readonly get: DialogueRounds['get'];
  readonly create: DialogueRounds['create'];
  readonly update: DialogueRounds['update'];
  readonly remove: DialogueRounds['remove'];
  readonly sendInvitations: DialogueInvitations['sendInvitations'];
  readonly invitation: DialogueCore['invitation'];
  readonly invitationView: DialogueInvitations['invitationView'];
  readonly invitationViewFor: DialogueInvitations['invitationViewFor'];
  readonly answer: DialogueInvitations['answer'];
  readonly myInvitations: DialogueInvitations['myInvitations'];
  readonly composeInvitation: DialogueInvitations['composeInvitation'];
  /** The background part of sending a round (an outbox work item per group). */
  readonly performGroupWork: DialogueInvitations['performGroupWork'];
  /** The background part of writing a large round's groups (dialogue-group-writes.ts). */
  readonly performGroupsWrite: DialogueGroupWrites['perform'];
  /** Whether sending does the groups' work in the request or as work items, and what follows each group. */
  readonly roundWork: DialogueInvitations['roundWork'];
  readonly answers: DialogueAnswers['answers'];
  readonly calendarFor: DialogueCalendar['calendarFor'];
  readonly calendarByToken: DialogueCalendar['calendarByToken'];
  /** A group's meeting as a calendar entry (meeting-setup updates the event with it after a change). */
  readonly meeting: DialogueCalendar['meeting'];
  readonly dueReminders: DialogueReminders['dueReminders'];
  readonly composeReminder: DialogueReminders['composeReminder'];
  readonly documentStatus: DialogueCore['documentStatus'];

  constructor(
    store: ListStore,
    directory: Directory,
    wheel: YearWheelService,
    outbox: OutboxService,
    reach: Reach,
    calendar: CalendarPort,
    calendarFile: CalendarFile,
    secrets: Secrets,
    links: AppLinks,
    clock: Clock,
    settings: Settings,
  ) {
    const d = { store, directory, wheel, outbox, reach, calendar, calendarFile, secrets, links, clock, settings };
    const core = new DialogueCore(d);
    const meetings = new DialogueCalendar(d, core);
    const invitations = new DialogueInvitations(d, core, meetings);
    const groupWrites = new DialogueGroupWrites(d, invitations.roundWork);
    const rounds = new DialogueRounds(d, core, groupWrites);
    const answers = new DialogueAnswers(d, core);
    const reminders = new DialogueReminders(d, core);
    this.propose = rounds.propose.bind(rounds);
    this.list = rounds.list.bind(rounds);
    this.get = rounds.get.bind(rounds);
    this.create = rounds.create.bind(rounds);
    this.update = rounds.update.bind(rounds);
    this.remove = rounds.remove.bind(rounds);
    this.sendInvitations = invitations.sendInvitations.bind(invitations);
    this.invitation = core.invitation.bind(core);
    this.invitationView = invitations.invitationView.bind(invitations);
    this.invitationViewFor = invitations.invitationViewFor.bind(invitations);
    this.answer = invitations.answer.bind(invitations);
    this.myInvitations = invitations.myInvitations.bind(invitations);
    this.composeInvitation = invitations.composeInvitation.bind(invitations);
    this.performGroupWork = invitations.performGroupWork.bind(invitations);
    this.performGroupsWrite = groupWrites.perform.bind(groupWrites);
    this.roundWork = invitations.roundWork;
    this.answers = answers.answers.bind(answers);
    this.calendarFor = meetings.calendarFor.bind(meetings);
    this.calendarByToken = meetings.calendarByToken.bind(meetings);
    this.meeting = meetings.meeting.bind(meetings);
    this.dueReminders = reminders.dueReminders.bind(reminders);
    this.composeReminder = reminders.composeReminder.bind(reminders);
    this.documentStatus = core.documentStatus.bind(core);
  }
}
