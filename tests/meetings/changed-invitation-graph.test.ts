/**
 * A whole round with SKA_CALENDAR=graph, through the public HTTP routes, against the strict Graph
 * fake and a local Bot Connector: sending makes the group's Outlook event with a Teams meeting
 * (isOnlineMeeting, teamsForBusiness, transactionId) and every principal's invitation card carries
 * its join link; a changed time PATCHes the same event (the meeting kept) and sends each principal
 * an "Ändrad inbjudan" card, which Microsoft's adaptivecards renderer shows in headless Chromium
 * with the new time in Swedish time and the join link behind its button. Cards are awaited as
 * they arrive (the send and the outbox may run in the background).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, ARTIFACTS } from '../support/chromium';
import { conversationOf, meetTheBot } from '../support/bot-people';
import { startFakeConnector } from '../support/fake-connector';
import { client } from '../support/http';
import { validateAdaptiveCard } from '../support/adaptive-card';
import { waitUntil as waitUntilFor } from '../support/wait';
import { MAILBOX, startGraphMeetingApp } from './graph-meeting-app';
import { sendPreschoolRound } from '../support/dialogue-rounds';

jest.setTimeout(60_000);

let env: Awaited<ReturnType<typeof startGraphMeetingApp>>;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
const PRINCIPALS = ['Anna Berg', 'Leila Haddad', 'Karin Holm'];
const tokens: Record<string, string> = {};
const conv = conversationOf;
let roundId = '';
let groupId = '';

/** Invitation cards that arrived proactively (through the outbox), per conversation. */
const invitationCards = (name: string) =>
  connector.captured
    .filter((c) => c.conversationId === conv(name) && c.activity.channelData?.skaOutboxId)
    .map((c) => c.activity.attachments?.[0]?.content)
    .filter((card) => JSON.stringify(card ?? {}).includes('Inbjudan:'));

/** Cards go through Graph's meeting calls first here: a longer wait than the default. */
const waitUntil = (check: () => boolean | Promise<boolean>, what: string) => waitUntilFor(check, what, 15_000);

beforeAll(async () => {
  env = await startGraphMeetingApp();
  connector = await startFakeConnector();
  tokens['Erik Lund'] = await env.app.tokenFor('Erik Lund');
  // The principals have met the bot in Teams: the bot knows where to reach them.
  await meetTheBot(env.app, connector, PRINCIPALS);
});
afterAll(async () => {
  await connector?.close();
  await env?.close();
});

let joinUrl = '';

it('sends the round: one Outlook event with a Teams meeting, and the join link in every principal’s card', async () => {
  ({ roundId, groupId } = await sendPreschoolRound(env.app.baseUrl, tokens['Erik Lund']));
  await waitUntil(() => PRINCIPALS.every((n) => invitationCards(n).length >= 1), 'an invitation card for each principal');
  const events = env.fake.events.get(MAILBOX) ?? [];
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    subject: 'Förutsättningsdialog: Förskola',
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: `dialogue-${roundId}-${groupId}`,
    start: { dateTime: '2026-12-10T08:00:00.000', timeZone: 'UTC' },
  });
  joinUrl = (events[0].onlineMeeting as { joinUrl: string }).joinUrl;
  expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  for (const name of PRINCIPALS) {
    const [card] = invitationCards(name);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Anslut till Teams-mötet', url: joinUrl });
    expect(JSON.stringify(card)).not.toContain('Ändrad inbjudan');
  }
  const round = await client(env.app.baseUrl, tokens['Erik Lund']).get(`/api/dialogues/${roundId}`);
  expect(round.body.groups[0].meetingUrl).toBe(joinUrl);
});

let changedCard: any;

it('PATCHes the same event when the time changes and sends everyone an "Ändrad inbjudan" card', async () => {
  const erik = client(env.app.baseUrl, tokens['Erik Lund']);
  const round = await erik.get(`/api/dialogues/${roundId}`);
  const changed = await erik.patch(
    `/api/dialogues/${roundId}/groups/${groupId}`,
    { start: '2026-12-11T10:00:00+01:00', end: '2026-12-11T12:00:00+01:00' },
    { 'if-match': round.headers.get('etag')! },
  );
  expect(changed.status).toBe(200);
  await waitUntil(() => PRINCIPALS.every((n) => invitationCards(n).length >= 2), 'a changed card for each principal');

  const patches = env.fake.stats.log.filter((r) => r.method === 'PATCH' && r.path.includes('/events/'));
  expect(patches).toHaveLength(1);
  const [event] = env.fake.events.get(MAILBOX)!;
  expect(patches[0].path).toBe(`/v1.0/users/${encodeURIComponent(MAILBOX)}/events/${event.id}`);
  expect(env.fake.events.get(MAILBOX)).toHaveLength(1); // updated, not made again
  expect(event).toMatchObject({
    start: { dateTime: '2026-12-11T09:00:00.000', timeZone: 'UTC' },
    end: { dateTime: '2026-12-11T11:00:00.000', timeZone: 'UTC' },
    isOnlineMeeting: true,
    onlineMeeting: { joinUrl }, // the PATCH kept the Teams meeting and its link
  });
  for (const name of PRINCIPALS) {
    const cards = invitationCards(name);
    expect(cards).toHaveLength(2);
    expect(validateAdaptiveCard(cards[1])).toEqual([]);
    expect(cards[1].body[0]).toMatchObject({ text: expect.stringMatching(/^Ändrad inbjudan/), color: 'Attention' });
  }
  changedCard = invitationCards('Anna Berg')[1];
});

describe('the "Ändrad inbjudan" card rendered by the adaptivecards renderer in headless Chromium', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await launchChromium({ viewport: { width: 760, height: 900 } });
    page = await ctx.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') || route.request().url() === 'about:blank' ? route.continue() : route.abort(),
    );
    await page.setContent('<!doctype html><html lang="sv"><body><div id="root" style="width:720px"></div></body></html>');
    await page.addScriptTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8') });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('shows the change, the new time in Swedish time and the join link behind "Anslut till Teams-mötet"', async () => {
    const rendered = await page.evaluate((json) => {
      const AC = (window as any).AdaptiveCards;
      const card = new AC.AdaptiveCard();
      const opened: string[] = [];
      card.onExecuteAction = (action: any) => opened.push(action.url ?? '');
      card.parse(json);
      const el: HTMLElement = card.render();
      document.getElementById('root')!.replaceChildren(el);
      const join = [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || b.textContent || '').includes('Anslut'));
      join?.click();
      return { isCard: el.classList.contains('ac-adaptiveCard'), text: el.innerText, opened };
    }, changedCard);
    expect(rendered.isCard).toBe(true);
    expect(rendered.text).toMatch(/^Ändrad inbjudan/);
    // 10:00–12:00 in Stockholm (CET, UTC+1) on Friday 11 December; the event holds 09:00 UTC.
    expect(rendered.text).toContain('fredag 11 december 2026 kl. 10:00–12:00');
    expect(rendered.text).not.toContain('10 december');
    expect(rendered.opened).toEqual([joinUrl]);
    await page.screenshot({ path: join(ARTIFACTS, 'meetings-changed-invitation-card.png'), fullPage: true });
  });
});
