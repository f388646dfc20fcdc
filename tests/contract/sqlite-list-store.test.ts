import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { DelayedListStore } from './delayed-store';
import { describeCreateManyContract, describeListStoreContract } from './list-store.contract';

describeListStoreContract('SqliteListStore (file)', async () => new SqliteListStore(join(mkdtempSync(join(tmpdir(), 'ska-')), 'store.db')));
describeListStoreContract('SqliteListStore (memory)', async () => new SqliteListStore(':memory:'));
describeCreateManyContract('SqliteListStore', async () => new SqliteListStore(':memory:'));
describeListStoreContract(
  'SqliteListStore (file, every call delayed 0–20 ms)',
  async () => new DelayedListStore(new SqliteListStore(join(mkdtempSync(join(tmpdir(), 'ska-')), 'store.db'))),
);
