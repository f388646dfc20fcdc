/**
 * End to end through Microsoft 365 Agents Playground (offline, in headless Chromium): the
 * Playground installs the bot (the bot stores the conversation reference), the organiser's
 * invitation goes out through the outbox and the real sender, the card arrives in the chat,
 * the person clicks "Tacka ja" (Action.Execute), and the answer is recorded in the store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBareChromium as launchChromium } from '../support/chromium';

jest.setTimeout(120_000);

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let app: TestApp;
let playground: ChildProcess;
let playgroundLog = '';
let ctx: BrowserContext;
let page: Page;
let playgroundPort = 0;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-09-01T08:00:00+02:00'));
  playgroundPort = await freePort();
  playground = spawn(
    process.execPath,
    [CLI, 'start', '--disable-telemetry', '-e', `http://127.0.0.1:${app.port}/api/messages`, '-p', String(playgroundPort)],
    {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  playground.stdout?.on('data', (d) => (playgroundLog += d));
  playground.stderr?.on('data', (d) => (playgroundLog += d));
  await eventually('the Playground to listen', async () => /Listening on/.test(playgroundLog) || undefined, 20_000).catch((e) => {
    throw new Error(`${e.message}. Its output:\n${playgroundLog}`);
  });
  ctx = await launchChromium();
  page = await ctx.newPage();
  // Offline: only local requests (the Playground's page asks an Office CDN for fonts).
  await page.route('**/*', (route) =>
    ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
  );
});

afterAll(async () => {
  await ctx?.close();
  playground?.kill('SIGTERM');
  await app?.close();
});

describe('Agents Playground', () => {
  it('delivers the invitation card, and accepting it from the chat is recorded', async () => {
    await page.goto(`http://127.0.0.1:${playgroundPort}/`);

    // The Playground installs the bot (installationUpdate / conversationUpdate): the bot stores where to reach its user.
    const stored = await eventually('the bot to store the Playground user’s conversation', async () => {
      const [item] = (await app.services.store.query('conversationReferences')).items;
      return item
        ? (JSON.parse(String(item.fields.reference)) as { user: { id: string; aadObjectId: string }; serviceUrl: string })
        : undefined;
    });
    expect(stored.serviceUrl).toContain(`:${playgroundPort}`);
    await eventually(
      'the welcome card',
      async () => (await page.locator('.ac-adaptiveCard', { hasText: 'Jag hjälper dig' }).count()) > 0 || undefined,
    );

    // The Playground's user is Anna in our directory.
    const people = await app.services.directory.people();
    const anna = people.find((p) => p.displayName === 'Anna Berg')!;
    await app.services.store.update('people', anna.id, { aadObjectId: stored.user.aadObjectId });

    // Erik invites Anna's preschool group, through the use case the API calls.
    const erik = await app.services.directory.actorFor(people.find((p) => p.displayName === 'Erik Lund')!);
    const round = await app.services.dialogues.create(erik, {
      kind: 'conditions',
      schoolYear: '2026/27',
      groups: [
        {
          name: 'Förskola',
          unitIds: [await app.unitId('Lärkans förskola')],
          start: '2026-09-15T09:00:00+02:00',
          end: '2026-09-15T11:00:00+02:00',
          place: 'Stadshuset, sal 3',
        },
      ],
    });
    const summary = await app.services.dialogues.sendInvitations(erik, round.id);
    expect(summary.withoutConversation.map((p) => p.displayName)).toEqual(['Erik Lund']);

    const card = page.locator('.ac-adaptiveCard', { hasText: 'Inbjudan: Förutsättningsdialog' });
    await eventually('the invitation card in the chat', async () => (await card.count()) > 0 || undefined);
    await page.screenshot({ path: 'tests/.artifacts/playground-invitation.png' }).catch(() => undefined);
    await card.getByRole('button', { name: 'Tacka ja' }).click();

    const anna2 = await app.services.directory.actorFor(anna);
    const recorded = await eventually('the answer in the store', async () => {
      const [mine] = await app.services.dialogues.myInvitations(anna2);
      return mine?.answer === 'accepted' ? mine : undefined;
    });
    expect(recorded).toMatchObject({ answer: 'accepted', answerLabel: 'Du har tackat ja' });

    // The card is updated in place for her.
    await eventually(
      'the updated card',
      async () => (await page.locator('.ac-adaptiveCard', { hasText: 'Du har tackat ja' }).count()) > 0 || undefined,
      15_000,
    );
    await page.screenshot({ path: 'tests/.artifacts/playground-accepted.png' }).catch(() => undefined);
    const overview = await app.services.dialogues.answers(erik, round.id);
    expect(overview.counts.accepted).toBe(1);
  });
});
