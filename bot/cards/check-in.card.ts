import type { CheckInView } from '../../src/app/outbox/messages';
import template from './check-in.card.json';
import { expandCard } from './card-template';
import { CARD_VERBS } from './verbs';

export type CheckInCardData = CheckInView;

/** The inputs' ids for one commitment: the card handler reads the answers back by them. */
export const checkInInputIds = (commitmentId: string) => ({ status: `status-${commitmentId}`, note: `note-${commitmentId}` });

/** A check-in for one unit: per commitment in progress a status and a short note, saved as follow-ups in the plan. */
export function buildCheckInCard(data: CheckInCardData) {
  return expandCard(template, {
    ...data,
    verb: CARD_VERBS.checkIn,
    commitments: data.commitments.map((c) => ({
      ...c,
      statusId: checkInInputIds(c.commitmentId).status,
      noteId: checkInInputIds(c.commitmentId).note,
      hasLatest: c.latest !== undefined,
      latestText: c.latest ? `${c.latest.date}: ${c.latest.statusLabel} – ${c.latest.note}` : '',
    })),
  });
}
