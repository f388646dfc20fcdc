import type { ReminderView } from '../../src/app/outbox/messages';
import template from './reminder.card.json';
import { expandCard } from './card-template';

export type ReminderCardData = ReminderView;

/** A reminder: what is due, what is left to do, links straight to it. */
export function buildReminderCard(data: ReminderCardData) {
  return expandCard(template, { ...data, when: data.when ?? '' });
}
