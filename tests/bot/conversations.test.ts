/**
 * Conversations as data, through botbuilder's TestAdapter: what the user says or clicks, what the
 * bot answers, then the state the conversation should leave. The bot is the app's own SkaBot with
 * the app's use cases behind it (a real store with the demo municipality).
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { SkaBot } from '../../bot/ska-bot';
import { CARD_VERBS } from '../../bot/cards/verbs';
import type { BotDeps } from '../../bot/bot-deps';
import { openMyWork } from '../../src/app/documents/my-work';
import type { AppLinks } from '../../src/app/outbox/messages';
import { startTestApp, type TestApp } from '../support/test-app';
import { validateAdaptiveCard } from '../support/adaptive-card';

interface Expect {
  /** The reply is plain text matching this. */
  text?: RegExp;
  /** The reply (or invoke response) is a card whose first text block says this. */
  cardTitle?: string;
  /** Somewhere in the card's texts. */
  says?: RegExp[];
  buttons?: string[];
  /** The invoke answers with an error Teams shows on the card. */
  error?: { status: number; message: RegExp };
  /** The Action.Submit fallback updated the card it came from in place. */
  updatedInPlace?: boolean;
}

type Step =
  | { user: 'says'; text: string; bot: Expect }
  | { user: 'clicks'; via: 'Action.Execute' | 'Action.Submit'; verb: string; data: () => Record<string, unknown>; bot: Expect };

let app: TestApp;
let adapter: TestAdapter;
let invitationId = '';
let erikInvitationId = '';
const ANNA = { id: '29:anna-ta', name: 'Anna Berg', aadObjectId: 'aad-anna-ta' };

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-09-01T08:00:00+02:00'));
  const people = await app.services.directory.people();
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await app.services.store.update('people', id('Anna Berg'), { aadObjectId: ANNA.aadObjectId });
  const erik = await app.services.directory.actorFor(people.find((p) => p.displayName === 'Erik Lund')!);
  const larkan = await app.unitId('Lärkans förskola');
  const round = await app.services.dialogues.create(erik, {
    kind: 'conditions',
    schoolYear: '2026/27',
    groups: [
      { name: 'Förskola', unitIds: [larkan], start: '2026-09-15T09:00:00+02:00', end: '2026-09-15T11:00:00+02:00', place: 'Stadshuset' },
    ],
  });
  await app.services.dialogues.sendInvitations(erik, round.id);
  const anna = await app.services.directory.actorFor(people.find((p) => p.displayName === 'Anna Berg')!);
  invitationId = (await app.services.dialogues.myInvitations(anna))[0].invitationId;
  erikInvitationId = (await app.services.dialogues.myInvitations(erik))[0].invitationId;
  // Let the sender settle (nobody has a conversation yet) before the TestAdapter stores one.
  await app.sender.stop();

  const s = app.services;
  const links: AppLinks = {
    document: (kind, unitId, year) => `https://teams.microsoft.com/l/entity/app/my-quality-work?doc=${kind}|${unitId}|${year}`,
    calendar: (t) => `http://localhost/c/${t}`,
  };
  const deps: BotDeps = {
    myWork: openMyWork({ ...s, links, clock: app.clock }),
    conversations: app.conversations,
    directory: s.directory,
    settings: s.settings,
    dialogues: s.dialogues,
    checkIns: s.checkIns,
    links: { tabDeepLink: 'https://teams.microsoft.com/l/entity/app/my-quality-work', webUrl: 'http://localhost:3978/' },
    log: { info: () => undefined, error: () => undefined },
  };
  const bot = new SkaBot(deps);
  adapter = new TestAdapter((context) => bot.run(context));
});
afterAll(() => app.close());

const CONVERSATION: Step[] = [
  { user: 'says', text: 'hjälp', bot: { cardTitle: 'Hej Anna!', buttons: ['Öppna Mitt kvalitetsarbete', 'Öppna i webbläsaren'] } },
  {
    user: 'says',
    text: 'vad är klockan',
    bot: {
      cardTitle: 'Det förstod jag inte riktigt',
      says: [/”vad är klockan”/],
      buttons: ['Mina dokument', 'Nästa steg', 'Hjälp', 'Öppna Mitt kvalitetsarbete'],
    },
  },
  {
    user: 'says',
    text: 'Mina dokument',
    bot: {
      cardTitle: 'Dina dokument',
      says: [/^Björkskolan$/, /^Lärkans förskola$/],
      buttons: [
        'Öppna åtagandeplanen 2026/27',
        'Öppna läsårsrapporten 2026/27',
        'Öppna åtagandeplanen 2026/27',
        'Öppna läsårsrapporten 2026/27',
        'Öppna Mitt kvalitetsarbete',
      ],
    },
  },
  { user: 'says', text: 'vilken status har min plan?', bot: { cardTitle: 'Dina dokument' } },
  {
    user: 'says',
    text: 'nästa steg',
    bot: {
      cardTitle: 'Ditt nästa steg: Svara på inbjudan: Förutsättningsdialog',
      // What the tab's "Det här väntar på dig" lists (tests/bot/next-steps-agree), then the wheel's next event, in Swedish dates.
      says: [
        /^Svara på inbjudan: Förutsättningsdialog$/,
        /^Förskola, tisdag 15 september 2026/,
        /^Nästa i årshjulet: /,
        /^1 oktober – 31 oktober 2026$/,
      ],
    },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.otherTime,
    data: () => ({ invitationId }),
    bot: { error: { status: 400, message: /Skriv vilken tid som skulle passa bättre/ } },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.accept,
    data: () => ({ invitationId }),
    bot: { cardTitle: 'Du har tackat ja', buttons: ['Öppna åtagandeplanen', 'Ändra svar', 'Lägg till i kalendern'] },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.refresh,
    data: () => ({ invitationId }),
    bot: { cardTitle: 'Du har tackat ja' },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.change,
    data: () => ({ invitationId }),
    bot: {
      cardTitle: 'Inbjudan: Förutsättningsdialog',
      buttons: ['Öppna åtagandeplanen', 'Tacka ja', 'Tacka nej', 'Önska annan tid', 'Lägg till i kalendern'],
    },
  },
  {
    user: 'clicks',
    via: 'Action.Submit',
    verb: CARD_VERBS.otherTime,
    data: () => ({ invitationId, note: 'Tisdag 22 september på förmiddagen' }),
    bot: { cardTitle: 'Du har önskat en annan tid', updatedInPlace: true },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.decline,
    data: () => ({ invitationId: erikInvitationId }),
    bot: { error: { status: 403, message: /gäller någon annan/ } },
  },
  // Someone else's invitation cannot be opened from a card either (the rule lives in the dialogue service).
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.change,
    data: () => ({ invitationId: erikInvitationId }),
    bot: { error: { status: 403, message: /gäller någon annan/ } },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: CARD_VERBS.refresh,
    data: () => ({ invitationId: erikInvitationId }),
    bot: { error: { status: 403, message: /gäller någon annan/ } },
  },
  {
    user: 'clicks',
    via: 'Action.Execute',
    verb: 'dialogue.unknown',
    data: () => ({}),
    bot: { error: { status: 400, message: /känner jag inte igen/ } },
  },
];

function activityFor(step: Step, n: number): Partial<Activity> {
  const base = { from: ANNA, conversation: { id: 'a:personal-anna-ta' } as Activity['conversation'], channelId: 'msteams' };
  if (step.user === 'says') return { ...base, type: 'message', text: step.text };
  if (step.via === 'Action.Execute') {
    return {
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: step.verb, data: step.data() }, trigger: 'manual' },
    };
  }
  return { ...base, type: 'message', replyToId: `card-${n}`, value: { verb: step.verb, ...step.data() } };
}

/** Every text, title and value in a card, however deeply nested. */
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' ? (['text', 'title', 'value'].includes(k) ? [v] : []) : textsOf(v),
  );
}

function cardOf(a: Partial<Activity>): any {
  if (a.type === 'invokeResponse') return (a.value as any).body.value;
  return a.attachments?.[0]?.content;
}

describe('Anna’s conversation with the bot', () => {
  it.each(
    CONVERSATION.map(
      (step, i) => [i + 1, step.user === 'says' ? `says "${step.text}"` : `clicks ${step.verb} (${step.via})`, step] as const,
    ),
  )('step %i: %s', async (n, _title, step) => {
    // A card the Submit fallback can update in place.
    if (step.user === 'clicks' && step.via === 'Action.Submit')
      (adapter.activeQueue as Partial<Activity>[]).push({ id: `card-${n}`, type: 'message' });
    await adapter.processActivity(activityFor(step, n));
    const replies = (adapter.activeQueue as Partial<Activity>[]).splice(0);
    const expectation = step.bot;
    if (expectation.updatedInPlace) {
      expect(replies).toHaveLength(1);
      expect(replies[0].id).toBe(`card-${n}`);
    }
    const reply = replies.at(-1)!;
    expect(reply).toBeDefined();
    if (expectation.text) expect(reply.text).toMatch(expectation.text);
    if (expectation.error) {
      expect(reply.type).toBe('invokeResponse');
      const body = (reply.value as any).body;
      expect(body).toMatchObject({ statusCode: expectation.error.status, type: 'application/vnd.microsoft.error' });
      expect(body.value.message).toMatch(expectation.error.message);
    }
    if (expectation.cardTitle) {
      const card = cardOf(reply);
      if (reply.type === 'invokeResponse')
        expect((reply.value as any).body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      expect(card.body[0].text).toBe(expectation.cardTitle);
      for (const re of expectation.says ?? []) expect(textsOf(card)).toContainEqual(expect.stringMatching(re));
      expect(validateAdaptiveCard(card)).toEqual([]);
      const titles = [
        ...(card.body.flatMap((b: any) => (b.items ?? [b]).flatMap((x: any) => x.actions ?? [])) ?? []),
        ...(card.actions ?? []),
      ].map((a: any) => a.title);
      if (expectation.buttons) expect(titles).toEqual(expectation.buttons);
    }
  });

  it('leaves the answer recorded, the conversation remembered, and Erik’s invitation untouched', async () => {
    const invitation = await app.services.dialogues.invitation(invitationId);
    expect(invitation).toMatchObject({ answer: 'otherTime', answerNote: 'Tisdag 22 september på förmiddagen' });
    expect((await app.services.dialogues.invitation(erikInvitationId)).answer).toBe('pending');
    expect((await app.conversations.find(ANNA.aadObjectId))?.personId).toBe(invitation.personId);
  });
});

describe('a check-in answered from its card: one card for the unit, each answered commitment a follow-up', () => {
  const NOTE = 'Två pedagoger sjuka, läsgrupperna halvfulla.';
  let data: Record<string, string> = {};
  let commitmentId = '';
  const CHECK_IN: { inputs: () => Record<string, string>; bot: { status: number; title?: string; message?: RegExp } }[] = [
    { inputs: () => ({}), bot: { status: 400, message: /^Stäm av minst ett åtagande/ } },
    { inputs: () => ({ [`status-${commitmentId}`]: 'atRisk' }), bot: { status: 400, message: /^Skriv en kort kommentar/ } },
    { inputs: () => ({ [`note-${commitmentId}`]: NOTE }), bot: { status: 400, message: /^Välj hur det går/ } },
    {
      inputs: () => ({ [`status-${commitmentId}`]: 'sideways', [`note-${commitmentId}`]: NOTE }),
      bot: { status: 400, message: /Välj en status/ },
    },
    {
      inputs: () => ({ [`status-${commitmentId}`]: 'atRisk', [`note-${commitmentId}`]: NOTE }),
      bot: { status: 200, title: 'Tack! Uppföljningarna är sparade' },
    },
    {
      inputs: () => ({ [`status-${commitmentId}`]: 'atRisk', [`note-${commitmentId}`]: NOTE }),
      bot: { status: 200, title: 'Avstämningen är redan sparad' },
    },
  ];

  beforeAll(async () => {
    const people = await app.services.directory.people();
    const anna = await app.services.directory.actorFor(people.find((p) => p.displayName === 'Anna Berg')!);
    const larkan = await app.unitId('Lärkans förskola');
    // Only a plan marked ready gets check-ins.
    const draft = (await app.services.plans.get(anna, larkan, '2026/27'))!;
    await app.services.plans.transition(anna, larkan, '2026/27', draft.etag, 'ready');
    const view = (await app.services.checkIns.view(`checkIn:test:${larkan}`, larkan, '2026/27'))!;
    expect(view.commitments).toHaveLength(1);
    commitmentId = view.commitments[0].commitmentId;
    data = { checkInKey: view.checkInKey, unitId: larkan, schoolYear: '2026/27' };
  });

  it.each(CHECK_IN.map((step, i) => [i + 1, step] as const))('click %i', async (_n, step) => {
    await adapter.processActivity({
      from: ANNA,
      channelId: 'msteams',
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: CARD_VERBS.checkIn, data: { ...data, ...step.inputs() } } },
    });
    const reply = (adapter.activeQueue as Partial<Activity>[]).splice(0).at(-1)!;
    const body = (reply.value as any).body;
    expect(body.statusCode).toBe(step.bot.status);
    if (step.bot.message) expect(body.value.message).toMatch(step.bot.message);
    if (step.bot.title) {
      expect(body.value.body[0].text).toBe(step.bot.title);
      expect(validateAdaptiveCard(body.value)).toEqual([]);
    }
  });

  it('leaves one follow-up in the plan', async () => {
    const people = await app.services.directory.people();
    const anna = await app.services.directory.actorFor(people.find((p) => p.displayName === 'Anna Berg')!);
    const after = (await app.services.plans.get(anna, data.unitId, '2026/27'))!;
    const followUps = after.plan.goalAreas.flatMap((g) => g.commitments).find((c) => c.id === commitmentId)!.followUps;
    expect(followUps.filter((f) => f.note === NOTE)).toEqual([
      expect.objectContaining({ status: 'atRisk', date: '2026-09-01', authorName: 'Anna Berg' }),
    ]);
  });
});
