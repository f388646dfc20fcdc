/**
 * The intranet page offers its PDF where the board reads it: /intranet/{slug}/pdf has the page's own
 * visibility (the cookie /api/intranet/pages gives, a bearer token, or public when the admin says so),
 * and it is only ever the PUBLISHED final version: once the document has moved on, there is none.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfText } from '../support/pdf-text';

let app: TestApp;
let erik: ReturnType<typeof client>;
let maria: ReturnType<typeof client>;
let planUrl = '';

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  maria = await app.clientFor('Maria Sandberg');
  planUrl = `/api/units/${await app.unitId('Björkskolan')}/plans/2025-26`;
});
afterAll(() => app.close());

let pdfLink = '';
let cookie = '';

describe('the PDF beside the intranet page', () => {
  it('is linked from the published page', async () => {
    const published = await erik.post(`${planUrl}/publish`);
    expect(published.status).toBe(200);
    const listed = await maria.get('/api/intranet/pages');
    cookie = listed.headers.get('set-cookie')!.split(';')[0];
    const html = await (await fetch(published.body.url, { headers: { cookie } })).text();
    const link = html.match(/<a href="([^"]+\/pdf)">Ladda ner som PDF<\/a>/);
    expect(link).not.toBeNull();
    pdfLink = link![1].replace(/&amp;/g, '&');
    expect(pdfLink).toBe(`${app.baseUrl}/intranet/${encodeURIComponent(published.body.slug)}/pdf`);
  });

  it('opens for the board with the page’s cookie, and reads as the published final plan', async () => {
    const res = await fetch(pdfLink, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Åtagandeplan 2025/26 – Björkskolan');
    expect(text).toMatch(/Status: Fastställd · publicerad/);
    expect(text).not.toContain('Ladda ner som PDF');
  });

  it('asks for sign-in like the page does, without the cookie or with a forged one', async () => {
    expect((await fetch(pdfLink)).status).toBe(401);
    expect((await fetch(pdfLink, { headers: { cookie: 'ska_intranet=1.9999999999.forged' } })).status).toBe(401);
  });

  it('is never a draft: reopened, the plan has no PDF here until it is published again', async () => {
    const plan = (await erik.get(planUrl)).body;
    const reopened = await erik.post(
      `${planUrl}/status`,
      { transition: 'reopen', comment: 'Ett förtydligande till.' },
      { 'if-match': plan.etag },
    );
    expect(reopened.status).toBe(200);
    expect(reopened.body.plan.status).toBe('draft');
    const res = await fetch(pdfLink, { headers: { cookie } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toBe('application/pdf');
    expect((await fetch(`${app.baseUrl}/intranet/finns-inte/pdf`, { headers: { cookie } })).status).toBe(404);
  });
});
