import template from './dialogue-answered.card.json';
import { expandCard } from './card-template';
import { buildDialogueInvitationCard, invitationTemplateData, type DialogueInvitationCardData } from './dialogue-invitation.card';

const COLORS = { accepted: 'Good', declined: 'Attention', otherTime: 'Warning', pending: 'Default' } as const;

/** The card after answering, in place of the invitation: "Du har tackat ja / nej / önskat en annan tid". */
export function buildDialogueAnsweredCard(data: DialogueInvitationCardData) {
  return expandCard(template, { ...invitationTemplateData(data), answerColor: COLORS[data.answer] });
}

/** The card that fits the invitation's state: still to answer, or answered. */
export function buildInvitationStateCard(data: DialogueInvitationCardData) {
  return data.answer === 'pending' ? buildDialogueInvitationCard(data) : buildDialogueAnsweredCard(data);
}
