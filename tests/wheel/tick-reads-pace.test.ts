/**
 * The year wheel tick's reads pace themselves by the Graph budget (TickReads' `pace`): before each
 * page of the set-based reads (2 RU a query) and before a read of the caller's own (`paced`), so a
 * check-in tick's reads spread over minutes instead of one (bench/year: 1,398 RU in the 06:00
 * minute of 2026-11-04, the tick's list pages and per-unit plan trees).
 */
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import type { ListQuery, ListStore } from '../../src/app/ports/list-store';
import { TickReads } from '../../src/app/year/tick-reads';
import type { Directory } from '../../src/app/directory/directory';

/** Pages of two items, whatever the adapter's page size, and every query counted. */
function pagedByTwo(inner: SqliteListStore): ListStore & { queries: number } {
  const paged = Object.create(inner) as ListStore & { queries: number };
  paged.queries = 0;
  paged.query = (list: string, q: ListQuery = {}) => {
    paged.queries += 1;
    return inner.query(list, { ...q, top: 2 });
  };
  return paged;
}

it('waits for the pacer before every page it asks for, and before a paced read of the caller’s', async () => {
  const inner = new SqliteListStore(':memory:');
  await inner.ensureLists(LIST_SCHEMA);
  for (let i = 0; i < 5; i++) await inner.create('plans', { planKey: `p${i}`, unitId: `u${i}`, schoolYear: '2026/27', status: 'final' });
  const store = pagedByTwo(inner);
  const paced: number[] = [];
  const reads = new TickReads(store, {} as Directory, async (ru) => {
    paced.push(ru);
  });

  await reads.planTrees('2026/27');
  await reads.documentStatus('plan', 'u1', '2026/27');
  expect(store.queries).toBeGreaterThan(6); // plans in three pages, beside the parts' lists
  expect(paced).toEqual(Array.from({ length: store.queries }, () => 2)); // one wait per page, 2 RU each

  const before = paced.length;
  expect(await reads.paced(10, async () => 'tree')).toBe('tree');
  expect(paced.slice(before)).toEqual([10]);
  await inner.close();
});

it('reads without waiting when no pacer is given (SQLite, tests)', async () => {
  const inner = new SqliteListStore(':memory:');
  await inner.ensureLists(LIST_SCHEMA);
  const reads = new TickReads(pagedByTwo(inner), {} as Directory);
  expect((await reads.planTrees('2026/27')).trees.size).toBe(0);
  await inner.close();
});
