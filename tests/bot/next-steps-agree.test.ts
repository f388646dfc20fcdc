/**
 * The bot's "nästa steg" and the tab's "Det här väntar på dig" agree (found by talking to the bot
 * over HTTP: Anna's returned plan was missing from the bot, Erik's plans to review and the round to
 * create too): the card lists what GET /api/me/waiting lists, in its order, then the wheel's next
 * event, and its heading names the first thing that waits, never the wheel's event.
 */
import { buildNextStepsCard } from '../../bot/cards/next-steps.card';
import { openMyWork } from '../../src/app/documents/my-work';
import { devToken } from '../support/dev-login';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

test('every demo person gets the tab’s list as next steps, the organiser with several', async () => {
  const s = app.services;
  const links = { document: () => 'https://teams.example/doc', calendar: () => 'https://teams.example/cal' };
  const myWork = openMyWork({ ...s, links, clock: app.clock });
  const listed = new Map<string, number>();
  for (const person of await s.directory.people()) {
    const steps = await myWork.nextSteps(await s.directory.actorFor(person));
    const token = await devToken(app.baseUrl, person.displayName).catch(() => undefined);
    if (!token) continue; // not offered by the local sign-in
    const waiting = (await client(app.baseUrl, token).get('/api/me/waiting')).body as { title: string }[];
    expect({ who: person.displayName, steps: steps.filter((x) => !x.wheel).map((x) => x.title) }).toEqual({
      who: person.displayName,
      steps: waiting.map((w) => w.title),
    });
    listed.set(person.displayName, waiting.length);
    const card = JSON.stringify(buildNextStepsCard({ steps, tabDeepLink: 'https://teams.example/tab' }));
    expect(card).not.toContain('Ditt nästa steg: Nästa i årshjulet');
    if (waiting[0]) expect(card).toContain(`Ditt nästa steg: ${waiting[0].title}`);
  }
  expect(listed.get('Erik Lund')).toBeGreaterThan(1); // plans to review, a round to create (as the tab shows him)
  expect(listed.size).toBeGreaterThan(3);
});
