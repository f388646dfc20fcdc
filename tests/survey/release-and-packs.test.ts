/**
 * Issue 12.2: answers reach results in batches, never one at a time, and what is stored carries
 * no time finer than the day and no order: shuffled packs. Migration from one item per answer.
 */
import { migrateUnpackedAnswers } from '../../src/app/survey/survey-migration';
import { decodePack, release, type PackedAnswer } from '../../src/domain/survey-packs';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let roundId: string;
let code: string;
let bjork: string;
const all = (v: number) => Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((id) => [id, v]));
let device = 0;
const submit = (answers: Record<string, number>) =>
  client(app.baseUrl).post(
    `/s/${code}`,
    { answers, deviceToken: `release-device-${String(device++).padStart(4, '0')}-abc` },
    { origin: app.services.config.publicUrl },
  );
const later = () => app.clock.set(new Date(app.clock.now().getTime() + 60_000)); // past the open round's 30 s cache

beforeAll(async () => {
  app = await startTestApp(); // default packing: an answer waits up to 2 s for company
  const erik = await app.clientFor('Erik Lund');
  roundId = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-11-01', closesOn: '2026-11-30' })
  ).body.id;
  await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'open' });
  bjork = await app.unitId('Björkskolan');
  code = (await erik.get(`/api/units/${bjork}/survey/rounds/${roundId}/link`)).body.code;
});
afterAll(() => app.close());

async function unitResult() {
  const anna = await app.clientFor('Anna Berg');
  return (await anna.get(`/api/units/${bjork}/survey/results`)).body.rounds.find((r: any) => r.round.id === roundId).unit;
}

describe('results in batches', () => {
  it('reading before and after one child answers gives nothing about that child', async () => {
    const first = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(all(i % 2 ? 4 : 3))));
    expect(first.every((r) => r.status === 201)).toBe(true);
    later();
    const before = await unitResult();
    expect(before).toMatchObject({ shown: true, answers: 12 });

    expect((await submit(all(1))).status).toBe(201); // the one child, answering "stämmer inte alls" throughout
    later();
    const after = await unitResult();
    expect(after.questions).toEqual(before.questions);
    expect(after.index).toEqual(before.index);
    expect(after.answers).toBe(12);
    expect(after.received).toBe(13);
  });

  it('moves on once the threshold of new answers has arrived, in one step', async () => {
    await Promise.all(Array.from({ length: 9 }, () => submit(all(2))));
    later();
    expect(await unitResult()).toMatchObject({ answers: 22, received: 22 });
  });

  it('is the same on a second instance: what is released is stored, not kept in one process', async () => {
    await submit(all(1)); // one more, not released
    const { composeApp } = await import('../../src/compose');
    const { parseConfig } = await import('../../src/config');
    const { FixedClock } = await import('../../src/adapters/system/system-clock');
    const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_PUBLIC_URL: app.services.config.publicUrl, SKA_DATA_DIR: app.dataDir });
    const second = await composeApp(config, {
      clock: new FixedClock(app.clock.now()),
      log: { info: () => undefined, error: () => undefined },
    });
    try {
      const round = await second.services.surveys.round(roundId);
      const mine = (await second.services.surveyResults.forRound(round)).units.find((u) => u.unitId === bjork)!;
      later();
      const theirs = await unitResult();
      expect(mine).toMatchObject({ answers: 22, received: 23 });
      expect(mine.questions).toEqual(theirs.questions);
    } finally {
      await second.close();
    }
  });

  it('a unit never moves by fewer than the threshold (the rule itself)', () => {
    const a = (unitId: string): PackedAnswer => ({ unitId, schoolForm: 'compulsoryF6', gradeBand: '', answers: { t1: 1 } });
    let marks = {};
    const seen: number[] = [];
    const packs: { id: number; answers: PackedAnswer[] }[] = [];
    for (let id = 1; id <= 40; id++) {
      packs.push({ id, answers: [a('u1')] }); // one answer at a time, the worst case
      const r = release(packs, marks, 10);
      marks = r.watermarks;
      seen.push(r.released.length);
    }
    const steps = seen.filter((n, i) => n !== (seen[i - 1] ?? 0));
    expect(steps).toEqual([10, 20, 30, 40]);
  });
});

describe('stored answers', () => {
  it('are packs dated to the day: never one item per answer, nothing finer than the day, order shuffled', async () => {
    const packs = (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items;
    const answers = packs.reduce((n, p) => n + Number(p.fields.count), 0);
    expect(answers).toBe(23);
    // 12 together, one alone (held 2 s for company, then written: a child is not kept waiting longer), 9 together,
    // one more alone: a few items of several answers each, not 23 of one.
    expect(packs.length).toBeLessThanOrEqual(23 / 2);
    expect(Math.max(...packs.map((p) => Number(p.fields.count)))).toBeGreaterThanOrEqual(5);
    for (const p of packs) {
      expect(p.fields.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const entries = decodePack(String(p.fields.entries));
      expect(entries).toHaveLength(Number(p.fields.count));
      for (const e of entries) expect(Object.keys(e).sort()).toEqual(['answers', 'gradeBand', 'schoolForm', 'unitId']);
    }
    // Nothing in the unpacked list, which had a time and an id per answer.
    expect((await app.services.store.query('surveyAnswers', { where: { roundId } })).items).toHaveLength(0);
  });

  it('shuffles within a pack: the stored order is not the order of arrival', async () => {
    const { SurveyAnswerWriter } = await import('../../src/app/survey/survey-writer');
    const writer = new SurveyAnswerWriter(app.services.store, { maxGroup: 200, minPack: 1, maxWaitMs: 50 });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        writer.write({
          roundId: 'shuffle',
          unitId: String(i),
          schoolForm: 'compulsoryF6',
          gradeBand: '',
          answers: { t1: 1 },
          day: '2026-11-23',
        }),
      ),
    );
    const [pack] = (await app.services.store.query('surveyAnswerPacks', { where: { roundId: 'shuffle' } })).items;
    const order = decodePack(String(pack.fields.entries)).map((e) => Number(e.unitId));
    expect(order).toHaveLength(100);
    const inOrder = order.filter((u, i) => i > 0 && u > order[i - 1]).length / 99;
    expect(inOrder).toBeLessThan(0.7); // arrival order would be 1.0; a shuffle ≈ 0.5
  });
});

describe('migration from one item per answer', () => {
  it('packs and deletes the old items, gives the same results, and a second run changes nothing', async () => {
    const store = app.services.store;
    const oldRound = 'old-round';
    const old = Array.from({ length: 450 }, (_, i) => ({
      fields: {
        roundId: oldRound,
        unitId: String(1 + (i % 3)),
        schoolForm: 'compulsoryF6',
        gradeBand: '',
        answers: JSON.stringify({ t1: 1 + (i % 4) }),
        submittedOn: '2026-10-15',
      },
    }));
    await store.createMany('surveyAnswers', old);
    // A run stopped after packing the first 200 but before deleting them: a pack names the range it took.
    const first = (await store.query('surveyAnswers', { where: { roundId: oldRound }, top: 200 })).items;
    const { encodePacks } = await import('../../src/domain/survey-packs');
    const [pack] = encodePacks(
      first.map((i) => ({
        unitId: String(i.fields.unitId),
        schoolForm: 'compulsoryF6',
        gradeBand: '',
        answers: JSON.parse(String(i.fields.answers)),
      })),
    );
    await store.create('surveyAnswerPacks', {
      roundId: oldRound,
      day: '2026-10-15',
      count: pack.count,
      entries: pack.entries,
      migratedFrom: `${first[0].id}-${first.at(-1)!.id}`,
    });

    const result = await migrateUnpackedAnswers(store);
    expect(result).toEqual({ packed: 250, deleted: 450 });
    expect((await store.query('surveyAnswers', { where: { roundId: oldRound } })).items).toHaveLength(0);
    const packs = (await store.query('surveyAnswerPacks', { where: { roundId: oldRound } })).items;
    const entries = packs.flatMap((p) => decodePack(String(p.fields.entries)));
    expect(entries).toHaveLength(450);
    const t1 = (v: number) => entries.filter((e) => e.answers.t1 === v).length;
    expect([t1(1), t1(2), t1(3), t1(4)]).toEqual([113, 113, 112, 112]);
    expect(await migrateUnpackedAnswers(store)).toEqual({ packed: 0, deleted: 0 });
    expect((await store.query('surveyAnswerPacks', { where: { roundId: oldRound } })).items).toHaveLength(packs.length);
  });
});
