/** SharePoint (the Graph fake, 100 ms added per request): RU per answer for 100,000 answers (target ≤ 0.2), at a school's peak and as a trickle. */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { SurveyAnswerWriter } from '../../src/app/survey/survey-writer';
import { FakeGraphServer } from '../../tests/graph/fake-graph-server';
import { openGraphStore } from '../../tests/graph/graph-test-store';
import { resourceUnits } from '../../tests/survey/sharepoint-ru';
import { delayedFetch, fmt } from '../support/load';
import { randomAnswers } from './targets';

const PATTERNS = [
  { label: 'peak: 100,000 answers, classes answering at once (2,000 in flight)', total: 100_000, peak: true },
  { label: 'trickle: 2,000 answers, one every 10 ms', total: 2_000, peak: false },
];

export async function writeCost() {
  console.log('SharePoint (Graph fake, 100 ms per request): writing 100,000 answers');
  const fake = await FakeGraphServer.start();
  const latency = { value: 100 };
  try {
    for (const { label, total, peak } of PATTERNS) {
      const store = openGraphStore(fake, { fetchOverride: delayedFetch(latency) });
      latency.value = 0;
      await store.ensureLists(LIST_SCHEMA);
      latency.value = 100;
      const writer = new SurveyAnswerWriter(store);
      fake.resetStats();
      const t0 = performance.now();
      const answer = (i: number) =>
        writer.write({
          roundId: 'r1',
          unitId: String(1 + (i % 300)),
          schoolForm: 'compulsoryF6',
          gradeBand: '',
          answers: randomAnswers(),
          day: '2026-10-15',
          deviceHash: randomBytes(32).toString('base64url'),
        });
      if (peak) {
        for (let i = 0; i < total; i += 2000) await Promise.all(Array.from({ length: 2000 }, (_, j) => answer(i + j)));
      } else {
        const pending: Promise<void>[] = [];
        for (let i = 0; i < total; i++) {
          pending.push(answer(i));
          await new Promise((r) => setTimeout(r, 10));
        }
        await Promise.all(pending);
      }
      await writer.close();
      const ms = performance.now() - t0;
      const ru = resourceUnits(fake.stats.log);
      console.log(
        `  ${label}: ${fmt(ru, 0)} RU, ${fmt(ru / total, 3)} RU per answer (target ≤ 0.2) ${ru / total <= 0.2 ? 'OK' : 'ABOVE TARGET'}; ${writer.stats.items} items, ${fake.stats.http} Graph requests, ${fmt(ms / 1000, 1)} s`,
      );
    }
  } finally {
    await fake.close();
  }
}
