import type { CheckInView } from '../../src/app/messages';
import template from './check-in.card.json';
import { expandCard } from './card-template';
import { CARD_VERBS } from './verbs';

export type CheckInCardData = CheckInView;

/** A check-in for one commitment: status and a short note, saved as a follow-up in the plan. */
export function buildCheckInCard(data: CheckInCardData) {
  return expandCard(template, {
    ...data,
    verb: CARD_VERBS.checkIn,
    hasLatest: data.latest !== undefined,
    latestText: data.latest ? `${data.latest.date}: ${data.latest.statusLabel} – ${data.latest.note}` : '',
  });
}
