/**
 * Issue 15.3 on the SharePoint store (the Graph fake): answers in packs cost a small part of an
 * RU each to write, and a whole round reads back in a few requests.
 */
import { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { queryAll } from '../../src/app/ports/list-store';
import { SurveyAnswerWriter } from '../../src/app/survey/survey-writer';
import { decodePack } from '../../src/domain/survey-packs';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { resourceUnits } from './sharepoint-ru';

let fake: FakeGraphServer;
let store: GraphListStore;

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  store = openGraphStore(fake);
  await store.ensureLists(LIST_SCHEMA);
});
afterAll(() => fake.close());

it('writes 5,000 answers for at most 0.2 RU each, shuffled in packs, and reads them back in a few requests', async () => {
  const writer = new SurveyAnswerWriter(store, { maxWaitMs: 20 });
  fake.resetStats();
  // Classes answering: 25 bursts of 200.
  for (let burst = 0; burst < 25; burst++) {
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        writer.write({
          roundId: 'r1',
          unitId: String(1 + (i % 50)),
          schoolForm: 'compulsoryF6',
          gradeBand: '',
          answers: { t1: 1 + (i % 4) },
          day: '2026-10-15',
          deviceHash: `h${burst}-${i}`,
        }),
      ),
    );
  }
  await writer.close();
  const ru = resourceUnits(fake.stats.log);
  expect(ru / 5000).toBeLessThanOrEqual(0.2);

  fake.resetStats();
  const packs = await queryAll(store, 'surveyAnswerPacks', { roundId: 'r1' });
  expect(fake.stats.http).toBeLessThanOrEqual(5);
  const entries = packs.flatMap((p) => decodePack(String(p.fields.entries)));
  expect(entries).toHaveLength(5000);
  expect(packs.flatMap((p) => (p.fields.hashes ? JSON.parse(String(p.fields.hashes)) : []))).toHaveLength(5000);
  expect(packs.every((p) => p.fields.day === '2026-10-15')).toBe(true);
});
