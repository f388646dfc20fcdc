/**
 * What the organiser's browser suites share beyond tests/browser/helpers: a person's own API
 * client (the same token the tab gets), and files written for the import to pick.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { eventually, visible } from '../browser/helpers';

export * from '../browser/helpers';

/** A file in a fresh temporary folder, for the file picker. */
export function writeTempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ska-upload-')), name);
  writeFileSync(path, content, 'utf8');
  return path;
}

/** Opens one of the app's views from the navigation, as a person would. */
export async function openView(page: Page, label: string) {
  await page.getByTestId('app-nav').getByRole('link', { name: label, exact: true }).click();
  await visible(page.getByTestId('app-nav').getByRole('link', { name: label, exact: true }).and(page.locator('[aria-current="page"]')));
}

/**
 * In the Dialoger view: Erik forms a processdialog 2026/27 for Björkskolan alone from the proposal
 * (one proposed group per unit, the others removed), on 3 December 09–11 in its staff room, and
 * sends the invitations. Returns the round's row, its invitations on their way.
 */
export async function sendBjorkskolanProcessRound(page: Page): Promise<Locator> {
  await openView(page, 'Dialoger');
  await page.getByRole('button', { name: 'Skapa en dialogomgång' }).click();
  await page.getByRole('combobox', { name: 'Typ av dialog' }).selectOption({ label: 'Processdialog' });
  await eventually(async () => (await page.getByTestId('dialogue-group').count()) === 13, 'one proposed group per unit');
  // Only Björkskolan: the other proposed groups are removed.
  for (;;) {
    const others = page.getByRole('button', { name: /^Ta bort gruppen (?!Björkskolan$)/ });
    if ((await others.count()) === 0) break;
    await others.first().click();
  }
  const group = page.getByTestId('dialogue-group');
  if ((await group.count()) !== 1) throw new Error(`${await group.count()} groups left, not Björkskolan's alone`);
  await group.getByLabel('Start').fill('2026-12-03T09:00');
  await group.getByLabel('Slut').fill('2026-12-03T11:00');
  await group.getByLabel('Plats').fill('Björkskolans personalrum');
  await page.getByRole('button', { name: 'Skapa dialogomgången' }).click();
  await visible(page.getByText(/Dialogomgången är skapad/));
  const round = page.getByTestId('dialogue-round').filter({ hasText: 'Processdialog 2026/27' });
  await visible(round);
  await round.getByRole('button', { name: 'Skicka inbjudningar' }).click();
  await visible(round.getByText(/skickas nu/));
  return round;
}
