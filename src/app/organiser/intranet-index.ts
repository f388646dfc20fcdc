import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { swedishDate, type PageBlock, type PageKind } from '../../domain/page';
import type { PublishedEntry } from './publishing';

const KINDS: { kind: PageKind; label: string }[] = [
  { kind: 'annualFollowUp', label: 'Huvudmannens verksamhetsuppföljning' },
  { kind: 'plan', label: 'Åtagandeplaner' },
  { kind: 'report', label: 'Läsårsrapporter' },
  { kind: 'yearWheel', label: 'Årshjul' },
];

/**
 * The intranet's index as blocks: by school year (newest first), then by document type, each a
 * table of titles (linked), units, status and publishing dates — never raw addresses.
 */
export function intranetIndex(pages: PublishedEntry[], labels: { plan?: string } = {}): PageBlock[] {
  const blocks: PageBlock[] = [{ type: 'heading', level: 1, text: 'Systematiskt kvalitetsarbete' }];
  if (!pages.length) return [...blocks, { type: 'paragraph', text: 'Inget är publicerat ännu.' }];
  blocks.push({
    type: 'paragraph',
    tone: 'muted',
    text: 'Fastställda dokument, publicerade av huvudmannen. Bara fastställda dokument publiceras.',
  });
  const years = [...new Set(pages.map((p) => p.schoolYear))].sort().reverse();
  for (const year of years) {
    blocks.push({ type: 'heading', level: 2, text: `Läsår ${year}` });
    for (const { kind, label } of KINDS) {
      const mine = pages
        .filter((p) => p.schoolYear === year && p.kind === kind)
        .sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '', 'sv'));
      if (!mine.length) continue;
      blocks.push({ type: 'heading', level: 3, text: kind === 'plan' && labels.plan ? `${labels.plan}er` : label });
      blocks.push({
        type: 'table',
        columns: ['Dokument', 'Enhet', 'Status', 'Publicerad'],
        rows: mine.map((p) => [
          { text: p.title, href: p.url },
          p.unitName ?? 'Huvudmannanivån',
          DOCUMENT_STATUS_LABELS.final,
          swedishDate(p.publishedAt),
        ]),
      });
    }
  }
  return blocks;
}
