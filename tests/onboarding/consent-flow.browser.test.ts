/**
 * The consent fallback in Chromium, against a fake Entra authority: the real consent pages
 * (auth-start.html, auth-end.html and their script, with teams-js replaced by a stand-in) and the
 * tab's TeamsSsoAuth. A declined consent (consent_required) opens the window once, however often
 * the tab asks for a token; the person's retry consents and the token comes. The authority
 * refuses redirect URIs the Entra manifest does not register (AADSTS50011), as Entra does.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, ROOT, visible } from '../browser/helpers';
import { bundle as bundleScript } from '../support/bundle';
import { startTestApp, type TestApp } from '../support/test-app';

const CLIENT_ID = '33333333-3333-3333-3333-333333333333';
let app: TestApp;
let authority: Server;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let mode: 'decline' | 'consent' = 'decline';
const authorizeRequests: URL[] = [];

/** The consent pages' scripts, teams-js replaced by the stand-in. */
const bundle = (entry: string) => bundleScript(entry, { alias: { '@microsoft/teams-js': join(__dirname, 'consent', 'fake-teams-js.ts') } });

/** The redirect URIs the Entra manifest registers for the single-page app, on this app's origin. */
const registered = () =>
  (JSON.parse(readFileSync(join(ROOT, 'infra', 'entra', 'aad.manifest.json'), 'utf8')).spa.redirectUris as string[]).map((u) =>
    u.replace('https://${{TAB_DOMAIN}}', app.baseUrl),
  );

beforeAll(async () => {
  authority = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://authority');
    if (!/^\/[^/]+\/oauth2\/v2\.0\/authorize$/.test(url.pathname)) return void res.writeHead(404).end();
    authorizeRequests.push(url);
    const redirect = url.searchParams.get('redirect_uri') ?? '';
    // Entra: a redirect URI the app does not register is refused at the authority (AADSTS50011).
    if (!registered().includes(redirect)) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end(
        '<h1>AADSTS50011</h1><p>The redirect URI specified in the request does not match the redirect URIs configured for the application.</p>',
      );
    }
    const state = url.searchParams.get('state') ?? '';
    const answer =
      mode === 'consent' ? `code=fake-code&state=${state}` : `error=consent_required&error_description=AADSTS65001&state=${state}`;
    res.writeHead(302, { Location: `${redirect}#${answer}` });
    res.end();
  });
  await new Promise<void>((r) => authority.listen(0, '127.0.0.1', () => r()));
  app = await startTestApp({
    SKA_AUTH: 'entra',
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_ALLOWED_TENANTS: '11111111-1111-1111-1111-111111111111',
    AAD_AUTHORITY_HOST: `http://127.0.0.1:${(authority.address() as AddressInfo).port}`,
  });
  const consentScript = await bundle(join(ROOT, 'tabs', 'auth', 'consent.ts'));
  const hostScript = await bundle(join(__dirname, 'consent', 'fake-teams-host.ts'));
  browser = await launchBrowser();
  ({ ctx, page } = await openPage(browser));
  // The consent pages are the app's own; only their script's teams-js is swapped.
  await ctx.route(/\/assets\/consent-[^/]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: consentScript }));
  await ctx.route(`${app.baseUrl}/__teams-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><p>Teams</p><script type="module">${hostScript}</script></body></html>`,
    }),
  );
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await app?.close();
  await new Promise<void>((r) => authority.close(() => r()));
});

type Ska = {
  ska: { auth: { getToken(): Promise<string | null>; retryConsent(): Promise<string | null> }; popups(): number; declined(): boolean };
};

test('a declined consent opens the window once, not in a loop; a retry consents and gives the token', async () => {
  await page.goto(`${app.baseUrl}/__teams-host.html`);
  await visible(page.getByText('Teams'));
  await page.waitForFunction(() => 'ska' in window);

  mode = 'decline';
  expect(await page.evaluate(() => (window as unknown as Ska).ska.auth.getToken())).toBeNull();
  for (let i = 0; i < 4; i++) expect(await page.evaluate(() => (window as unknown as Ska).ska.auth.getToken())).toBeNull();
  expect(await page.evaluate(() => (window as unknown as Ska).ska.popups())).toBe(1);
  expect(await page.evaluate(() => (window as unknown as Ska).ska.declined())).toBe(true);
  expect(authorizeRequests).toHaveLength(1);

  const [request] = authorizeRequests;
  expect(request.pathname).toBe('/tenant-1/oauth2/v2.0/authorize');
  expect(request.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(request.searchParams.get('redirect_uri')).toBe(`${app.baseUrl}/auth-end.html`);
  expect(request.searchParams.get('code_challenge_method')).toBe('S256');
  expect(request.searchParams.get('scope')).toContain('/access_as_user');

  mode = 'consent';
  expect(await page.evaluate(() => (window as unknown as Ska).ska.auth.retryConsent())).toBe('token-after-consent');
  expect(await page.evaluate(() => (window as unknown as Ska).ska.declined())).toBe(false);
  expect(await page.evaluate(() => (window as unknown as Ska).ska.auth.getToken())).toBe('token-after-consent');
  expect(authorizeRequests).toHaveLength(2);
});
