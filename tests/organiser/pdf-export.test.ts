/** PDF beside Word: made in-process (pdfkit), it parses and its text reads back with the unit's name and Swedish letters. */
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfText as readBack } from '../support/pdf-text';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function pdfText(path: string, who: string) {
  const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await app.tokenFor(who)}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const data = new Uint8Array(await res.arrayBuffer());
  expect(Buffer.from(data.subarray(0, 5)).toString()).toBe('%PDF-');
  return { text: await readBack(data), disposition: res.headers.get('content-disposition') };
}

it('exports a unit’s plan as PDF: the unit, the goal areas and å ä ö read back', async () => {
  const unitId = await app.unitId('Lärkans förskola');
  const { text, disposition } = await pdfText(`/api/units/${unitId}/plans/2025-26/export.pdf`, 'Anna Berg');
  expect(text).toContain('Lärkans förskola');
  expect(text).toContain('Åtagandeplan 2025/26');
  expect(text).toMatch(/Fastställd/);
  expect(text).toContain('Sjöviks kommun');
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Åtagandeplan 2025/26 Lärkans förskola.pdf')}`);
});

it('exports the organiser’s follow-up as PDF, its generated tables included, for the organiser only', async () => {
  const erik = `Bearer ${await app.tokenFor('Erik Lund')}`;
  expect(
    (await fetch(`${app.baseUrl}/api/organiser/annual-follow-up/2025-26`, { method: 'POST', headers: { authorization: erik } })).status,
  ).toBe(201);
  const { text } = await pdfText('/api/organiser/annual-follow-up/2025-26/export.pdf', 'Erik Lund');
  expect(text).toContain('Huvudmannens verksamhetsuppföljning 2025/26');
  expect(text).toContain('Björkskolan');
  expect(text).toContain('Grundskola F–6');
  const anna = await fetch(`${app.baseUrl}/api/organiser/annual-follow-up/2025-26/export.pdf`, {
    headers: { authorization: `Bearer ${await app.tokenFor('Anna Berg')}` },
  });
  expect(anna.status).toBe(403);
});
