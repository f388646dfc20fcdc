import type { MyDocuments } from '../../src/app/documents/my-work';
import template from './my-documents.card.json';
import { expandCard } from './card-template';

export interface MyDocumentsCardData extends MyDocuments {
  tabDeepLink: string;
}

/** "Mina dokument": per unit the documents' status, with deep links to this year's two. */
export function buildMyDocumentsCard(data: MyDocumentsCardData) {
  return expandCard(template, {
    ...data,
    hasUnits: data.units.length > 0,
    hasCounts: data.counts.length > 0,
    nothing: data.units.length === 0 && data.counts.length === 0,
    units: data.units.map((u) => ({ ...u, links: u.documents.filter((d) => d.schoolYear === data.schoolYear).map((d) => d.link) })),
  });
}
