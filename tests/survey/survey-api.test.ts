import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let roundId: string;
let bjorkCode: string;
let larkanCode: string;

const publicClient = () => client(app.baseUrl);
/** As the survey page sends it: JSON, from the app's own origin. */
const submit = (code: string, body: unknown, headers: Record<string, string> = {}) =>
  publicClient().post(`/s/${code}`, body, { origin: app.services.config.publicUrl, ...headers });
const packedAnswers = async () =>
  (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items.reduce((n, p) => n + Number(p.fields.count), 0);
const answersAll = (v: number) => Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((id) => [id, v]));
const token = (i: number) => `device-token-${String(i).padStart(6, '0')}-abcdef`;

beforeAll(async () => {
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' }); // one answer at a time here: no waiting for company
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
});
afterAll(() => app.close());

describe('TLD rounds and links', () => {
  it('lets the organiser create and open a round; every unit gets an unguessable link', async () => {
    expect(
      (await anna.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-10-31' }))
        .status,
    ).toBe(403);
    const bad = await erik.post('/api/survey/rounds', {
      schoolYear: '2026-27',
      period: 'autumn',
      opensOn: '2026-10-31',
      closesOn: '2026-10-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/stänga innan den öppnar/);
    const created = await erik.post('/api/survey/rounds', {
      schoolYear: '2026-27',
      period: 'autumn',
      opensOn: '2026-10-01',
      closesOn: '2026-11-30',
    });
    expect(created.status).toBe(201);
    expect(created.body.label).toBe('TLD oktober 2026');
    roundId = created.body.id;
    expect((await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'open' })).body.status).toBe('open');

    const bjork = await app.unitId('Björkskolan');
    const link = (await anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/link`)).body;
    expect(link.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(link.url).toBe(`${app.services.config.publicUrl}/s/${link.code}`);
    bjorkCode = link.code;
    larkanCode = (await anna.get(`/api/units/${await app.unitId('Lärkans förskola')}/survey/rounds/${roundId}/link`)).body.code;
    expect((await anna.get(`/api/units/${await app.unitId('Sjöviksskolan')}/survey/rounds/${roundId}/link`)).status).toBe(403);
  });

  it('gives QR codes as PNG and SVG and a printable poster with the unit’s name', async () => {
    const bjork = await app.unitId('Björkskolan');
    const png = await fetch(`${app.baseUrl}/api/units/${bjork}/survey/rounds/${roundId}/qr.png`, {
      headers: { authorization: `Bearer ${await app.tokenFor('Anna Berg')}` },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const svg = await anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/qr.svg`);
    expect(svg.body).toMatch(/<svg/);
    const poster = await anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/qr.html`);
    expect(poster.body).toContain('Björkskolan');
    expect(poster.body).toContain(`/s/${bjorkCode}`);
    expect(poster.body).toContain('size: A4');
  });
});

describe('the anonymous form', () => {
  it('serves the page and the questions as an Adaptive Card without sign-in', async () => {
    const form = await publicClient().get(`/s/${bjorkCode}/form`);
    expect(form.status).toBe(200);
    expect(form.body.unitName).toBe('Björkskolan');
    expect(form.body.assisted).toBe(false);
    expect(form.body.card.version).toBe('1.5');
    const choiceSets = form.body.card.body.filter((b: any) => b.type === 'Input.ChoiceSet');
    expect(choiceSets).toHaveLength(10);
    expect(choiceSets[0].choices.map((c: any) => c.title)).toEqual([
      'Stämmer inte alls',
      'Stämmer ganska dåligt',
      'Stämmer ganska bra',
      'Stämmer helt och hållet',
      'Vet ej',
    ]);
    const preschool = await publicClient().get(`/s/${larkanCode}/form`);
    expect(preschool.body.assisted).toBe(true);
    expect(preschool.body.card.body.find((b: any) => b.type === 'Input.ChoiceSet').choices.map((c: any) => c.title)).toEqual([
      '☹️ Inte bra',
      '😐 Mittemellan',
      '😊 Bra',
    ]);
  });

  it('says clearly when a link is unknown, without an error trace', async () => {
    const page = await fetch(`${app.baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('Länken finns inte');
    expect(html).not.toMatch(/Error|at \w+ \(/);
    // The heading says it once; the text under it says what to do (a code of the right shape that no round has).
    expect(html.match(/Länken finns inte/g)).toHaveLength(2); // <title> and <h1>
    expect(html).toContain('skanna QR-koden igen');
    // An icon of its own (empty), so a browser does not ask for /favicon.ico and get a 404.
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('stores an answer with no identity, answers 201, and lets a device answer once', async () => {
    const r = await submit(
      bjorkCode,
      { answers: answersAll(4), deviceToken: token(0) },
      { 'user-agent': 'Noah-phone', 'x-forwarded-for': '10.1.2.3' },
    );
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('Tack för dina svar!');
    // Sized, not chunked: the head and the body leave in one socket write.
    expect(r.headers.get('transfer-encoding')).toBeNull();
    expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(r.body))));
    const again = await submit(bjorkCode, { answers: answersAll(1), deviceToken: token(0) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SURVEY_ALREADY_ANSWERED');

    const stored = (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items;
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0].fields).sort()).toEqual(['count', 'day', 'entries', 'hashes', 'migratedFrom', 'roundDay', 'roundId']);
    expect(stored[0].fields).toMatchObject({ count: 1, day: '2026-11-23', roundDay: `${roundId}|2026-11-23` });
    expect(JSON.parse(String(stored[0].fields.hashes))).toHaveLength(1); // a keyed hash, not the token
    const everything = JSON.stringify(stored);
    for (const leak of ['Noah-phone', '10.1.2.3', token(0)]) expect(everything).not.toContain(leak);
  });

  it('takes the next child on a shared tablet in assisted mode', async () => {
    for (let i = 0; i < 3; i++) expect((await submit(larkanCode, { answers: { ft1: 3, fd2: 1 } })).status).toBe(201);
  });

  it('refuses malformed and out-of-range answers, storing nothing', async () => {
    const before = await packedAnswers();
    const cases: [unknown, number][] = [
      [{ answers: { t1: 7 } }, 400],
      [{ answers: { t1: 2.5 } }, 400],
      [{ answers: { nope: 1 } }, 400],
      [{ answers: {} }, 400],
      [{ answers: { t1: 1 }, gradeBand: 'åk 12' }, 400],
      [{ answers: { t1: '4' } }, 400],
      ['{"answers":', 400],
      [{ answers: { t1: 1 }, extra: true }, 400],
      [{ answers: { t1: 1 } }, 400], // no device token
    ];
    for (const [body, status] of cases) expect((await submit(bjorkCode, body)).status).toBe(status);
    expect((await submit(bjorkCode, { answers: { t1: 1 } })).body.error.code).toBe('SURVEY_DEVICE_TOKEN_REQUIRED');
    const huge = await submit(bjorkCode, { answers: { t1: 1 }, pad: 'x'.repeat(5000) });
    expect(huge.status).toBe(413);
    expect(await packedAnswers()).toBe(before);
  });
});

describe('results that protect anonymity', () => {
  it('hides the unit’s figures until the threshold is met, then shows them', async () => {
    const bjork = await app.unitId('Björkskolan');
    let res = (await anna.get(`/api/units/${bjork}/survey/results`)).body.rounds[0];
    expect(res.unit).toMatchObject({ answers: 0, received: 1, shown: false, hiddenReason: 'fewAnswers' }); // released in batches of 10
    expect(res.unit.questions).toBeUndefined();

    for (let i = 1; i < 10; i++) await submit(bjorkCode, { answers: answersAll(i % 2 ? 3 : 2), deviceToken: token(i) });
    await anna.put(`/api/units/${bjork}/survey/rounds/${roundId}/students`, { count: 25 });
    app.clock.set(new Date(app.clock.now().getTime() + 60_000)); // past the open round's cache
    res = (await anna.get(`/api/units/${bjork}/survey/results`)).body.rounds[0];
    expect(res.unit).toMatchObject({ answers: 10, shown: true, students: 25, responseRate: 40 });
    expect(res.unit.index.T).toBeGreaterThan(0);
    expect(res.unit.questions[0].distribution).toEqual({ 0: 0, 1: 0, 2: 4, 3: 5, 4: 1 });
  });

  it('lets the organiser see every unit and export CSV that a spreadsheet will not run', async () => {
    const overview = (await erik.get(`/api/survey/rounds/${roundId}/results`)).body;
    expect(overview.units).toHaveLength(13);
    expect(overview.units.filter((u: any) => u.shown).map((u: any) => u.unitName)).toEqual(['Björkskolan']);
    // Björkskolan is the only school unit with answers; every other school unit is hidden, so the
    // total for school units equals Björkskolan's: shown, since 10 reach the threshold.
    expect((await anna.get(`/api/survey/rounds/${roundId}/results`)).status).toBe(403);
    const csv = await fetch(`${app.baseUrl}/api/survey/rounds/${roundId}/results.csv`, {
      headers: { authorization: `Bearer ${await app.tokenFor('Erik Lund')}` },
    });
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('Index Trygghet');
    expect(text).toContain('Björkskolan');
  });
});
