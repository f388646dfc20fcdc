import type { OutboundMessage } from '../../src/app/outbox/messages';
import { buildAnswerCard } from './answer.card';
import { buildCheckInCard } from './check-in.card';
import { buildInvitationStateCard } from './dialogue-answered.card';
import { buildDocumentNoticeCard } from './document-notice.card';
import { buildReminderCard } from './reminder.card';

/** The card for a proactive message. `userIds`: who may refresh it (the recipient's Teams id). */
export function buildCardFor(message: OutboundMessage, userIds: string[]) {
  switch (message.kind) {
    case 'dialogueInvitation':
      return buildInvitationStateCard({ ...message.view, userIds });
    case 'reminder':
      return buildReminderCard(message.view);
    case 'checkIn':
      return buildCheckInCard(message.view);
    case 'notice':
      return buildAnswerCard(message.view);
    case 'documentNotice':
      return buildDocumentNoticeCard(message.view);
  }
}
