import { startFakeConnector } from '../support/fake-connector';
import { startTestApp, type TestApp } from '../support/test-app';
import { validateAdaptiveCard } from '../support/adaptive-card';

let app: TestApp;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
beforeAll(async () => {
  app = await startTestApp();
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
  await app.close();
});

let seq = 0;
function activity(overrides: Record<string, unknown>) {
  seq += 1;
  return {
    id: `act-${seq}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: '29:anna', name: 'Anna Berg', aadObjectId: 'aad-anna' },
    recipient: { id: '28:ska-bot', name: 'SKA' },
    conversation: { id: 'a:personal-anna', conversationType: 'personal', tenantId: 'tenant-1' },
    ...overrides,
  };
}

async function send(body: object) {
  return fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the bot on /api/messages, over real HTTP', () => {
  it('welcomes a person who installs it, with the help card, and remembers where to reach them', async () => {
    const before = connector.captured.length;
    const res = await send(
      activity({ type: 'conversationUpdate', membersAdded: [{ id: '29:anna', name: 'Anna Berg' }, { id: '28:ska-bot' }] }),
    );
    expect(res.status).toBe(200);
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    expect(reply.conversationId).toBe('a:personal-anna');
    const card = reply.activity.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.body[0].text).toBe('Hej Anna!');
    expect(validateAdaptiveCard(card.content)).toEqual([]);

    const stored = await app.conversations.find('aad-anna');
    expect(stored?.reference).toMatchObject({
      serviceUrl: connector.url,
      conversation: { id: 'a:personal-anna' },
      user: { id: '29:anna' },
    });
  });

  it('answers "hjälp" with the help card linking to the tab', async () => {
    const before = connector.captured.length;
    await send(activity({ type: 'message', text: 'Hjälp' }));
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    const content = reply.activity.attachments[0].content;
    expect(content.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Öppna Mitt kvalitetsarbete' });
    expect(content.actions[0].url).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/.+\/my-quality-work$/);
    expect(content.actions[1].url).toBe(`${app.services.config.publicUrl}/`);
  });

  it('answers free text with a card of what to try, each a button that sends the command', async () => {
    const before = connector.captured.length;
    await send(activity({ type: 'message', text: 'vad är klockan' }));
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    const card = reply.activity.attachments[0].content;
    expect(card.body[0].text).toBe('Det förstod jag inte riktigt');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.actions[0]).toMatchObject({
      type: 'Action.Submit',
      title: 'Mina dokument',
      data: { msteams: { type: 'imBack', value: 'mina dokument' } },
    });
  });

  it('tells someone it does not know that it cannot find them, for "mina dokument"', async () => {
    const before = connector.captured.length;
    await send(activity({ type: 'message', text: 'mina dokument', from: { id: '29:stranger', name: 'Okänd', aadObjectId: 'aad-nobody' } }));
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    expect(reply.activity.text).toMatch(/hittar dig inte/);
  });

  it('stores one reference per person, updated when they write from a new conversation', async () => {
    const before = connector.captured.length;
    await send(activity({ type: 'message', text: 'hjälp', conversation: { id: 'a:personal-anna-2', conversationType: 'personal' } }));
    await connector.waitFor(before + 1);
    const stored = await app.conversations.find('aad-anna');
    expect((stored?.reference as any).conversation.id).toBe('a:personal-anna-2');
    const all = await app.services.store.query('conversationReferences', { where: { userKey: 'aad-anna' } });
    expect(all.items).toHaveLength(1);
  });

  it('refuses a body that is not an activity, without a stack trace', async () => {
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('MALFORMED_JSON');
  });
});

describe('the Agents Playground user, mapped by SKA_PLAYGROUND_USER (local and test only)', () => {
  let local: TestApp;
  let fake: Awaited<ReturnType<typeof startFakeConnector>>;
  beforeAll(async () => {
    local = await startTestApp({ SKA_PLAYGROUND_USER: 'anna.berg@sjovik.example' });
    fake = await startFakeConnector();
  });
  afterAll(async () => {
    await fake.close();
    await local.close();
  });

  it('is the demo person it names: "mina dokument" shows her units, and she is remembered for proactive messages', async () => {
    // The Playground's default user (its default config's currentUser).
    const playground = { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
    await fetch(`${local.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity({ type: 'message', text: 'mina dokument', from: playground }), serviceUrl: fake.url }),
    });
    const [reply] = await fake.waitFor(1);
    const card = reply.activity.attachments[0].content;
    expect(card.body[0].text).toBe('Dina dokument');
    expect(card.body.filter((b: any) => b.type === 'Container').map((b: any) => b.items[0].text)).toEqual([
      'Björkskolan',
      'Lärkans förskola',
    ]);
    const anna = (await local.services.directory.personByEmail('anna.berg@sjovik.example'))!;
    expect((await local.conversations.forPerson(anna.id))?.userKey).toBe(playground.aadObjectId);
  });
});
