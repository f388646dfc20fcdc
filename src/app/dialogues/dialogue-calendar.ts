/** A dialogue meeting as a calendar entry: the .ics of an invitation, and the meeting the calendar publishes. */
import { isTeamsJoinLink, safeLink } from '../../domain/links';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { CalendarMeeting } from '../ports/calendar';
import { queryAll } from '../ports/list-store';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import { isOrganiser, toInvitation, type DialogueGroup, type DialogueRound, type Invitation } from './dialogue-records';

export class DialogueCalendar {
  constructor(
    private readonly d: DialogueDeps,
    private readonly core: DialogueCore,
  ) {}

  /** The .ics of an invitation, for the invitee or the organiser. */
  async calendarFor(actor: Actor, invitationId: string): Promise<{ filename: string; ics: string }> {
    const invitation = await this.core.invitation(invitationId);
    if (invitation.personId !== actor.userId && !isOrganiser(actor)) throw forbidden('Inbjudan gäller någon annan.');
    return this.calendarOf(invitation);
  }

  /** The .ics behind the card's link: the unguessable token is the permission. */
  async calendarByToken(token: string): Promise<{ filename: string; ics: string }> {
    const [item] = token.length >= 16 ? await queryAll(this.d.store, 'dialogueInvitations', { calendarToken: token }) : [];
    if (!item) throw notFound('Kalenderinbjudan');
    return this.calendarOf(toInvitation(item));
  }

  private async calendarOf(invitation: Invitation) {
    const round = await this.core.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    if (!group?.start) throw new DomainError('DIALOGUE_INCOMPLETE', 'Dialogen har ingen tid än.');
    const organiserId = round.organiserRepIds[0] ?? '';
    const ics = this.d.calendarFile.render(await this.meeting(round, group, organiserId));
    const type = await this.core.typeOf(round.kind);
    return { filename: `${type.label.toLowerCase()}-${group.start.slice(0, 10)}.ics`, ics };
  }

  async meeting(round: DialogueRound, group: DialogueGroup, organiserId: string): Promise<CalendarMeeting> {
    const principals = await this.core.principalsByUnit();
    const type = await this.core.typeOf(round.kind);
    const organiser = await this.d.directory.person(organiserId);
    const attendees = [];
    for (const p of this.core.inviteesOf(round, type, group, principals)) {
      const person = await this.d.directory.person(p.personId);
      if (person && person.id !== organiserId) attendees.push({ name: person.displayName, email: person.email });
    }
    const brings = type.brings;
    // Stored links pass the one link check again on the way out, whatever wrote them.
    const meetingUrl = safeLink(group.meetingUrl || round.meetingUrl);
    const teams = isTeamsJoinLink(meetingUrl);
    return {
      uid: `dialogue-${round.id}-${group.id}`,
      title: `${type.label}: ${group.name}`,
      description: [round.title, brings?.text, meetingUrl ? `${teams ? 'Teams-möte' : 'Möte'}: ${meetingUrl}` : '']
        .filter(Boolean)
        .join('\n'),
      start: group.start,
      end: group.end,
      location: group.place || round.place || (teams ? 'Microsoft Teams' : ''),
      meetingUrl,
      organiser: { id: organiserId, name: organiser?.displayName ?? 'Huvudmannen', email: organiser?.email ?? '' },
      attendees,
      sequence: group.sequence,
    };
  }
}
