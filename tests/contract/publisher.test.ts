import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFilePublisher } from '../../src/adapters/intranet/local-file-publisher';
import { SharePointPagePublisher } from '../../src/adapters/intranet/sharepoint-page-publisher';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { describePublisherContract } from './publisher.contract';

describePublisherContract('LocalFilePublisher', async () => ({
  publisher: new LocalFilePublisher(mkdtempSync(join(tmpdir(), 'intranet-')), 'http://localhost:3978', 'Intranät'),
}));

describePublisherContract('SharePointPagePublisher (fake Graph)', async () => {
  const fake = await FakeGraphServer.start();
  const siteId = fake.createSite();
  const store = openGraphStore(fake, { siteId });
  return { publisher: new SharePointPagePublisher(store.http, siteId), close: () => fake.close() };
});
