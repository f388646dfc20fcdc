/** The line under a published page's title in the Intranät list: what the title does not already say. */
import type { PublishedPage } from '../../api/organiser-types';
import { dateTime } from '../../lib/dates';

/**
 * "läsår 2025/26 · publicerad 3 dec. 2026 10:42" for "Huvudmannens verksamhetsuppföljning 2025/26":
 * the kind and the school year only where the title lacks them, so a row never says its title twice.
 */
export function pageMeta(page: Pick<PublishedPage, 'title' | 'schoolYear' | 'publishedAt'>, kindLabel: string): string {
  const title = page.title.toLowerCase();
  return [
    title.includes(kindLabel.toLowerCase()) ? '' : kindLabel,
    title.includes(page.schoolYear) ? '' : `läsår ${page.schoolYear}`,
    `publicerad ${dateTime(page.publishedAt)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
