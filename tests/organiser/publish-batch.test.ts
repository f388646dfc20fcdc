/** Several final documents published in one action: refused whole if anything is unfinished, per-document outcomes, retries without duplicates. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let maria: ReturnType<typeof client>;

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  maria = await app.clientFor('Maria Sandberg');
});
afterAll(() => app.close());

const plan = async (name: string, schoolYear = '2025-26') => ({ kind: 'plan', unitId: await app.unitId(name), schoolYear });

describe('publishing several final documents at once', () => {
  it('offers only final documents, to the organiser only', async () => {
    const offered = await erik.get('/api/intranet/publishable/2025-26');
    expect(offered.status).toBe(200);
    expect(offered.body.length).toBeGreaterThan(0);
    expect(offered.body.every((d: any) => d.kind === 'plan')).toBe(true); // last year's plans are final; nothing else is
    expect(offered.body.map((d: any) => d.unitName)).toContain('Björkskolan');
    expect((await erik.get('/api/intranet/publishable/2026-27')).body).toEqual([]); // this year's drafts are never offered
    expect((await anna.get('/api/intranet/publishable/2025-26')).status).toBe(403);
    expect((await maria.get('/api/intranet/publishable/2025-26')).status).toBe(403);
  });

  it('refuses the whole batch when one document is unfinished, and publishes nothing', async () => {
    const res = await erik.post('/api/intranet/publish', {
      documents: [await plan('Björkskolan'), await plan('Lärkans förskola', '2026-27')],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('NOT_PUBLISHABLE');
    expect(res.body.error.message).toMatch(/^Inget publicerades: .*Lärkans förskola är inte fastställd/);
    expect((await erik.get('/api/intranet/pages')).body).toEqual([]);
    const bad = await erik.post('/api/intranet/publish', { documents: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await anna.post('/api/intranet/publish', { documents: [await plan('Björkskolan')] })).status).toBe(403);
  });

  it('reports a failure per document, keeps what was published, and a retry makes no duplicates', async () => {
    const documents = [await plan('Björkskolan'), await plan('Lärkans förskola'), await plan('Kvarnbyskolan')];
    // One page cannot be written (its temporary file's place is taken): that one fails, the others go on.
    const blocked = join(app.dataDir, 'intranet', 'atagandeplan-2025-26-larkans-forskola.html.tmp');
    mkdirSync(blocked, { recursive: true });
    const first = await erik.post('/api/intranet/publish', { documents });
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: any) => r.outcome)).toEqual(['published', 'failed', 'published']);
    expect(first.body.results[1].error).toEqual({ code: 'PUBLISH_FAILED', message: expect.stringMatching(/Försök igen/) });
    expect(first.body.results[0].page).toMatchObject({
      title: 'Åtagandeplan 2025/26 – Björkskolan',
      unitName: 'Björkskolan',
      kind: 'plan',
      schoolYear: '2025/26',
    });

    rmSync(blocked, { recursive: true });
    const retry = await erik.post('/api/intranet/publish', { documents });
    expect(retry.body.results.map((r: any) => r.outcome)).toEqual(['unchanged', 'published', 'unchanged']);
    expect(retry.body.results[0].page.publishedAt).toBe(first.body.results[0].page.publishedAt);

    const pages = (await maria.get('/api/intranet/pages')).body;
    expect(pages).toHaveLength(3);
    expect(new Set(pages.map((p: any) => p.slug)).size).toBe(3);
    expect(readdirSync(join(app.dataDir, 'intranet')).filter((f) => f.endsWith('.html'))).toHaveLength(3);
    const offered = (await erik.get('/api/intranet/publishable/2025-26')).body;
    expect(offered.find((d: any) => d.unitName === 'Björkskolan').publishedAt).toBe(first.body.results[0].page.publishedAt);
  });

  it('shows the index by school year and type: titles, units, status and dates, not raw addresses', async () => {
    const cookie = (await maria.get('/api/intranet/pages')).headers.get('set-cookie')!.split(';')[0];
    const html = await (await fetch(`${app.baseUrl}/intranet`, { headers: { cookie } })).text();
    expect(html).toContain('<header>Intranät · Sjöviks kommun</header>');
    expect(html).not.toContain('Intranät · Intranät');
    expect(html).toContain('<h2>Läsår 2025/26</h2>');
    expect(html).toContain('<h3>Åtagandeplaner</h3>');
    expect(html).toMatch(
      /<td><a href="http:\/\/127\.0\.0\.1:\d+\/intranet\/atagandeplan-2025-26-bjorkskolan">Åtagandeplan 2025\/26 – Björkskolan<\/a><\/td><td>Björkskolan<\/td><td>Fastställd<\/td><td>\d{1,2} [a-zåäö]+ \d{4}<\/td>/,
    );
    expect(html).not.toMatch(/>\s*https?:\/\//); // no address shown as text
    const page = await (await fetch(`${app.baseUrl}/intranet/atagandeplan-2025-26-bjorkskolan`, { headers: { cookie } })).text();
    expect(page).toContain('<header>Intranät · Sjöviks kommun</header>');
    expect(page).toMatch(/Status: Fastställd · publicerad \d{1,2} [a-zåäö]+ 2026/);
  });
});
