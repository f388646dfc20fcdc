/**
 * A browser on New York time still reads a dialogue at 13:00 Swedish time as 13:00, with the zone
 * named: "13:00 (svensk tid)", never 07:00 — in the organiser's round and in the principal's invitation.
 */
import type { Page } from 'playwright-core';
import { client } from '../support/http';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { shot, signInAs, visible } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;
let page: Page;

useBrowserBed((bed) => ({ app, page } = bed), { timezoneId: 'America/New_York' });
beforeAll(async () => {
  const erik = client(app.baseUrl, await app.tokenFor('Erik Lund'));
  const created = await erik.post('/api/dialogues', {
    kind: 'process',
    schoolYear: '2026-27',
    groups: [
      {
        name: 'Björkskolan',
        unitIds: [await app.unitId('Björkskolan')],
        // 13:00 in Stockholm in December (CET, +01:00) is 07:00 in New York.
        start: '2026-12-08T13:00:00+01:00',
        end: '2026-12-08T14:00:00+01:00',
        place: 'Stadshuset, sal 3',
      },
    ],
  });
  expect(created.status).toBe(201);
  expect((await erik.post(`/api/dialogues/${created.body.id}/invitations`)).status).toBe(202);
});

test('the browser really is on New York time', async () => {
  await page.goto(`${app.baseUrl}/`);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
  expect(await page.evaluate(() => new Date('2026-12-08T12:00:00Z').getHours())).toBe(7);
});

test('the organiser sees the group at "13:00 (svensk tid)"', async () => {
  await page.goto(`${app.baseUrl}/?view=dialogues`);
  await signInAs(page, 'Erik Lund');
  const round = page.getByTestId('dialogue-round').filter({ hasText: 'Processdialog' });
  await round.getByRole('button', { name: 'Visa svaren' }).click();
  await visible(round.getByText(/Björkskolan – .*13:00 \(svensk tid\)/));
  expect(await round.first().innerText()).not.toMatch(/07:00/);
  await shot(page, 'swedish-time-01-organiser-new-york');
});

test('the principal’s invitation says "kl. 13:00–14:00 (svensk tid)"', async () => {
  await signInAs(page, 'Anna Berg');
  await page.goto(`${app.baseUrl}/?view=dialogues`);
  const invitation = page.getByTestId('my-invitation').filter({ hasText: 'Processdialog – Björkskolan' });
  await visible(invitation.getByText(/kl\. 13:00–14:00 \(svensk tid\)/));
  expect(await invitation.innerText()).not.toMatch(/07:00/);
  await shot(page, 'swedish-time-02-principal-new-york');
});
