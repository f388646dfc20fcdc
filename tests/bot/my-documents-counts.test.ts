/**
 * "mina dokument" for the organiser level (no units of their own): this year's documents counted by
 * status, in Swedish that agrees with the number ("1 fastställd", "4 fastställda", "13 inte påbörjade").
 */
import { openMyWork } from '../../src/app/documents/my-work';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

test('the organiser gets this year’s documents counted, the status in the plural when more than one', async () => {
  const s = app.services;
  const links = { document: () => 'https://teams.example/doc', calendar: () => 'https://teams.example/cal' };
  const myWork = openMyWork({ ...s, links, clock: app.clock });
  const erik = (await s.directory.people()).find((p) => p.displayName === 'Erik Lund')!;
  const bjork = await app.unitId('Björkskolan');
  const anna = await s.directory.actorFor((await s.directory.people()).find((p) => p.displayName === 'Anna Berg')!);
  // One report started, so the report line has both a singular and a plural.
  await s.reports.start(anna, bjork, '2026/27');

  const { counts, units } = await myWork.documents(await s.directory.actorFor(erik));
  expect(units).toEqual([]);
  const year = myWork.currentSchoolYear();
  const report = counts.find((c) => c.title === `Läsårsrapporter ${year}`)!;
  expect(report.value).toMatch(/^(1 utkast, 12 inte påbörjade|12 inte påbörjade, 1 utkast)$/);
  const plan = counts.find((c) => c.title === `Åtagandeplaner ${year}`)!;
  expect(plan.value).not.toMatch(/\b([2-9]|\d\d+) (fastställd|inte påbörjad|klar för dialog)\b/);
  expect(plan.value).toMatch(
    /^\d+ (utkast|klara? för dialog|fastställda?|inte påbörjade?)(, \d+ (utkast|klara? för dialog|fastställda?|inte påbörjade?))*$/,
  );
});
