import { buildDocumentNoticeCard, type DocumentNoticeCardData } from '../../bot/cards/document-notice.card';
import { validateAdaptiveCard } from '../support/adaptive-card';

const data: DocumentNoticeCardData = {
  title: 'Åtagandeplan 2026/27 för Björkskolan har återsänts till utkast',
  what: 'Erik Lund återsände dokumentet till utkast med en kommentar.',
  byName: 'Erik Lund',
  documentTitle: 'Åtagandeplan 2026/27',
  unitName: 'Björkskolan',
  comment: 'Konkretisera de tänkta effekterna.',
  link: { title: 'Öppna åtagandeplanen', url: 'https://teams.microsoft.com/l/entity/app-id/my-quality-work?context=%7B%7D' },
  tone: 'attention',
};

describe('document notice card', () => {
  it('is a valid Adaptive Card 1.5 for Teams', () => {
    const card = buildDocumentNoticeCard(data);
    expect(card.version).toBe('1.5');
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('says what happened, by whom, to which document, the comment, and links to it', () => {
    const card = buildDocumentNoticeCard(data) as any;
    expect(card.body[0]).toMatchObject({ text: data.title, color: 'Attention' });
    expect(card.body[2].facts.map((f: any) => f.value)).toEqual(['Åtagandeplan 2026/27', 'Björkskolan', 'Erik Lund']);
    expect(card.body[3].items[1].text).toBe('Konkretisera de tänkta effekterna.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Öppna åtagandeplanen', url: data.link.url }]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('leaves the comment out when there is none', () => {
    const card = buildDocumentNoticeCard({ ...data, comment: '', tone: 'good' }) as any;
    expect(card.body).toHaveLength(3);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
});
