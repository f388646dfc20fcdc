import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { DelayedListStore } from './delayed-store';
import { describeCreateManyContract, describeListStoreContract } from './list-store.contract';

let fake: FakeGraphServer;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
afterAll(() => fake.close());

// A fresh fake SharePoint site per test. (tests/graph/paging.test.ts pages below the asked $top.)
describeListStoreContract('GraphListStore (fake Graph)', async () => openGraphStore(fake));
describeCreateManyContract('GraphListStore (fake Graph)', async () => openGraphStore(fake));
describeListStoreContract(
  'GraphListStore (fake Graph, every call delayed 0–20 ms)',
  async () => new DelayedListStore(await openGraphStore(fake)),
);
// bench/year calls the fake's handler in-process (FakeGraphServer.fetch): the same contract without a socket.
describeListStoreContract('GraphListStore (fake Graph in-process)', async () => openGraphStore(fake, { fetchOverride: fake.fetch }));
describeCreateManyContract('GraphListStore (fake Graph in-process)', async () => openGraphStore(fake, { fetchOverride: fake.fetch }));
