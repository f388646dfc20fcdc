/** The Intranät list's line under a page's title says only what the title does not. */
import { pageMeta } from '../../tabs/src/features/intranet/page-meta';
import { dateTime } from '../../tabs/src/lib/dates';

const at = '2026-12-03T09:42:00Z';
// "3 dec. 2026 10:42", with "(svensk tid)" where the machine's zone is another.
const published = `publicerad ${dateTime(at)}`;

it('leaves out the kind and the year an annual follow-up’s title already says', () => {
  const meta = pageMeta(
    { title: 'Huvudmannens verksamhetsuppföljning 2025/26', schoolYear: '2025/26', publishedAt: at },
    'Huvudmannens verksamhetsuppföljning',
  );
  expect(meta).toBe(published);
  expect(published).toMatch(/^publicerad 3 dec\. 2026 10:42/);
  expect(meta).not.toMatch(/verksamhetsuppföljning|2025\/26/i);
});

it('names the kind and the year where the title lacks them', () => {
  expect(pageMeta({ title: 'Björkskolan', schoolYear: '2025/26', publishedAt: at }, 'Åtagandeplan')).toBe(
    `Åtagandeplan · läsår 2025/26 · ${published}`,
  );
  expect(pageMeta({ title: 'Åtagandeplan – Björkskolan', schoolYear: '2025/26', publishedAt: at }, 'Åtagandeplan')).toBe(
    `läsår 2025/26 · ${published}`,
  );
});
