import type { DocumentNoticeView } from '../../src/app/outbox/messages';
import template from './document-notice.card.json';
import { expandCard } from './card-template';

export type DocumentNoticeCardData = DocumentNoticeView;

const COLORS = { good: 'Good', attention: 'Attention', default: 'Default' } as const;

/** Something happened to the reader's document: what, by whom, the comment's first words, and a link straight to it. */
export function buildDocumentNoticeCard(data: DocumentNoticeCardData) {
  return expandCard(template, { ...data, color: COLORS[data.tone] });
}
