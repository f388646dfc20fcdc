/**
 * Issue 15, the TLD answer path on the SharePoint store (the Graph fake's requests, costed by
 * SharePoint's RU table): the form's link, unit and question set are kept ten minutes, the round's
 * and the set's version stamps read once a minute, and a round closed on another instance stops
 * answers on this one within that minute.
 */
import { randomBytes } from 'node:crypto';
import { NodeSecrets } from '../../src/adapters/system/node-secrets';
import { Directory } from '../../src/app/directory/directory';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { SurveyService } from '../../src/app/survey/surveys';
import { SurveyAnswerWriter } from '../../src/app/survey/survey-writer';
import type { Actor } from '../../src/domain/identity';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { resourceUnits } from './sharepoint-ru';

let fake: FakeGraphServer;
afterAll(() => fake?.close());

const organiser: Actor = { userId: 'org', displayName: 'Org', appRoles: ['organiser'], memberships: [] };

it('costs a fraction of an RU per answer beyond the pack, and a close on another instance stops answers within a minute', async () => {
  fake = await FakeGraphServer.start();
  const siteId = fake.createSite();
  const store = openGraphStore(fake, { siteId });
  await store.ensureLists(LIST_SCHEMA);
  let now = new Date('2026-10-05T08:00:00Z').getTime();
  const clock = { now: () => new Date(now), today: () => '2026-10-05' };
  const secrets = new NodeSecrets(randomBytes(32));
  await store.create('units', { name: 'Enhet 1', schoolForm: 'compulsory46', schoolUnitCode: '90000001', koladaId: '', modifiedById: 't' });
  const open = (s = store) =>
    new SurveyService(s, new Directory(s), clock, secrets, new SurveyAnswerWriter(s, { maxWaitMs: 1, minPack: 1 }));
  const a = open();
  const other = openGraphStore(fake, { siteId });
  await other.verify(LIST_SCHEMA);
  const b = open(other);
  const round = await a.createRound(organiser, { schoolYear: '2026/27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-10-30' });
  await a.setStatus(organiser, round.id, 'open');
  const [link] = await a.links(round.id);
  const answers = { t1: 1, t2: 2, t3: 3 } as never;

  // A class of 25 over ten minutes (one every 24 s): each answer's form read, before (a fresh read each) and now.
  const classOf = async (service: () => SurveyService) => {
    fake.resetStats();
    for (let i = 0; i < 25; i++) {
      now += 24_000;
      await service().form(link.code);
    }
    return resourceUnits(fake.stats.log) / 25;
  };
  const before = await classOf(() => open());
  const after = await classOf(() => a);
  console.log(
    `TLD answer path, form reads: ${before.toFixed(2)} RU an answer before (read afresh), ${after.toFixed(2)} RU now (${(before / after).toFixed(1)}× less); a pack of 10 costs 0.2 RU an answer`,
  );
  expect(after).toBeLessThan(before / 5);

  // A class opening the link at the same moment (the teacher: "now, everyone"): one read of the
  // form for all 25, not 25 side by side (before: 153 RU, the stamps once and the form 25 times).
  now += 11 * 60_000; // past the form's ten minutes: the next read goes to the store
  fake.resetStats();
  const forms = await Promise.all(Array.from({ length: 25 }, () => a.form(link.code)));
  expect(new Set(forms).size).toBe(1);
  const together = resourceUnits(fake.stats.log);
  console.log(`a class of 25 opening the form at once: ${together} RU (one read)`);
  expect(together).toBeLessThanOrEqual(9); // the two stamps (3 RU) and the form (link query, round, unit, settings: 6 RU)

  // Closed on instance B: instance A refuses answers once its minute-old stamp is read again.
  await b.setStatus(organiser, round.id, 'closed');
  now += 61_000;
  await expect(a.submit(link.code, { answers, deviceToken: 'device-x' })).rejects.toMatchObject({ code: 'SURVEY_CLOSED' });
});
