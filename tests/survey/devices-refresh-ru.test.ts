/**
 * Issue 15 item 5, the device check ("once per device") on the SharePoint store: after its first
 * read of every pack of the round, each refresh (every 30 s while answers come) reads only the
 * packs of the days since the last read, by the indexed `roundDay`. A round past the list view
 * threshold read whole is refused and becomes a scan of the whole list, every 30 s; a day's packs
 * are one query. What other instances stored since is still seen, across midnight too.
 */
import { randomBytes } from 'node:crypto';
import { NodeSecrets } from '../../src/adapters/system/node-secrets';
import { queryAll } from '../../src/app/ports/list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { SurveyDevices } from '../../src/app/survey/survey-devices';
import { packDay } from '../../src/app/survey/survey-writer';
import { swedishToInstant } from '../../src/domain/swedish-time';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { resourceUnits } from './sharepoint-ru';

let fake: FakeGraphServer;
afterAll(() => fake?.close());

it('refreshes by the days since its last read: one query, not a scan of the list, and sees what others stored', async () => {
  fake = await FakeGraphServer.start();
  fake.listViewThreshold = 40; // SharePoint's 5,000, scaled down: the round's packs are past it
  const store = openGraphStore(fake);
  await store.ensureLists(LIST_SCHEMA);
  const secrets = new NodeSecrets(randomBytes(32));
  let now = swedishToInstant('2026-10-05', '09:00').getTime();
  const devices = new SurveyDevices(store, secrets, () => now);
  const pack = (roundId: string, day: string, hashes: string[]) => ({
    fields: { roundId, day, roundDay: packDay(roundId, day), count: 10, entries: '[]', hashes: JSON.stringify(hashes) },
  });
  // Last week's packs of this round and another round's: 80 packs, the round's 50 past the threshold.
  await store.createMany('surveyAnswerPacks', [
    ...Array.from({ length: 50 }, (_, i) => pack('r1', '2026-09-28', [`old-${i}`])),
    ...Array.from({ length: 30 }, (_, i) => pack('r0', '2026-04-20', [`other-${i}`])),
  ]);

  await devices.claim('r1', 'device-a'); // the first read: every pack of the round (past the threshold: a scan)
  const [key] = await queryAll(store, 'surveyRoundKeys', { roundId: 'r1' });
  const hashOf = (token: string) => secrets.keyedHash(String(key.fields.secret), token);
  await expect(devices.claim('r1', 'old-device')).resolves.toBeDefined();

  // Another instance stores a pack with device b's hash; 31 s later a claim here refreshes.
  await store.createMany('surveyAnswerPacks', [pack('r1', '2026-10-05', [hashOf('device-b')])]);
  now += 31_000;
  fake.resetStats();
  await devices.claim('r1', 'device-c'); // starts the refresh in the background
  await new Promise((r) => setTimeout(r, 200));
  const refresh = { ru: resourceUnits(fake.stats.log), requests: fake.stats.log.length };
  console.log(`device check refresh, a round past the threshold: ${refresh.ru} RU in ${refresh.requests} requests`);
  expect(refresh).toEqual({ ru: 2, requests: 1 }); // one query of today's packs (a scan: 2 RU a page and the refusal)
  await expect(devices.claim('r1', 'device-b')).rejects.toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED' });

  // Across midnight: a pack dated 23:58 is written after the last read; the refresh after midnight reads both days.
  now = swedishToInstant('2026-10-05', '23:57').getTime();
  await devices.claim('r1', 'device-d');
  await new Promise((r) => setTimeout(r, 200));
  await store.createMany('surveyAnswerPacks', [pack('r1', '2026-10-05', [hashOf('device-e')])]);
  now = swedishToInstant('2026-10-06', '00:00').getTime() + 30_000;
  fake.resetStats();
  await devices.claim('r1', 'device-f');
  await new Promise((r) => setTimeout(r, 200));
  expect(fake.stats.log.length).toBe(2); // yesterday's and today's packs
  await expect(devices.claim('r1', 'device-e')).rejects.toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED' });
});
