/**
 * The year wheel and the dialogues in a real browser: Anna sees 2026/27 as a wheel with its
 * events listed beside it and what is on its way for her; Erik moves a date, and a date that does
 * not exist is refused with the server's Swedish message. Erik forms a processdialog for
 * Björkskolan from the proposal, sends the invitations (and sees whom the bot cannot reach);
 * Anna accepts in the tab and writes a dialogue note; Erik sees her answer.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { axeScan, openView, sendBjorkskolanProcessRound, shot as shotOf, signInAs, visible, withTheme } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;
let page: Page;

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);

useBrowserBed((bed) => ({ app, page } = bed));

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `wheel-last-${name}`).catch(() => undefined);
});

test('Anna sees the school year 2026/27 as a wheel, its events in words beside it, and what is on its way for her', async () => {
  await page.goto(`${app.baseUrl}/`);
  await signInAs(page, 'Anna Berg');
  await openView(page, 'Årshjul');
  await visible(page.getByRole('heading', { level: 1, name: 'Årshjul 2026/27' }));
  const wheel = page.getByTestId('year-wheel');
  await visible(wheel);
  // Twelve months, August first; the events as arcs and numbered markers.
  expect(await wheel.locator('text').first().textContent()).toBe('aug');
  expect(await wheel.locator('path').count()).toBeGreaterThan(12);
  const list = page.getByTestId('wheel-events');
  await visible(list.getByText('Förutsättningsdialoger'));
  await visible(list.getByText(/1 september – 30 september · Dialog/));
  await visible(list.getByText(/15 februari kl\. 18:00 · Nämnden/));
  await visible(list.getByText('Månatlig avstämning av åtagandena'));
  const due = page.getByTestId('due-for-me');
  await visible(due.getByText('Kommande i årshjulet'));
  await visible(due.getByText('Processdialoger'));
  expect(await page.getByRole('heading', { name: 'Ändra datum' }).count()).toBe(0);
  expect(await axeScan(page)).toEqual([]);
  await shot('wheel-01-principal');
  await withTheme(page, 'dark');
  await visible(page.getByTestId('year-wheel'));
  await shot('wheel-02-principal-dark');
  await withTheme(page, 'default');
});

test('Erik moves a date; a date that does not exist is refused with the server’s Swedish message', async () => {
  await signInAs(page, 'Erik Lund');
  await openView(page, 'Årshjul');
  const processEvent = page.getByTestId('wheel-editor-event').filter({ hasText: 'Processdialoger' });
  await visible(processEvent);
  await processEvent.getByRole('spinbutton', { name: 'Till, dag' }).fill('30');
  await page.getByRole('button', { name: 'Spara årshjulet' }).click();
  const problems = page.getByTestId('wheel-problems');
  await visible(problems.getByText('Processdialoger, slutdatum: 30 februari finns inte.'));
  await visible(processEvent.getByText('Processdialoger, slutdatum: 30 februari finns inte.'));
  await shot('wheel-03-invalid-date');

  await processEvent.getByRole('spinbutton', { name: 'Till, dag' }).fill('27');
  const results = page.getByTestId('wheel-editor-event').filter({ hasText: 'Resultatdialoger' });
  await results.getByRole('spinbutton', { name: 'Från, dag' }).fill('5');
  await page.getByRole('button', { name: 'Spara årshjulet' }).click();
  await visible(page.getByText('Årshjulet är sparat.'));
  await visible(page.getByTestId('wheel-events').getByText(/5 maj – 15 juni · Dialog/));
  await visible(page.getByTestId('wheel-events').getByText(/1 november – 27 februari · Dialog/));
});

test('Erik forms a processdialog for Björkskolan from the proposal and sends the invitations', async () => {
  const round = await sendBjorkskolanProcessRound(page);
  await visible(round.getByText(/Boten når inte: .*Anna Berg/));
  await visible(round.getByTestId('dialogue-answers'));
  await shot('dialogue-01-organiser-sent');
});

test('Anna accepts the invitation in the tab and writes a note; Erik sees her answer', async () => {
  await signInAs(page, 'Anna Berg');
  await openView(page, 'Dialoger');
  const invitation = page.getByTestId('my-invitation').filter({ hasText: 'Processdialog – Björkskolan' });
  await visible(invitation.getByText(/3 december 2026 kl\. 09:00/));
  await invitation.getByRole('button', { name: 'Tacka ja' }).click();
  await visible(invitation.getByText('Du har tackat ja'));

  await page.getByRole('combobox', { name: 'Enhet' }).selectOption({ label: 'Björkskolan' });
  const notes = page.getByTestId('dialogue-notes');
  await notes.getByRole('combobox', { name: 'Dialog' }).selectOption({ label: 'Processdialog' });
  await notes.getByRole('textbox', { name: 'Anteckning' }).fill('Vi tar med lässtrategierna i åk 4 till processdialogen.');
  await notes.getByRole('button', { name: 'Spara anteckningen' }).click();
  await visible(notes.getByText('Vi tar med lässtrategierna i åk 4 till processdialogen.'));
  await shot('dialogue-02-principal');

  await signInAs(page, 'Erik Lund');
  await openView(page, 'Dialoger');
  const round = page.getByTestId('dialogue-round').filter({ hasText: 'Processdialog 2026/27' });
  await round.getByRole('button', { name: 'Visa svaren' }).click();
  const anna = round.getByTestId('dialogue-answers').getByRole('row', { name: /Anna Berg/ });
  await visible(anna.getByText('Tackat ja'));
  expect(await axeScan(page)).toEqual([]);
  await shot('dialogue-03-organiser-answers');
});

test('Erik sees a large round say its groups are being written, and send only once they all exist', async () => {
  // The server writes a large round's groups in the background on SharePoint (tests/budget/round-groups-300);
  // the embedded store writes them in the request, so here the round list answers as SharePoint's would
  // while they are written: the first two reads have one group of six, the ones after all six.
  let reads = 0;
  await page.route(/\/api\/dialogues\?schoolYear=/, async (route) => {
    const response = await route.fetch();
    const rounds = (await response.json()) as { id: string; title: string; invitedAt: string; groups: unknown[]; groupCount: number }[];
    const [first] = rounds;
    const writing = reads++ < 2;
    const large = {
      ...first,
      id: 'large-round',
      title: 'Processdialog för alla enheter',
      invitedAt: '',
      groups: writing ? first.groups.slice(0, 1) : Array.from({ length: 6 }, () => first.groups[0]),
      groupCount: 6,
    };
    await route.fulfill({ response, json: [...rounds, large] });
  });
  try {
    await signInAs(page, 'Erik Lund');
    await openView(page, 'Dialoger');
    const round = page.getByTestId('dialogue-round').filter({ hasText: 'Processdialog för alla enheter' });
    await visible(round.getByTestId('groups-writing').getByText('Grupperna skapas (1 av 6)'));
    expect(await round.getByRole('button', { name: 'Skicka inbjudningar' }).isDisabled()).toBe(true);
    await shot('dialogue-04-groups-writing', false);
    // The tab reads the rounds again by itself until every group exists.
    await visible(round.getByText('Inte inbjudet än'));
    expect(await round.getByTestId('groups-writing').count()).toBe(0);
    expect(await round.getByRole('button', { name: 'Skicka inbjudningar' }).isDisabled()).toBe(false);
    expect(reads).toBeGreaterThanOrEqual(3);
  } finally {
    await page.unroute(/\/api\/dialogues\?schoolYear=/);
  }
});
