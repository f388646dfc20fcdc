import type { NoticeView } from '../../src/app/outbox/messages';
import template from './answer.card.json';
import { expandCard } from './card-template';

export type AnswerCardData = NoticeView;

const COLORS = { good: 'Good', attention: 'Attention', default: 'Default' } as const;

/** A short answer: what was saved, or why something did not work. */
export function buildAnswerCard(data: AnswerCardData) {
  return expandCard(template, { ...data, facts: data.facts ?? [], links: data.links ?? [], color: COLORS[data.tone ?? 'default'] });
}
