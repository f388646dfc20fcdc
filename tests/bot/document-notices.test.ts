/**
 * Notices about a person's document over real HTTP: the organiser returns last year's plan with a
 * comment, the principal answers, the organiser comments, finalises and publishes — each a card
 * through the outbox to a local fake Bot Connector, to the document's principal (the answer: to
 * the organiser who commented), never to the one who acted, and each once however often told.
 */
import { conversationOf, meetTheBot } from '../support/bot-people';
import { startFakeConnector } from '../support/fake-connector';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { validateAdaptiveCard } from '../support/adaptive-card';
import { waitUntil } from '../support/wait';

let app: TestApp;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let bjork = '';
const ids: Record<string, string> = {};
const PEOPLE = ['Anna Berg', 'Erik Lund'];
const conv = conversationOf;
const url = () => `/api/units/${bjork}/plans/2025-26`;

/** Notice cards that arrived for one person (proactive: they carry the outbox id). */
const cardsFor = (name: string) =>
  connector.captured
    .filter((c) => c.activity.channelData?.skaOutboxId && c.conversationId === conv(name))
    .map((c) => c.activity.attachments[0].content);
const noticeItems = async () =>
  (await app.services.store.query('outbox', { top: 500 })).items.filter((i) => i.fields.kind === 'documentNotice');

beforeAll(async () => {
  app = await startTestApp();
  connector = await startFakeConnector();
  for (const p of await app.services.directory.people()) ids[p.displayName] = p.id;
  await meetTheBot(app, connector, PEOPLE);
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  bjork = await app.unitId('Björkskolan');
});
afterAll(async () => {
  await connector.close();
  await app.close();
});

describe('notices about a document', () => {
  it('tells the principal, once, that the organiser returned the plan, with the comment and a link to it', async () => {
    const plan = (await erik.get(url())).body;
    expect(plan.plan.status).toBe('final');
    const returned = await erik.post(
      `${url()}/status`,
      { transition: 'reopen', comment: 'Förtydliga hur läsförståelsen följs upp under året.' },
      { 'if-match': plan.etag },
    );
    expect(returned.status).toBe(200);
    await waitUntil(() => cardsFor('Anna Berg').length === 1, 'the notice to Anna');
    const card = cardsFor('Anna Berg')[0];
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(card.body[0].text).toBe('Åtagandeplan 2025/26 för Björkskolan har återsänts till utkast');
    expect(text).toContain('Erik Lund återsände dokumentet till utkast med en kommentar.');
    expect(text).toContain('Förtydliga hur läsförståelsen följs upp under året.');
    expect(card.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Öppna åtagandeplanen' });
    expect(decodeURIComponent(card.actions[0].url)).toContain(`"subEntityId":"plan|${bjork}|2025-26"`);
    expect(cardsFor('Erik Lund')).toHaveLength(0); // not to the one who returned it
  });

  it('does not send twice when the same status change comes again or is told again (retry, second instance)', async () => {
    const plan = (await erik.get(url())).body;
    const again = await erik.post(`${url()}/status`, { transition: 'reopen', comment: 'Igen.' }, { 'if-match': plan.etag });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('STATUS_TRANSITION_NOT_ALLOWED');
    const [item] = await noticeItems();
    const payload = JSON.parse(String(item.fields.payload));
    const erikActor = await app.services.directory.actorFor((await app.services.directory.person(ids['Erik Lund']))!);
    const finalEtag = String(item.fields.dedupeKey).split(':reopen:')[1].split(`:${ids['Anna Berg']}`)[0];
    const told = await app.services.documentNotices.told({
      kind: 'returned',
      ref: payload.ref,
      actor: erikActor,
      eventKey: `reopen:${finalEtag}`,
      commentId: payload.commentId,
    });
    expect(told).toBe(0);
    expect(await noticeItems()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(cardsFor('Anna Berg')).toHaveLength(1);
  });

  it('tells the organiser who commented of the principal’s answer, and the principal of a new comment', async () => {
    const reason = (await anna.get(`${url()}/comments`)).body.find((c: any) => c.anchor === 'document');
    expect(
      (await anna.post(`${url()}/comments`, { anchor: 'document', body: 'Vi lägger till screening i januari.', parentId: reason.id }))
        .status,
    ).toBe(201);
    await waitUntil(() => cardsFor('Erik Lund').length === 1, 'the answer to Erik');
    expect(cardsFor('Erik Lund')[0].body[0].text).toBe('Åtagandeplan 2025/26 för Björkskolan har fått svar på din kommentar');
    expect(JSON.stringify(cardsFor('Erik Lund')[0])).toContain('Vi lägger till screening i januari.');

    const comment = await erik.post(`${url()}/comments`, { anchor: 'document', body: 'Bra. Ta med elevhälsan också.' });
    expect(comment.status).toBe(201);
    await waitUntil(() => cardsFor('Anna Berg').length === 2, 'the comment to Anna');
    expect(cardsFor('Anna Berg')[1].body[0].text).toBe('Åtagandeplan 2025/26 för Björkskolan har fått en kommentar');
    // A principal's own top-level comment tells nobody.
    await anna.post(`${url()}/comments`, { anchor: 'document', body: 'Anteckning till mig själv.' });
    await anna.post(`${url()}/comments`, { anchor: 'document', body: 'Elevhälsan är med.', parentId: comment.body.id });
    await waitUntil(() => cardsFor('Erik Lund').length === 2, 'the second answer');
    expect(await noticeItems()).toHaveLength(4);
  });

  it('tells the principal when the plan is finalised and published, once per final version, not when they mark it ready', async () => {
    const ready = await anna.post(`${url()}/status`, { transition: 'ready' }, { 'if-match': (await anna.get(url())).body.etag });
    expect(ready.status).toBe(200);
    expect(await noticeItems()).toHaveLength(4);
    const final = await erik.post(`${url()}/status`, { transition: 'finalise' }, { 'if-match': ready.body.etag });
    expect(final.status).toBe(200);
    await waitUntil(() => cardsFor('Anna Berg').length === 3, 'the finalised notice');
    expect(cardsFor('Anna Berg')[2].body[0].text).toBe('Åtagandeplan 2025/26 för Björkskolan är fastställd');

    expect((await erik.post(`${url()}/publish`)).status).toBe(200);
    expect((await erik.post(`${url()}/publish`)).status).toBe(200); // the same version again: no second notice
    await waitUntil(() => cardsFor('Anna Berg').length === 4, 'the published notice');
    expect(cardsFor('Anna Berg')[3].body[0].text).toBe('Åtagandeplan 2025/26 för Björkskolan är publicerad på intranätet');
    expect(await noticeItems()).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 300));
    expect(cardsFor('Anna Berg')).toHaveLength(4);
  });
});
