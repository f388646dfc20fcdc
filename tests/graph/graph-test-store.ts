import { GraphListStore, type GraphListStoreOptions } from '../../src/adapters/graph/graph-list-store';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { CONTRACT_SCHEMA } from '../contract/list-store.contract';
import type { FakeGraphServer } from './fake-graph-server';

/** A GraphListStore on a site of the fake (a fresh one unless named), the real Graph URLs rewritten to it, short back-offs. */
export function openGraphStore(fake: FakeGraphServer, options: Partial<GraphListStoreOptions> = {}): GraphListStore {
  return GraphListStore.create({
    siteId: options.siteId ?? fake.createSite(),
    authProvider: new StaticTokenAuthProvider('fake-token'),
    hostRewrite: fake.url,
    retryBaseDelayMs: 2,
    ...options,
  });
}

/** A fresh site of the fake with the contract suite's lists, the fake's counts reset after: one test's own store. */
export async function openContractSite(fake: FakeGraphServer, options: Partial<GraphListStoreOptions> = {}) {
  const siteId = fake.createSite();
  const store = openGraphStore(fake, { siteId, ...options });
  await store.ensureLists(CONTRACT_SCHEMA);
  fake.resetStats();
  return { siteId, store };
}
