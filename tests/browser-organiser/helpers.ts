/**
 * What the organiser's browser suites share beyond tests/browser/helpers: a person's own API
 * client (the same token the tab gets), and files written for the import to pick.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { visible } from '../browser/helpers';

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
