import type { DialogueInvitationView, Link } from '../../src/app/outbox/messages';
import template from './dialogue-invitation.card.json';
import { expandCard } from './card-template';
import { CARD_VERBS } from './verbs';

/** The card's data: the invitation as the use case shows it, and who may refresh it (Teams user ids, ≤ 60). */
export interface DialogueInvitationCardData extends DialogueInvitationView {
  userIds: string[];
}

/** Template fields derived from the view, so the template holds no logic beyond $when. */
export function invitationTemplateData(data: DialogueInvitationCardData) {
  return {
    ...data,
    userIds: data.userIds.slice(0, 60),
    verbs: CARD_VERBS,
    hasBring: data.bring !== undefined,
    bringText: data.bring?.text ?? '',
    bringLinks: data.bring?.links ?? ([] as Link[]),
    changeNote: data.changeNote ?? '',
  };
}

/** The invitation with accept / decline / another time (Action.Execute, each with an Action.Submit fallback). */
export function buildDialogueInvitationCard(data: DialogueInvitationCardData) {
  return expandCard(template, invitationTemplateData(data));
}
