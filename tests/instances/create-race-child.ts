/** One "instance" of the create race: opens the shared SQLite file and creates the same keyed items as its twin, at the same moment. */
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';

async function main() {
  const [dbPath, startAt] = process.argv.slice(2);
  const store = new SqliteListStore(dbPath);
  await store.ensureLists(LIST_SCHEMA);
  while (Date.now() < Number(startAt)) await new Promise((r) => setImmediate(r));
  const errors: string[] = [];
  const ids: Record<string, string> = {};
  for (let i = 0; i < 200; i++) {
    try {
      if (i % 2)
        ids[`one:${i}`] = (await store.create('surveyLinks', { code: `c${i}`, roundId: 'r1', unitId: `u${i}` }, { key: `one:${i}` })).id;
      else {
        const made = await store.createMany(
          'outbox',
          [0, 1].map((j) => ({
            key: `many:${i}:${j}`,
            fields: { dedupeKey: `many:${i}:${j}`, state: 'pending', personId: 'p', kind: 'notice' },
          })),
        );
        made.forEach((m, j) => (ids[`many:${i}:${j}`] = m.id));
      }
    } catch (e) {
      errors.push(String(e));
    }
  }
  process.send?.({ errors, ids });
  await store.close();
}

void main();
