import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let lisa: ReturnType<typeof client>;
let reportUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  lisa = await app.clientFor('Lisa Ström');
  // Last year's Björkskolan plan is final in the demo data; its report is written now.
  reportUrl = `/api/units/${await app.unitId('Björkskolan')}/reports/2025-26`;
});
afterAll(() => app.close());

async function write(etag: string, updates: object[]) {
  return anna.patch(`${reportUrl}/sections`, { updates }, { 'if-match': etag });
}

describe('the Läsårsrapport', () => {
  it('is not started until the principal starts it, and then is built from the year’s plan', async () => {
    expect((await anna.get(reportUrl)).body.error.code).toBe('REPORT_NOT_STARTED');
    expect((await lisa.post(reportUrl)).status).toBe(403);
    const started = await anna.post(reportUrl);
    expect(started.status).toBe(201);
    const doc = started.body;
    expect(doc.report.status).toBe('draft');
    const titles = doc.plan.goalAreas.flatMap((g: any) => g.commitments.map((c: any) => c.title));
    expect(titles).toEqual(['Läsförståelse i alla ämnen', 'Trygghet på raster']);
    expect(doc.plan.goalAreas[0].commitments[0].followUps.length).toBeGreaterThan(0);
    expect(doc.definition.sections.map((s: any) => s.key)).toContain('analysisStructure');
    // Its own definition's name in running text, made on the server (the tab has no copy of the rule).
    expect(doc.name).toEqual({ label: doc.definition.label, the: 'läsårsrapporten', The: 'Läsårsrapporten' });
    expect(doc.missing).toEqual(['Strukturkvalitet', 'Processkvalitet', 'Resultatkvalitet', 'Utvecklingsbehov']);
  });

  it('takes results and effects per commitment, and refuses commitments not in the plan', async () => {
    const doc = (await anna.get(reportUrl)).body;
    const commitmentId = doc.plan.goalAreas[0].commitments[0].id;
    const r = await write(doc.etag, [
      { sectionKey: 'commitmentResults', commitmentId, fieldKey: 'results', value: 'Alla arbetslag använder lässtrategierna.' },
      {
        sectionKey: 'commitmentResults',
        commitmentId,
        fieldKey: 'effects',
        value: 'Andelen elever med godtagbar läsförståelse ökade från 78 till 84 %.',
      },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.report.content.commitmentResults[commitmentId]).toEqual({
      results: 'Alla arbetslag använder lässtrategierna.',
      effects: 'Andelen elever med godtagbar läsförståelse ökade från 78 till 84 %.',
    });
    const wrong = await write(r.body.etag, [{ sectionKey: 'commitmentResults', commitmentId: '999999', fieldKey: 'results', value: 'x' }]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('REPORT_UNKNOWN_SECTION');
    const unknownSection = await write(r.body.etag, [{ sectionKey: 'nope', value: 'x' }]);
    expect(unknownSection.body.error.code).toBe('REPORT_UNKNOWN_SECTION');
    expect((await anna.get(reportUrl)).body.etag).toBe(r.body.etag);
  });

  it('cannot be marked ready while an analysis field is empty, and says which', async () => {
    let doc = (await anna.get(reportUrl)).body;
    doc = (await write(doc.etag, [{ sectionKey: 'analysisStructure', value: 'Två nya speciallärare har gett mer stöd i åk 4.' }])).body;
    const early = await anna.post(`${reportUrl}/status`, { transition: 'ready' }, { 'if-match': doc.etag });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('REPORT_INCOMPLETE');
    expect(early.body.error.message).toMatch(/Processkvalitet, Resultatkvalitet, Utvecklingsbehov/);
    expect(early.body.error.details.missing).toEqual(['Processkvalitet', 'Resultatkvalitet', 'Utvecklingsbehov']);

    doc = (
      await write(doc.etag, [
        { sectionKey: 'analysisProcess', value: 'Kollegialt lärande varannan vecka förklarar att strategierna används.' },
        { sectionKey: 'analysisResult', value: 'Läsförståelsen ökade mest bland elever med svenska som andraspråk.' },
        {
          sectionKey: 'developmentNeeds',
          value: [{ text: 'Matematik: problemlösning i åk 4–6', goalAreaKey: 'kunskaper' }, { text: 'Studiero i klassrummet' }],
        },
      ])
    ).body;
    expect(doc.missing).toEqual([]);
    const ready = await anna.post(`${reportUrl}/status`, { transition: 'ready' }, { 'if-match': doc.etag });
    expect(ready.status).toBe(200);
    expect(ready.body.report.status).toBe('readyForDialogue');
  });

  it('is finalised or returned by the organiser, not by the principal; a return needs a comment', async () => {
    let doc = (await anna.get(reportUrl)).body;
    expect(doc.transitions).toEqual(['withdraw']);
    const byPrincipal = await anna.post(`${reportUrl}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(byPrincipal.status).toBe(403);

    const erikView = (await erik.get(reportUrl)).body;
    expect(erikView.transitions.sort()).toEqual(['finalise', 'reopen']);
    const silent = await erik.post(`${reportUrl}/status`, { transition: 'reopen' }, { 'if-match': erikView.etag });
    expect(silent.status).toBe(400);
    expect(silent.body.error.message).toMatch(/kommentar/);
    const returned = await erik.post(
      `${reportUrl}/status`,
      { transition: 'reopen', comment: 'Utveckla analysen av resultatkvaliteten: varför just andraspråkseleverna?' },
      { 'if-match': erikView.etag },
    );
    expect(returned.body.report.status).toBe('draft');
    const comments = (await anna.get(`${reportUrl}/comments`)).body;
    expect(comments).toEqual([
      expect.objectContaining({
        anchor: 'document',
        authorName: 'Erik Lund',
        authorRole: 'organiser',
        body: expect.stringMatching(/andraspråkseleverna/),
      }),
    ]);

    // An organiser comment left unanswered would hold the finalising back: the principal answers it.
    await anna.post(`${reportUrl}/comments`, { anchor: 'document', body: 'Analysen är utvecklad.', parentId: comments[0].id });
    doc = (await anna.get(reportUrl)).body;
    doc = (
      await write(doc.etag, [
        {
          sectionKey: 'analysisResult',
          value: 'Läsförståelsen ökade mest bland elever med svenska som andraspråk, eftersom studiehandledningen förstärktes.',
        },
      ])
    ).body;
    doc = (await anna.post(`${reportUrl}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).body;
    const final = await erik.post(`${reportUrl}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(final.body.report.status).toBe('final');
    const locked = await write(final.body.etag, [{ sectionKey: 'statistics', value: 'x' }]);
    expect(locked.body.error.code).toBe('DOCUMENT_NOT_EDITABLE');
  });

  it('keeps every saved change, and shows what changed since the last dialogue milestone as a word diff', async () => {
    const versions = (await anna.get(`${reportUrl}/versions`)).body;
    expect(versions.length).toBeGreaterThanOrEqual(8);
    expect(versions[0]).toMatchObject({ status: 'final', label: 'Fastställd', authorName: 'Erik Lund' });
    expect(versions.at(-1)).toMatchObject({ label: 'Påbörjad', authorName: 'Anna Berg' });

    const firstReady = [...versions].reverse().find((v: any) => v.label === 'Klar för dialog');
    const changes = (await anna.get(`${reportUrl}/changes?since=${firstReady.id}`)).body;
    expect(changes.since.id).toBe(firstReady.id);
    const result = changes.changes.find((c: any) => c.field === 'Resultatkvalitet');
    expect(result.kind).toBe('changed');
    expect(
      result.words
        .filter((w: any) => w.change === 'added')
        .map((w: any) => w.text)
        .join(''),
    ).toMatch(/studiehandledningen förstärktes/);

    const old = (await anna.get(`${reportUrl}/versions/${firstReady.id}`)).body;
    expect(old.meta.status).toBe('readyForDialogue');
    expect(old.entries.find((e: any) => e.field === 'Resultatkvalitet').text).not.toMatch(/studiehandledningen/);
  });

  it('exports to Word with the municipality, headings and the effect chain, readable by LibreOffice', async () => {
    const res = await fetch(`${app.baseUrl}${reportUrl}/export.docx`, {
      headers: { authorization: `Bearer ${await app.tokenFor('Anna Berg')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(res.headers.get('content-disposition')).toMatch(/L%C3%A4s%C3%A5rsrapport/);
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    const file = join(dir, 'rapport.docx');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
    if (!soffice) throw new Error('LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui (CI installs it)');
    execFileSync(soffice, ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    const text = readFileSync(join(dir, 'rapport.txt'), 'utf8');
    expect(text).toContain('Sjöviks kommun');
    expect(text).toContain('Läsårsrapport 2025/26');
    expect(text).toContain('Björkskolan');
    expect(text).toContain('Kunskaper: Läsförståelse i alla ämnen');
    expect(text).toContain('Tänkta effekter');
    expect(text).toContain('Analys: Strukturkvalitet');
    expect(text).toContain('Matematik: problemlösning i åk 4–6');
  });
});
