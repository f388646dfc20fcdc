/**
 * The dialogue flow over real HTTP: the organiser forms a round from the proposal, sends the
 * invitations (outbox → sender → a local fake Bot Connector), a principal accepts from the card
 * (an Action.Execute invoke on /api/messages), the organiser sees the answer; reminders go only to
 * those who still have something to do; non-organisers are refused.
 */
import { conversationOf, meetTheBot, personalActivity, postActivity as postTo } from '../support/bot-people';
import { startFakeConnector } from '../support/fake-connector';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { validateAdaptiveCard } from '../support/adaptive-card';
import { waitUntil } from '../support/wait';

let app: TestApp;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const PRINCIPALS = ['Anna Berg', 'Leila Haddad', 'Karin Holm'];
const conv = conversationOf;
const activity = (name: string, fields: Record<string, unknown>) => personalActivity(name, connector.url, fields);
const postActivity = (body: object) => postTo(app.baseUrl, body);

/** Proactive cards that arrived (they carry the outbox id), optionally for one conversation. */
const proactive = (conversationId?: string) =>
  connector.captured.filter((c) => c.activity.channelData?.skaOutboxId && (!conversationId || c.conversationId === conversationId));

beforeAll(async () => {
  app = await startTestApp();
  connector = await startFakeConnector();
  for (const p of await app.services.directory.people()) ids[p.displayName] = p.id;
  for (const name of [...PRINCIPALS, 'Erik Lund']) tokens[name] = await app.tokenFor(name);
  // The principals have met the bot in Teams: their Entra ids are known and the bot stored where to reach them.
  await meetTheBot(app, connector, PRINCIPALS);
  app.clock.set(new Date('2026-09-01T08:00:00+02:00'));
});
afterAll(async () => {
  await connector.close();
  await app.close();
});

let roundId = '';
let annaCard: any;

describe('a förutsättningsdialog round for 2026/27', () => {
  it('proposes groups of one school form and creates the round from them', async () => {
    const erik = client(app.baseUrl, tokens['Erik Lund']);
    const proposal = await erik.get('/api/dialogues/proposal/2026-27?kind=conditions');
    expect(proposal.status).toBe(200);
    expect(proposal.body.windowStart).toBe('2026-09-01');
    const preschool = proposal.body.groups.find((g: any) => g.schoolForm === 'preschool');
    expect(preschool.principalIds.sort()).toEqual(PRINCIPALS.map((n) => ids[n]).sort());
    expect(preschool.unitIds).toHaveLength(5);

    const created = await erik.post('/api/dialogues', {
      kind: 'conditions',
      schoolYear: '2026-27',
      organiserRepIds: [ids['Erik Lund']],
      groups: [
        {
          name: preschool.name,
          unitIds: preschool.unitIds,
          start: '2026-09-15T09:00:00+02:00',
          end: '2026-09-15T11:00:00+02:00',
          place: 'Stadshuset, sal 3',
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.groups[0]).toMatchObject({ name: 'Förskola', start: '2026-09-15T07:00:00.000Z' });
    roundId = created.body.id;
  });

  it('refuses a group that mixes school forms, in Swedish', async () => {
    const erik = client(app.baseUrl, tokens['Erik Lund']);
    const units = await app.services.directory.allUnits();
    const mixed = [units.find((u) => u.schoolForm === 'preschool')!.id, units.find((u) => u.schoolForm === 'compulsoryF6')!.id];
    const r = await erik.post('/api/dialogues', {
      kind: 'conditions',
      schoolYear: '2026-27',
      groups: [{ name: 'Blandad', unitIds: mixed }],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('DIALOGUE_GROUPS_INVALID');
    expect(r.body.error.message).toMatch(/skolformer blandas inte/);
  });

  it('sends the invitations through the outbox: a card arrives for each principal, the organiser rep has no conversation', async () => {
    const erik = client(app.baseUrl, tokens['Erik Lund']);
    const sent = await erik.post(`/api/dialogues/${roundId}/invitations`);
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ invitations: 4, queued: 4 });
    expect(sent.body.withoutConversation.map((p: any) => p.displayName)).toEqual(['Erik Lund']);

    await waitUntil(() => proactive().length >= 3, 'three invitation cards');
    for (const name of PRINCIPALS) expect(proactive(conv(name))).toHaveLength(1);
    annaCard = proactive(conv('Anna Berg'))[0].activity.attachments[0].content;
    expect(annaCard.body[0].text).toBe('Inbjudan: Förutsättningsdialog');
    expect(annaCard.refresh.userIds).toEqual(['29:anna']);
    expect(annaCard.actions.map((a: any) => a.title)).toEqual(['Tacka ja', 'Tacka nej', 'Önska annan tid', 'Lägg till i kalendern']);
    expect(annaCard.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'dialogue.accept', fallback: { type: 'Action.Submit' } });
    expect(JSON.stringify(annaCard)).toMatch(/my-quality-work\?context=/);
    expect(validateAdaptiveCard(annaCard)).toEqual([]);

    const again = await erik.post(`/api/dialogues/${roundId}/invitations`);
    expect(again.body).toMatchObject({ queued: 0, alreadyQueued: 4 });
  });

  it('records Anna’s accept from the card (Action.Execute invoke) and answers with the updated card', async () => {
    const invitationId = annaCard.actions[0].data.invitationId;
    const res = await postActivity(
      activity('Anna Berg', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'dialogue.accept', data: { invitationId } }, trigger: 'manual' },
      }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(body.value.body[0].text).toBe('Du har tackat ja');
    expect(validateAdaptiveCard(body.value)).toEqual([]);
  });

  it('refuses an answer to someone else’s invitation', async () => {
    const invitationId = annaCard.actions[0].data.invitationId;
    const res = await postActivity(
      activity('Leila Haddad', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'dialogue.decline', data: { invitationId } } },
      }),
    );
    const body = await res.json();
    expect(body).toMatchObject({ statusCode: 403, type: 'application/vnd.microsoft.error' });
  });

  it('shows the organiser the answers, the documents and who the bot cannot reach', async () => {
    const erik = client(app.baseUrl, tokens['Erik Lund']);
    const overview = await erik.get(`/api/dialogues/${roundId}/answers`);
    expect(overview.status).toBe(200);
    const invitees = overview.body.groups[0].invitees;
    const anna = invitees.find((i: any) => i.displayName === 'Anna Berg');
    expect(anna).toMatchObject({ answer: 'accepted', answerLabel: 'Tackat ja', delivery: 'sent' });
    expect(anna.units[0]).toMatchObject({ name: 'Lärkans förskola', documentStatus: 'draft' });
    expect(invitees.find((i: any) => i.displayName === 'Erik Lund')).toMatchObject({ delivery: 'noReference' });
    expect(overview.body.counts).toMatchObject({ accepted: 1, pending: 3 });

    const outbox = await erik.get(`/api/outbox?source=round:${roundId}`);
    expect(outbox.body.counts).toMatchObject({ sent: 3, noReference: 1 });
    expect(outbox.body.withoutConversation.map((p: any) => p.personName)).toEqual(['Erik Lund']);
  });

  it('offers the invitation as an .ics file', async () => {
    const invitationId = annaCard.actions[0].data.invitationId;
    const res = await fetch(`${app.baseUrl}/api/dialogue-invitations/${invitationId}/calendar`, {
      headers: { authorization: `Bearer ${tokens['Anna Berg']}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).toContain('DTSTART:20260915T070000Z');
    const viaCard = await fetch(annaCard.actions[3].url.replace(app.services.config.publicUrl, app.baseUrl));
    expect(await viaCard.text()).toContain('SUMMARY:Förutsättningsdialog: Förskola');
  });

  it('reminds two days before only those whose plan is not ready (or who have not answered)', async () => {
    // Karin makes both her plans ready and accepts in the tab; Leila does neither; Anna accepted but her plan is a draft.
    const karin = client(app.baseUrl, tokens['Karin Holm']);
    for (const unit of ['Havsörnens förskola', 'Strandängens förskola']) {
      const unitId = await app.unitId(unit);
      const plan = await karin.get(`/api/units/${unitId}/plans/2026-27`);
      const ready = await karin.post(
        `/api/units/${unitId}/plans/2026-27/status`,
        { transition: 'ready' },
        { 'if-match': plan.headers.get('etag')! },
      );
      expect(ready.status).toBe(200);
    }
    const mine = await karin.get('/api/my/dialogue-invitations');
    const answered = await karin.post(`/api/dialogue-invitations/${mine.body[0].invitationId}/answer`, { answer: 'accepted' });
    expect(answered.body.answer).toBe('accepted');

    app.clock.set(new Date('2026-09-13T10:00:00+02:00'));
    const before = proactive().length;
    const erik = client(app.baseUrl, tokens['Erik Lund']);
    const tick = await erik.post('/api/year-wheel/tick');
    expect(tick.body).toMatchObject({ schoolYear: '2026/27', dialogueReminders: 2 });
    await waitUntil(() => proactive().length >= before + 2, 'two reminders');
    await new Promise((r) => setTimeout(r, 300));
    const reminders = proactive().slice(before);
    expect(reminders.map((r) => r.conversationId).sort()).toEqual([conv('Anna Berg'), conv('Leila Haddad')].sort());
    const annaReminder = reminders.find((r) => r.conversationId === conv('Anna Berg'))!.activity.attachments[0].content;
    expect(JSON.stringify(annaReminder)).toContain('Åtagandeplanen för Lärkans förskola är inte klar för dialog.');
    expect(validateAdaptiveCard(annaReminder)).toEqual([]);

    const second = await erik.post('/api/year-wheel/tick');
    expect(second.body).toMatchObject({ dialogueReminders: 0, documentReminders: 0, checkIns: 0 });
  });

  it('refuses the organiser’s routes to a principal', async () => {
    const anna = client(app.baseUrl, tokens['Anna Berg']);
    expect((await anna.get('/api/dialogues/proposal/2026-27?kind=conditions')).status).toBe(403);
    expect((await anna.post(`/api/dialogues/${roundId}/invitations`)).status).toBe(403);
    expect((await anna.get(`/api/dialogues/${roundId}/answers`)).status).toBe(403);
    expect((await anna.get('/api/outbox')).status).toBe(403);
    expect((await anna.post('/api/year-wheel/tick')).status).toBe(403);
  });
});

describe('the organiser’s overview shows dialogue attendance', () => {
  it('gives each unit its principals’ answer per round of the year', async () => {
    const erik = await app.clientFor('Erik Lund');
    const overview = (await erik.get('/api/overview/2026-27')).body;
    const answers = overview.units.flatMap((u: any) => u.dialogues.map((d: any) => [u.unit.name, d.kind, d.answer]));
    // Anna accepted for the unit she was invited with; units in no group are "not invited".
    expect(answers.filter(([, , a]: string[]) => a === 'accepted').map(([name]: string[]) => name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Lärkans förskola|Björkskolan/)]),
    );
    expect(answers.some(([, , a]: string[]) => a === 'notInvited')).toBe(true);
    expect(
      answers.every(
        ([, k, a]: string[]) => k === 'conditions' && ['notInvited', 'pending', 'accepted', 'declined', 'otherTime'].includes(a),
      ),
    ).toBe(true);
  });
});
