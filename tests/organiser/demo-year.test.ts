/**
 * The demo municipality in the middle of its year (SKA_SEED_DEMO=year, what `npm start` shows):
 * what each person finds on their first screen is real data, played through the use cases.
 */
import { seedDemoMunicipality } from '../../src/app/seed/seed';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let maria: ReturnType<typeof client>;

beforeAll(async () => {
  app = await startTestApp({ SKA_SEED_DEMO: 'year' });
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  maria = await app.clientFor('Maria Sandberg');
}, 120_000);
afterAll(() => app.close());

const byName = (overview: any, name: string) => overview.units.find((u: any) => u.unit.name === name);

describe('last school year', () => {
  it('is complete: plans and reports final, both TLD rounds closed', async () => {
    const o = (await erik.get('/api/overview/2025-26')).body;
    expect(o.units).toHaveLength(13);
    expect(o.units.every((u: any) => u.plan?.status === 'final' && u.report?.status === 'final')).toBe(true);
    const rounds = (await erik.get('/api/survey/rounds')).body;
    const last = (Array.isArray(rounds) ? rounds : rounds.rounds).filter((r: any) => r.schoolYear === '2025/26');
    expect(last.map((r: any) => [r.period, r.status])).toEqual([
      ['autumn', 'closed'],
      ['spring', 'closed'],
    ]);
  });

  it('has TLD results above and below the threshold', async () => {
    const o = (await erik.get('/api/overview/2025-26')).body;
    const bjork = byName(o, 'Björkskolan').tld;
    expect(bjork.map((t: any) => t.shown)).toEqual([true, true]);
    expect(bjork[1].index.T).toBeGreaterThan(bjork[0].index.T); // trygghet up over the year
    expect(bjork[1].index.D).toBeLessThan(bjork[0].index.D); // delaktighet down
    expect(byName(o, 'Tallidens skola').tld.every((t: any) => !t.shown && t.answers > 0 && t.answers < 10)).toBe(true);
  });

  it('has its annual follow-up published, which the board reads', async () => {
    const pages = (await maria.get('/api/intranet/pages')).body;
    expect(pages.map((p: any) => p.title)).toContain('Huvudmannens verksamhetsuppföljning 2025/26');
    const annual = (await erik.get('/api/organiser/annual-follow-up/2025-26')).body;
    expect(annual.document.status).toBe('final');
    expect(annual.missing).toEqual([]);
  });
});

describe('this school year, up to today', () => {
  it('has plans in every status, follow-ups fresh and stale, TLD with a trend, key figures', async () => {
    const o = (await erik.get('/api/overview/2026-27')).body;
    const statuses = o.units.map((u: any) => u.plan?.status ?? 'notStarted');
    expect(new Set(statuses)).toEqual(new Set(['notStarted', 'draft', 'readyForDialogue', 'final']));
    const days = o.units.map((u: any) => u.daysSinceFollowUp).filter((d: any) => d !== null);
    expect(Math.min(...days)).toBeLessThanOrEqual(7);
    expect(Math.max(...days)).toBeGreaterThan(30);
    const autumn = byName(o, 'Sjöviksskolan').tld.map((t: any) => t.label);
    expect(autumn).toEqual(['TLD oktober 2025', 'TLD april 2026', 'TLD oktober 2026']);
    expect(byName(o, 'Sjöviksskolan').keyFigures.filter((k: any) => k.hasData).length).toBeGreaterThanOrEqual(3);
    expect(o.units.every((u: any) => u.keyFigures.every((k: any) => k.hasData && k.values.every((v: any) => v.year <= 2026)))).toBe(true);
    expect(o.boardGoals.find((g: any) => g.id === 'bg-trygghet').unitIds.length).toBeGreaterThan(0);
  });

  it('has a plan returned with the organiser’s comment for the principal to answer', async () => {
    const lark = await app.unitId('Lärkans förskola');
    const plan = (await anna.get(`/api/units/${lark}/plans/2026-27`)).body;
    expect(plan.plan.status).toBe('draft');
    const comments = (await anna.get(`/api/units/${lark}/plans/2026-27/comments`)).body;
    const list = Array.isArray(comments) ? comments : comments.comments;
    expect(list.some((c: any) => /tydligare tänkt effekt/.test(c.body))).toBe(true);
  });

  it('held the conditions dialogue: answers given, notes written and answered', async () => {
    const rounds = (await erik.get('/api/dialogues?schoolYear=2026-27')).body;
    const round = (Array.isArray(rounds) ? rounds : rounds.rounds).find((r: any) => r.kind === 'conditions');
    expect(round.invitedAt).toBeTruthy();
    const answers = (await app.services.store.query('dialogueInvitations', { where: { roundId: round.id } })).items.map(
      (i) => i.fields.answer,
    );
    expect(new Set(answers)).toEqual(new Set(['accepted', 'otherTime', 'pending']));
    const bjork = await app.unitId('Björkskolan');
    const notes = (await anna.get(`/api/units/${bjork}/dialogue-notes/2026-27`)).body;
    const list = Array.isArray(notes) ? notes : notes.notes;
    expect(list.map((n: any) => n.authorName)).toEqual(['Erik Lund', 'Anna Berg']);
  });

  it('has a few people the bot cannot reach, and nothing left to send from the past', async () => {
    const people = await app.services.directory.people();
    const missing = await app.services.reach.unreachable(people.map((p) => p.id));
    expect(missing.map((id) => people.find((p) => p.id === id)!.displayName).sort()).toEqual(['Ahmed Ali', 'Omar Farah', 'Peter Sjöberg']);
    const outbox = await app.services.outbox.overview();
    expect(outbox.counts.pending + outbox.counts.sending).toBe(0);
    expect(outbox.withoutConversation.map((w: any) => w.personName).sort()).toEqual(['Omar Farah', 'Peter Sjöberg']);
  });

  it('is seeded once: a second start changes nothing', async () => {
    const before = (await app.services.store.query('plans')).items.length;
    const { store, directory, plans, clock } = app.services;
    expect(await seedDemoMunicipality({ store, directory, plans, clock }, 'year')).toBe(false);
    expect((await app.services.store.query('plans')).items.length).toBe(before);
  });
});

describe('SKA_SEED_DEMO=empty', () => {
  it('starts bare: the municipality and its people, no documents', async () => {
    const bare = await startTestApp({ SKA_SEED_DEMO: 'empty' });
    try {
      expect(await bare.services.directory.allUnits()).toHaveLength(13);
      expect((await bare.services.store.query('plans')).items).toHaveLength(0);
      expect((await bare.services.store.query('surveyRounds')).items).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });
});
