/**
 * "Byt användare" in the local demo picker: the next person lands on their own start view, never on
 * the place the previous person left (their unit, their view, their school year). The host's
 * parameters (the theme) stay.
 */
import type { Page } from 'playwright-core';
import { useBrowserBed } from '../support/browser-bed';
import type { TestApp } from '../support/test-app';
import { shot, signInAs, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
useBrowserBed((bed) => ({ app, page } = bed));

const params = () => new URL(page.url()).searchParams;
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const nav = () => page.getByTestId('app-nav');

test('after the organiser opened another unit, a principal of one unit lands on her own plan', async () => {
  await page.goto(`${app.baseUrl}/?theme=dark`);
  await signInAs(page, 'Erik Lund');
  await visible(heading('Översikt 2026/27'));
  await nav().getByRole('link', { name: 'Enheter', exact: true }).click();
  await page.getByRole('navigation', { name: 'Enheter' }).getByRole('link', { name: 'Vasagymnasiet' }).click();
  await visible(heading(/Vasagymnasiet/));
  await page.getByRole('combobox', { name: 'Läsår' }).selectOption('2025/26');
  await visible(heading(/2025\/26 – Vasagymnasiet/));

  await signInAs(page, 'Sofia Lind');
  await visible(heading('Åtagandeplan 2026/27 – Norrbackaskolan'));
  expect(params().get('unitId')).toBe(await app.unitId('Norrbackaskolan'));
  expect(params().get('year')).toBeNull(); // Erik's school year is not hers
  expect(params().get('theme')).toBe('dark'); // the host's parameter stays
  await shot(page, 'user-switch-01-principal-own-plan', false);
});

test('after the principal, the organiser lands on Översikt, not on her unit', async () => {
  await signInAs(page, 'Erik Lund');
  await visible(heading('Översikt 2026/27'));
  expect(params().get('view')).toBe('overview');
  expect(params().get('unitId')).toBeNull();
});

test('after the organiser chose a view himself, a principal of two units lands on her units, not on it', async () => {
  await nav().getByRole('link', { name: 'TLD', exact: true }).click();
  await visible(nav().locator('[aria-current="page"]').getByText('TLD', { exact: true }));

  await signInAs(page, 'Anna Berg');
  await visible(page.getByRole('heading', { name: 'Välj en enhet' }));
  await visible(page.getByRole('navigation', { name: 'Enheter' }).getByRole('link', { name: 'Björkskolan' }));
  expect(params().get('view')).toBeNull();
  expect(await nav().locator('[aria-current="page"]').innerText()).toBe('Mina enheter');
});

test('the board, after a principal, lands on the intranet', async () => {
  await page.getByRole('navigation', { name: 'Enheter' }).getByRole('link', { name: 'Björkskolan' }).click();
  await visible(heading(/Björkskolan/));
  await signInAs(page, 'Maria Sandberg');
  await visible(heading('Intranät'));
  expect(params().get('unitId')).toBeNull();
});
