/**
 * Invitations: sent through the outbox when the round is ready (one per person and group); the
 * invitee answers from the card or the tab (one use case); the invitation as card and tab show it.
 */
import { assertCanAnswer, assertReadyToInvite, type Answer } from '../../domain/dialogue';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { DialogueInvitationView } from '../outbox/messages';
import type { Composed } from '../outbox/message-composer';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox';
import { queryAll } from '../ports/list-store';
import type { DialogueCalendar } from './dialogue-calendar';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import { source, type InvitationSummary } from './dialogue-records';
import { buildInvitationView, loadRoundContext, RoundContexts } from './invitation-view';

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
   * meeting is created once, with its Teams link.
   */
  async sendInvitations(actor: Actor, roundId: string): Promise<InvitationSummary> {
    this.core.assertOrganiser(actor);
    const round = await this.core.round(roundId);
    assertReadyToInvite(round.groups);
    const type = await this.core.typeOf(round.kind);
    const principals = await this.core.principalsByUnit();
    const items: NewOutboxItem[] = [];
    let invitations = 0;
    for (const group of round.groups) {
      if (!group.calendarEventId) {
        const booked = await this.d.calendar.book(() => this.meetings.meeting(round, group, actor.userId));
        if (booked) {
          await this.d.store.update('dialogueGroups', group.id, {
            calendarEventId: booked.eventId,
            meetingUrl: group.meetingUrl || booked.joinUrl,
            modifiedById: actor.userId,
          });
        }
      }
      for (const invitee of this.core.inviteesOf(round, type, group, principals)) {
        const item = await this.d.store.create(
          'dialogueInvitations',
          {
            roundId,
            groupId: group.id,
            personId: invitee.personId,
            role: invitee.role,
            unitIds: JSON.stringify(invitee.unitIds),
            answer: 'pending',
            answerNote: '',
            answeredAt: null,
            calendarToken: this.d.secrets.newCode(),
            modifiedById: actor.userId,
          },
          { key: `invitation:${group.id}:${invitee.personId}` },
        );
        invitations += 1;
        items.push({
          key: `dialogueInvitation:${item.id}`,
          personId: invitee.personId,
          kind: 'dialogueInvitation',
          payload: { invitationId: item.id },
          source: source(roundId),
        });
      }
    }
    const queued = await this.d.outbox.enqueue(items);
    if (!round.invitedAt)
      await this.d.store.update('dialogueRounds', roundId, { invitedAt: this.d.clock.now().toISOString(), modifiedById: actor.userId });
    const missing = await this.d.reach.unreachable(items.map((i) => i.personId));
    const withoutConversation = await Promise.all(
      missing.map(async (id) => ({ personId: id, displayName: (await this.d.directory.person(id))?.displayName ?? id })),
    );
    return { invitations, queued: queued.created, alreadyQueued: queued.existing, withoutConversation };
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
    await this.d.store.update('dialogueInvitations', invitationId, {
      answer,
      answerNote: trimmed,
      answeredAt: this.d.clock.now().toISOString(),
      modifiedById: actor.userId,
    });
    return this.invitationView(invitationId);
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
