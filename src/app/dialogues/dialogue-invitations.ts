/**
 * Invitations: sent through the outbox when the round is ready (one per person and group); the
 * invitee answers from the card or the tab (one use case); the invitation as card and tab show it.
 */
import { assertCanAnswer, assertReadyToInvite, type Answer } from '../../domain/dialogue';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { DialogueInvitationView } from '../outbox/messages';
import type { Composed } from '../outbox/message-composer';
import type { OutboxItem } from '../outbox/outbox-items';
import { queryAll } from '../ports/list-store';
import type { DialogueCalendar } from './dialogue-calendar';
import type { DialogueCore, DialogueDeps, Invitee } from './dialogue-core';
import { source, toInvitation, type DialogueGroup, type DialogueRound, type InvitationSummary } from './dialogue-records';
import { buildInvitationView, loadRoundContext, RoundContexts } from './invitation-view';

/** The work item that sets a group up in the background, and where a round's work items are found. */
const GROUP_WORK = 'dialogueGroupSetup' as const;
export const workSource = (roundId: string) => `roundWork:${roundId}`;
/** Invitations created (and their cards queued) per step: one pacing look each, a $batch on Graph. */
const INVITATIONS_AT_ONCE = 5;
/** About so many invitations a work item; its cards go out while the next item works. */
const INVITATIONS_PER_ITEM = 20;

const groupWorkItem = (roundId: string, organiserId: string, from: number) => ({
  key: `${GROUP_WORK}:${roundId}:${from}`,
  personId: organiserId,
  kind: GROUP_WORK,
  payload: { roundId, organiserId, from },
  source: workSource(roundId),
});

export class DialogueInvitations {
  constructor(
    private readonly d: DialogueDeps,
    private readonly core: DialogueCore,
    private readonly meetings: DialogueCalendar,
  ) {}

  private readonly contexts = new RoundContexts((roundId) => loadRoundContext(this.d, this.core, roundId));

  /**
   * Sends the round's invitations: one invitation per person and group, one outbox item each
   * (idempotent: sending again queues nothing new). With Outlook as the calendar, each group's
   * meeting is created once, with its Teams link. On SharePoint (`inline` off) the request only
   * records the decision (the round's invitedAt and one work item per group) and the leader's
   * background drain does each group's booking and invitations, paced by the Graph budget.
   */
  async sendInvitations(actor: Actor, roundId: string): Promise<InvitationSummary> {
    this.core.assertOrganiser(actor);
    const round = await this.core.round(roundId);
    this.core.assertGroupsWritten(round);
    assertReadyToInvite(round.groups);
    const type = await this.core.typeOf(round.kind);
    const principals = await this.core.principalsByUnit();
    const inviteesOf = (group: DialogueGroup) => this.core.inviteesOf(round, type, group, principals);
    let summary: { invitations: number; queued: number; alreadyQueued: number };
    if (this.roundWork.inline) {
      summary = { invitations: 0, queued: 0, alreadyQueued: 0 };
      for (const group of round.groups) {
        const done = await this.setUpGroup(round, group, inviteesOf(group), actor.userId, async () => undefined);
        summary.invitations += done.invitations;
        summary.queued += done.queued;
        summary.alreadyQueued += done.alreadyQueued;
      }
    } else summary = await this.queueGroupWork(round, actor.userId, inviteesOf);
    if (!round.invitedAt)
      await this.d.store.update('dialogueRounds', roundId, { invitedAt: this.d.clock.now().toISOString(), modifiedById: actor.userId });
    const personIds = [...new Set(round.groups.flatMap((g) => inviteesOf(g).map((i) => i.personId)))];
    const missing = await this.d.reach.unreachable(personIds);
    const withoutConversation = await Promise.all(
      missing.map(async (id) => ({ personId: id, displayName: (await this.d.directory.person(id))?.displayName ?? id })),
    );
    return { ...summary, withoutConversation };
  }

  /** How a round's per-group work runs: in the request (SQLite: nothing is metered) or as background work items. */
  roundWork: { inline: boolean; afterGroup?: (roundId: string, groupId: string, organiserId: string) => Promise<void> } = { inline: true };

  /**
   * The round's first work item (one enqueue, however many groups): each item sets up the next
   * groups, about INVITATIONS_PER_ITEM invitations, and queues the item for the groups after them.
   */
  private async queueGroupWork(round: DialogueRound, organiserId: string, inviteesOf: (g: DialogueGroup) => Invitee[]) {
    const { isNew } = await this.d.outbox.enqueue([groupWorkItem(round.id, organiserId, 0)]);
    const invitations = round.groups.reduce((sum, g) => sum + inviteesOf(g).length, 0);
    return isNew[0] ? { invitations, queued: invitations, alreadyQueued: 0 } : { invitations, queued: 0, alreadyQueued: invitations };
  }

  /**
   * The background part of sending (a GROUP_WORK item): from group `from` on, the groups'
   * bookings, invitations and cards, then the item for the rest. Everything is keyed, so a retry
   * or a takeover repeats nothing.
   */
  async performGroupWork(item: OutboxItem, pace: () => Promise<void>): Promise<void> {
    const { roundId, organiserId, from } = item.payload as { roundId: string; organiserId: string; from: number };
    const round = await this.core.round(roundId);
    const type = await this.core.typeOf(round.kind);
    const principals = await this.core.principalsByUnit();
    let next = from;
    for (let invitations = 0; next < round.groups.length && invitations < INVITATIONS_PER_ITEM; next++) {
      const group = round.groups[next];
      const invitees = this.core.inviteesOf(round, type, group, principals);
      await this.setUpGroup(round, group, invitees, organiserId, pace);
      await this.roundWork.afterGroup?.(roundId, group.id, organiserId);
      invitations += invitees.length;
    }
    if (next < round.groups.length) await this.d.outbox.enqueue([groupWorkItem(roundId, organiserId, next)]);
  }

  /** A group's booking (once), its invitations (keyed) and their cards (keyed): each step repeats nothing. */
  private async setUpGroup(
    round: DialogueRound,
    group: DialogueGroup,
    invitees: Invitee[],
    organiserId: string,
    pace: () => Promise<void>,
  ) {
    if (!group.calendarEventId) {
      await pace();
      const booked = await this.d.calendar.book(() => this.meetings.meeting(round, group, organiserId));
      if (booked) {
        await this.d.store.update('dialogueGroups', group.id, {
          calendarEventId: booked.eventId,
          meetingUrl: group.meetingUrl || booked.joinUrl,
          modifiedById: organiserId,
        });
      }
    }
    const totals = { invitations: 0, queued: 0, alreadyQueued: 0 };
    for (let c = 0; c < invitees.length; c += INVITATIONS_AT_ONCE) {
      await pace();
      const chunk = invitees.slice(c, c + INVITATIONS_AT_ONCE);
      const items = await this.d.store.createMany(
        'dialogueInvitations',
        chunk.map((invitee) => ({
          key: `invitation:${group.id}:${invitee.personId}`,
          fields: {
            roundId: round.id,
            groupId: group.id,
            personId: invitee.personId,
            role: invitee.role,
            unitIds: JSON.stringify(invitee.unitIds),
            answer: 'pending',
            answerNote: '',
            answeredAt: null,
            calendarToken: this.d.secrets.newCode(),
            modifiedById: organiserId,
          },
        })),
      );
      const queued = await this.d.outbox.enqueue(
        items.map((item, j) => ({
          key: `dialogueInvitation:${item.id}`,
          personId: chunk[j].personId,
          kind: 'dialogueInvitation' as const,
          payload: { invitationId: item.id },
          source: source(round.id),
        })),
      );
      totals.invitations += items.length;
      totals.queued += queued.created;
      totals.alreadyQueued += queued.existing;
    }
    return totals;
  }

  /** The invitation as its card and the tab show it (read afresh). */
  async invitationView(invitationId: string): Promise<DialogueInvitationView> {
    const invitation = await this.core.invitation(invitationId);
    return buildInvitationView(this.d, await loadRoundContext(this.d, this.core, invitation.roundId), invitation);
  }

  /** The invitation as its invitee sees it (a card's "Ändra svar" and refresh): only theirs. */
  async invitationViewFor(actor: Actor, invitationId: string): Promise<DialogueInvitationView> {
    const invitation = await this.core.invitation(invitationId);
    if (invitation.personId !== actor.userId) throw forbidden('Inbjudan gäller någon annan.');
    return buildInvitationView(this.d, await loadRoundContext(this.d, this.core, invitation.roundId), invitation);
  }

  /** The invitee answers: accept, decline, or ask for another time (with a note). Card and tab alike. */
  async answer(actor: Actor, invitationId: string, answer: Exclude<Answer, 'pending'>, note = ''): Promise<DialogueInvitationView> {
    const invitation = await this.core.invitation(invitationId);
    if (invitation.personId !== actor.userId) throw forbidden('Inbjudan gäller någon annan.');
    const round = await this.core.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    assertCanAnswer(group?.start, this.d.clock.now());
    const trimmed = note.trim().slice(0, 1000);
    if (answer === 'otherTime' && !trimmed) throw new DomainError('VALIDATION_FAILED', 'Skriv vilken tid som skulle passa bättre.');
    const updated = await this.d.store.update('dialogueInvitations', invitationId, {
      answer,
      answerNote: trimmed,
      answeredAt: this.d.clock.now().toISOString(),
      modifiedById: actor.userId,
    });
    // The view from what was just read and written (the update answers with the item), not read again.
    return buildInvitationView(this.d, await loadRoundContext(this.d, this.core, round), toInvitation(updated));
  }

  async myInvitations(actor: Actor): Promise<DialogueInvitationView[]> {
    const items = await queryAll(this.d.store, 'dialogueInvitations', { personId: actor.userId });
    const views = await Promise.all(items.map((i) => this.invitationView(i.id).catch(() => undefined)));
    return views.filter((v): v is DialogueInvitationView => v !== undefined).sort((a, b) => a.start.localeCompare(b.start));
  }

  /** A card for the outbox: the round's shared reads once per round while its cards go out. */
  async composeInvitation(item: OutboxItem): Promise<Composed> {
    const invitation = await this.core.invitation(String(item.payload.invitationId));
    // A card after a change (payload.sequence) needs the group as changed, not a context kept from before it.
    const sequence = Number(item.payload.sequence ?? 0);
    const ctx = await this.contexts.get(
      invitation.roundId,
      (c) => (c.round.groups.find((g) => g.id === invitation.groupId)?.sequence ?? 0) >= sequence,
    );
    return { kind: 'dialogueInvitation', view: await buildInvitationView(this.d, ctx, invitation) };
  }
}
