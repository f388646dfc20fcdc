/** What the tabs are told about the process in effect: the dialogue types and the documents' names. */
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('GET /api/year-wheel gives the dialogue types in effect, the default ones and then the preset’s', async () => {
  const anna = await app.clientFor('Anna Berg');
  const tomas = await app.clientFor('Tomas Berg');
  const before = (await anna.get('/api/year-wheel')).body;
  expect(before.dialogueTypes.map((t: any) => t.label)).toEqual(['Förutsättningsdialog', 'Processdialog', 'Resultatdialog']);
  expect((await tomas.post('/api/admin/presets/2018')).status).toBe(200);
  const after = (await anna.get('/api/year-wheel')).body;
  expect(after.dialogueTypes.map((t: any) => t.key)).toEqual(after.wheel.dialogueTypes.map((t: any) => t.key));
  expect(after.dialogueTypes.map((t: any) => t.label)).toContain('Workshop om verksamhetsplanen');
  const config = (await (await fetch(`${app.baseUrl}/api/config`)).json()) as {
    documentLabels: Record<string, string>;
    documentNames: Record<string, { label: string; the: string; The: string }>;
  };
  expect(config.documentLabels).toMatchObject({ plan: 'Verksamhetsplan', report: 'Kvalitetsuppföljning' });
  // The tab's names in running text come from here, made by the server's one rule.
  expect(config.documentNames.plan).toEqual({ label: 'Verksamhetsplan', the: 'verksamhetsplanen', The: 'Verksamhetsplanen' });
  expect(config.documentNames.report).toEqual({
    label: 'Kvalitetsuppföljning',
    the: 'kvalitetsuppföljningen',
    The: 'Kvalitetsuppföljningen',
  });
});
