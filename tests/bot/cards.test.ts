/**
 * Every card of the dialogues, reminders and check-ins, built from sample data by its typed
 * builder: valid Adaptive Card 1.5 (no parse or validation events), and rendered by Microsoft's
 * adaptivecards renderer in headless Chromium, where the buttons and texts are looked for.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildAnswerCard } from '../../bot/cards/answer.card';
import { buildCheckInCard } from '../../bot/cards/check-in.card';
import { buildDialogueAnsweredCard } from '../../bot/cards/dialogue-answered.card';
import { buildDialogueInvitationCard, type DialogueInvitationCardData } from '../../bot/cards/dialogue-invitation.card';
import { buildMyDocumentsCard } from '../../bot/cards/my-documents.card';
import { buildNextStepsCard } from '../../bot/cards/next-steps.card';
import { buildNotUnderstoodCard } from '../../bot/cards/not-understood.card';
import { buildReminderCard } from '../../bot/cards/reminder.card';
import { CARD_VERBS } from '../../bot/cards/verbs';
import { validateAdaptiveCard } from '../support/adaptive-card';
import { launchBareChromium as launchChromium } from '../support/chromium';

jest.setTimeout(60_000);

const invitation: DialogueInvitationCardData = {
  invitationId: '17',
  dialogueKind: 'conditions',
  kindLabel: 'Förutsättningsdialog',
  roundTitle: 'Förutsättningsdialog 2026/27',
  groupName: 'Förskola',
  when: 'tisdag 15 september 2026 kl. 09:00–11:00',
  start: '2026-09-15T07:00:00.000Z',
  end: '2026-09-15T09:00:00.000Z',
  place: 'Stadshuset, sal 3',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x',
  participants: [
    { name: 'Anna Berg', detail: 'Lärkans förskola' },
    { name: 'Leila Haddad', detail: 'Solrosens förskola, Ekorrens förskola' },
    { name: 'Erik Lund', detail: 'Huvudmannen' },
  ],
  bring: {
    text: 'Ta med enhetens åtagandeplan, klar för dialog.',
    links: [{ title: 'Öppna åtagandeplanen', url: 'https://teams.microsoft.com/l/entity/app/my-quality-work?context=%7B%7D' }],
  },
  calendarUrl: 'http://localhost:3978/api/calendar/abcdefghijklmnopqrstuv',
  answer: 'pending',
  answerLabel: 'Har inte svarat',
  answerNote: '',
  canAnswer: true,
  userIds: ['29:anna'],
};

const CARDS: { name: string; card: object; texts: string[]; buttons: string[] }[] = [
  {
    name: 'dialogue invitation',
    card: buildDialogueInvitationCard(invitation),
    texts: [
      'Inbjudan: Förutsättningsdialog',
      'tisdag 15 september 2026 kl. 09:00–11:00',
      'Leila Haddad',
      'Ta med enhetens åtagandeplan, klar för dialog.',
    ],
    buttons: ['Öppna åtagandeplanen', 'Tacka ja', 'Tacka nej', 'Önska annan tid', 'Lägg till i kalendern', 'Anslut till Teams-mötet'],
  },
  {
    name: 'answered: accepted',
    card: buildDialogueAnsweredCard({ ...invitation, answer: 'accepted', answerLabel: 'Du har tackat ja' }),
    texts: ['Du har tackat ja', 'Förutsättningsdialog · Förskola'],
    buttons: ['Öppna åtagandeplanen', 'Ändra svar', 'Lägg till i kalendern', 'Anslut till Teams-mötet'],
  },
  {
    name: 'answered: declined',
    card: buildDialogueAnsweredCard({ ...invitation, answer: 'declined', answerLabel: 'Du har tackat nej' }),
    texts: ['Du har tackat nej'],
    buttons: ['Ändra svar'],
  },
  {
    name: 'answered: another time',
    card: buildDialogueAnsweredCard({
      ...invitation,
      answer: 'otherTime',
      answerLabel: 'Du har önskat en annan tid',
      answerNote: 'Tisdag 22/9 förmiddag',
    }),
    texts: ['Du har önskat en annan tid', 'Tisdag 22/9 förmiddag', 'Huvudmannen ser ditt önskemål och återkommer.'],
    buttons: ['Ändra svar', 'Lägg till i kalendern', 'Anslut till Teams-mötet'],
  },
  {
    name: 'reminder',
    card: buildReminderCard({
      title: 'Påminnelse: förutsättningsdialog tisdag 15 september 2026 kl. 09:00',
      when: 'tisdag 15 september 2026 kl. 09:00–11:00',
      lines: ['Åtagandeplanen för Lärkans förskola är inte klar för dialog.'],
      links: [{ title: 'Öppna åtagandeplanen: Lärkans förskola', url: 'https://teams.microsoft.com/l/entity/app/my-quality-work' }],
    }),
    texts: ['Kvar att göra:', '• Åtagandeplanen för Lärkans förskola är inte klar för dialog.'],
    buttons: ['Öppna åtagandeplanen: Lärkans förskola'],
  },
  {
    name: 'check-in (one card per unit)',
    card: buildCheckInCard({
      checkInKey: 'checkIn:monthly-check-in:2026-12:2:1',
      unitId: '2',
      unitName: 'Lärkans förskola',
      schoolYear: '2026/27',
      commitments: [
        {
          commitmentId: '5',
          title: 'Språkutvecklande förhållningssätt',
          goalAreaLabel: 'Omsorg, utveckling och lärande',
          latest: { date: '2026-10-20', statusLabel: 'Enligt plan', note: 'Läsgrupperna är igång.' },
        },
        { commitmentId: '6', title: 'Utevistelse som lärmiljö', goalAreaLabel: 'Normer och värden' },
      ],
      statusChoices: [
        { value: 'onTrack', title: 'Enligt plan' },
        { value: 'atRisk', title: 'Risk för avvikelse' },
        { value: 'offTrack', title: 'Avviker' },
      ],
      planLink: { title: 'Öppna åtagandeplanen', url: 'https://teams.microsoft.com/l/entity/app/my-quality-work' },
    }),
    texts: [
      'Avstämning: Lärkans förskola',
      'Språkutvecklande förhållningssätt',
      'Utevistelse som lärmiljö',
      'Senast 2026-10-20: Enligt plan – Läsgrupperna är igång.',
    ],
    buttons: ['Spara uppföljningar', 'Öppna åtagandeplanen'],
  },
  {
    name: 'my documents',
    card: buildMyDocumentsCard({
      schoolYear: '2026/27',
      counts: [],
      tabDeepLink: 'https://teams.microsoft.com/l/entity/app/my-quality-work',
      units: [
        {
          unitId: '1',
          unitName: 'Björkskolan',
          documents: [
            {
              unitId: '1',
              unitName: 'Björkskolan',
              kind: 'plan',
              schoolYear: '2026/27',
              status: 'draft',
              title: 'Åtagandeplan 2026/27',
              statusLabel: 'Utkast',
              link: { title: 'Öppna åtagandeplanen 2026/27', url: 'https://teams.microsoft.com/l/entity/app/my-quality-work?context=a' },
            },
            {
              unitId: '1',
              unitName: 'Björkskolan',
              kind: 'report',
              schoolYear: '2025/26',
              status: 'final',
              title: 'Läsårsrapport 2025/26',
              statusLabel: 'Fastställd',
              link: { title: 'Öppna läsårsrapporten 2025/26', url: 'https://teams.microsoft.com/l/entity/app/my-quality-work?context=b' },
            },
          ],
        },
      ],
    }),
    texts: ['Dina dokument', 'Björkskolan', 'Åtagandeplan 2026/27', 'Utkast', 'Fastställd'],
    buttons: ['Öppna åtagandeplanen 2026/27', 'Öppna Mitt kvalitetsarbete'],
  },
  {
    name: 'next steps',
    card: buildNextStepsCard({
      tabDeepLink: 'https://teams.microsoft.com/l/entity/app/my-quality-work',
      steps: [
        {
          title: 'Åtagandeplanen för Björkskolan ska vara klar för dialog',
          detail: 'Senast tisdag 15 september 2026. Nu: utkast.',
          link: { title: 'Öppna åtagandeplanen', url: 'https://teams.microsoft.com/l/entity/app/x' },
        },
        { title: 'Nästa i årshjulet: TLD-mätning', detail: 'torsdag 1 oktober 2026' },
      ],
    }),
    texts: ['Ditt nästa steg: Åtagandeplanen för Björkskolan ska vara klar för dialog', 'Nu: utkast.', 'TLD-mätning'],
    buttons: ['Öppna åtagandeplanen', 'Öppna Mitt kvalitetsarbete'],
  },
  {
    name: 'not understood',
    card: buildNotUnderstoodCard({ said: 'vad är klockan', tabDeepLink: 'https://teams.microsoft.com/l/entity/app/my-quality-work' }),
    texts: ['Det förstod jag inte riktigt', '”vad är klockan”', 'mina dokument'],
    buttons: ['Mina dokument', 'Nästa steg', 'Hjälp', 'Öppna Mitt kvalitetsarbete'],
  },
  {
    name: 'answer',
    card: buildAnswerCard({
      title: 'Tack! Uppföljningen är sparad',
      text: 'Den finns nu i åtagandeplanen för Lärkans förskola.',
      facts: [{ title: 'Status', value: 'Enligt plan' }],
      links: [{ title: 'Öppna åtagandeplanen', url: 'https://teams.microsoft.com/l/entity/app/x' }],
      tone: 'good',
    }),
    texts: ['Tack! Uppföljningen är sparad', 'Enligt plan'],
    buttons: ['Öppna åtagandeplanen'],
  },
];

describe('cards: Adaptive Card 1.5 for Teams', () => {
  it.each(CARDS)('$name is valid 1.5 with nothing left of the template', ({ card }) => {
    expect((card as { version: string }).version).toBe('1.5');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('gives every Action.Execute an Action.Submit fallback with the same verb and data', () => {
    for (const { card } of CARDS) {
      const actions = [...((card as any).actions ?? [])].filter((a: any) => a.type === 'Action.Execute');
      for (const a of actions) {
        expect(a.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: a.verb, ...a.data } });
        expect(Object.values(CARD_VERBS)).toContain(a.verb);
      }
    }
    const inv = CARDS[0].card as any;
    expect(inv.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Uppdatera', verb: 'dialogue.refresh', data: { invitationId: '17' } },
      userIds: ['29:anna'],
    });
  });

  it('drops the answer buttons once the dialogue has started', () => {
    const card = buildDialogueInvitationCard({ ...invitation, canAnswer: false }) as any;
    expect(card.actions.map((a: any) => a.title)).toEqual(['Lägg till i kalendern', 'Anslut till Teams-mötet']);
    expect(JSON.stringify(card)).toContain('Dialogen har börjat');
  });
});

describe('cards rendered by the adaptivecards renderer in headless Chromium', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await launchChromium();
    page = await ctx.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') || route.request().url() === 'about:blank' ? route.continue() : route.abort(),
    );
    await page.setContent('<!doctype html><html lang="sv"><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8') });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it.each(CARDS)('renders $name with its texts and buttons', async ({ card, texts, buttons }) => {
    const rendered = await page.evaluate((json) => {
      const AC = (window as any).AdaptiveCards;
      const c = new AC.AdaptiveCard();
      c.parse(json);
      const el: HTMLElement = c.render();
      const root = document.getElementById('root')!;
      root.replaceChildren(el);
      return {
        isCard: el.classList.contains('ac-adaptiveCard'),
        text: el.innerText,
        buttons: [...el.querySelectorAll('button')].map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim()),
      };
    }, card);
    expect(rendered.isCard).toBe(true);
    for (const t of texts) expect(rendered.text).toContain(t);
    expect(rendered.buttons).toEqual(buttons);
  });
});
