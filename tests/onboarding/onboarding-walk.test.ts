/**
 * The onboarding in a real browser: an empty store, the bootstrap admin signs in (demo picker),
 * fills in Katalog, previews, applies; the principal found only through the import opens their
 * unit's plan. Groups come from the Graph fake, units from the saved Skolenhetsregistret file.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphDirectorySource } from '../../src/adapters/entra/graph-directory-source';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { launchBrowser, openPage, shot, signInAs, visible } from '../browser/helpers';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { startTestApp, type TestApp } from '../support/test-app';

const oid = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const gid = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;
let fake: FakeGraphServer;
let app: TestApp;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  const d = fake.directory;
  d.addUser({ id: oid(1), displayName: 'Greta Admin', mail: 'greta@sjovik.example', userPrincipalName: 'greta@sjovik.example' });
  d.addUser({ id: oid(4), displayName: 'Pia Principal', mail: 'pia@sjovik.example', userPrincipalName: 'pia@sjovik.example' });
  d.addUser({ id: oid(5), displayName: 'Rut Rektor', mail: 'rut@sjovik.example', userPrincipalName: 'rut@sjovik.example' });
  d.addGroup({ id: gid(1), displayName: 'SKA admin', members: [oid(1)] });
  d.addGroup({ id: gid(4), displayName: 'Alla rektorer', members: [oid(4), oid(5)] });
  d.addGroup({ id: gid(5), displayName: 'Björkskolan rektor', members: [oid(4)] });
  app = await startTestApp(
    {
      SKA_SEED_DEMO: 'false',
      SKA_BOOTSTRAP_ADMINS: 'greta@sjovik.example',
      SKOLVERKET_FILE: join(__dirname, '..', 'fixtures', 'skolverket', 'skolenhetsregistret-9990.json'),
    },
    { directorySource: GraphDirectorySource.create({ authProvider: new StaticTokenAuthProvider('t'), hostRewrite: fake.url }) },
  );
  browser = await launchBrowser();
  ({ ctx, page } = await openPage(browser));
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await app?.close();
  await fake?.close();
});

test('the bootstrap admin previews and applies the import; the imported principal opens the plan', async () => {
  await page.goto(app.baseUrl);
  await signInAs(page, 'greta@sjovik.example');
  await page.getByTestId('app-nav').getByRole('link', { name: 'Katalog', exact: true }).click();
  await visible(page.getByTestId('directory-import'));
  await page.getByTestId('municipality-code').fill('9990');
  await page.getByTestId('group-admin').fill(gid(1));
  await page.getByTestId('group-principals').fill(gid(4));
  await page.getByTestId('add-unit').click();
  await page.getByTestId('unit-code-0').fill('10000002');
  await page.getByTestId('unit-principals-0').fill(gid(5));
  await page.getByTestId('leadership').fill('10000001: rut@sjovik.example');
  await page.getByTestId('save-config').click();
  await visible(page.getByText('Inställningarna är sparade.'));

  await page.getByTestId('preview').click();
  const result = page.getByTestId('preview-result');
  await visible(result);
  await visible(result.getByText('Björkskolan (Grundskola F–6, 10000002): ny'));
  await visible(result.getByText('Pia Principal: Björkskolan (rektor)'));
  await visible(result.getByText('Rut Rektor: Ekbackens förskola (rektor)'));
  await shot(page, 'onboarding-01-preview');
  // Nothing is written by the preview.
  expect((await app.services.directory.people()).map((p) => p.displayName)).toEqual(['greta@sjovik.example']);

  await page.getByTestId('apply').click();
  await visible(page.getByText(/Ändringarna är tillämpade/));
  expect((await app.services.directory.people()).map((p) => p.displayName).sort()).toEqual(['Greta Admin', 'Pia Principal', 'Rut Rektor']);

  await page.goto(app.baseUrl); // the admin's view is not the principal's
  await signInAs(page, 'Pia Principal');
  // Wherever the admin's session left the URL, the principal's own unit is in the menu.
  await page.getByTestId('app-nav').getByRole('link', { name: 'Min enhet', exact: true }).click();
  // One unit: the tab opens it directly.
  const heading = page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Björkskolan' });
  const link = page.getByRole('link', { name: /Björkskolan/ });
  await visible(heading.or(link)).catch(async (e) => {
    await shot(page, 'onboarding-fail');
    console.log(await page.locator('body').innerText());
    throw e;
  });
  if (!(await heading.isVisible())) await link.first().click();
  await visible(heading);
  await page
    .getByRole('button', { name: /^Påbörja/ })
    .first()
    .click();
  await visible(page.getByRole('region', { name: 'Kunskaper', exact: true }));
  await shot(page, 'onboarding-02-principal-plan');
});
