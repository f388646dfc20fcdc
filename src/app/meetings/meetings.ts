/**
 * The dialogue meeting's use cases in one place for the entry points (HTTP routes, the outbox's
 * composer): each call first checks that the actor takes part in the group's meeting.
 */
import type { Actor } from '../../domain/identity';
import type { GroupPatchInput, MeetingActionInput, MeetingNoteInput, MeetingQuestionsInput } from '../../contract/meetings';
import type { MeetingAttendance } from './meeting-attendance';
import type { MeetingContexts } from './meeting-context';
import type { MeetingPlanLinks } from './meeting-links';
import type { MeetingNotes } from './meeting-notes';
import type { MeetingQuestions } from './meeting-questions';
import type { MeetingSetup } from './meeting-setup';
import type { MeetingStaff } from './meeting-staff';
import type { MeetingViews } from './meeting-view';

export interface MeetingParts {
  contexts: MeetingContexts;
  setup: MeetingSetup;
  views: MeetingViews;
  notes: MeetingNotes;
  questions: MeetingQuestions;
  attendance: MeetingAttendance;
  staff: MeetingStaff;
  planLinks: MeetingPlanLinks;
}

export class Meetings {
  constructor(readonly parts: MeetingParts) {}

  private ctx(actor: Actor, roundId: string, groupId: string) {
    return this.parts.contexts.load(actor, roundId, groupId);
  }

  sendInvitations = (actor: Actor, roundId: string) => this.parts.setup.sendInvitations(actor, roundId);
  changeGroup = (actor: Actor, roundId: string, groupId: string, ifMatch: string, patch: GroupPatchInput) =>
    this.parts.setup.changeGroup(actor, roundId, groupId, ifMatch, patch);
  mine = (actor: Actor, chatId?: string) => this.parts.views.mine(actor, chatId);
  planLinks = (actor: Actor, unitId: string, schoolYear: string) => this.parts.planLinks.forPlan(actor, unitId, schoolYear);

  async view(actor: Actor, roundId: string, groupId: string) {
    return this.parts.views.view(await this.ctx(actor, roundId, groupId));
  }
  async notes(actor: Actor, roundId: string, groupId: string) {
    return this.parts.notes.list(await this.ctx(actor, roundId, groupId));
  }
  async writeNote(actor: Actor, roundId: string, groupId: string, unitId: string, ifMatch: string | undefined, input: MeetingNoteInput) {
    return this.parts.notes.write(await this.ctx(actor, roundId, groupId), unitId, ifMatch, input);
  }
  async convertAction(actor: Actor, roundId: string, groupId: string, unitId: string, actionId: string, input: MeetingActionInput) {
    return this.parts.notes.convert(await this.ctx(actor, roundId, groupId), unitId, actionId, input);
  }
  async writeQuestions(actor: Actor, roundId: string, groupId: string, ifMatch: string | undefined, input: MeetingQuestionsInput) {
    return this.parts.questions.write(await this.ctx(actor, roundId, groupId), ifMatch, input);
  }
  async attendance(actor: Actor, roundId: string, groupId: string) {
    return this.parts.attendance.get(await this.ctx(actor, roundId, groupId));
  }
  async refreshAttendance(actor: Actor, roundId: string, groupId: string) {
    return this.parts.attendance.refresh(await this.ctx(actor, roundId, groupId));
  }
  async markAttendance(actor: Actor, roundId: string, groupId: string, personId: string, present: boolean) {
    return this.parts.attendance.mark(await this.ctx(actor, roundId, groupId), personId, present);
  }
  async staff(actor: Actor, roundId: string, groupId: string) {
    return this.parts.staff.get(await this.ctx(actor, roundId, groupId));
  }
  async pickStaff(actor: Actor, roundId: string, groupId: string, staffIds: string[]) {
    return this.parts.staff.pick(await this.ctx(actor, roundId, groupId), staffIds);
  }
}
