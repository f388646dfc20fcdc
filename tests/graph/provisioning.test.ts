/** ensureLists(LIST_SCHEMA) on an empty site creates every list, column and index; a second run creates nothing. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { internalName, KEY_COLUMN } from '../../src/adapters/graph/column-names';
import { LIST_SCHEMA, type ListSchema } from '../../src/app/store/list-schema';
import { SchemaError } from '../../src/app/ports/list-store';
import { provision } from '../../scripts/provision-sharepoint';
import { META_DEFINITION, SCHEMA_VERSION } from '../../src/adapters/graph/schema-upgrades';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
afterAll(() => fake.close());

// The store adds its own list, holding the schema version.
const lists = [...Object.values(LIST_SCHEMA as ListSchema), META_DEFINITION];
const columnCount = lists.reduce((n, l) => n + Object.keys(l.columns).length + 1, 0);

it('creates every list, column and index, then nothing on a second run', async () => {
  const siteId = fake.createSite();
  const store = openGraphStore(fake, { siteId });
  const printed: string[] = [];
  const first = await provision(store, (line) => printed.push(line));

  expect(first.changes.filter((c) => c.kind === 'list').map((c) => c.list)).toEqual(lists.map((l) => l.title));
  expect(first.changes.filter((c) => c.kind === 'column')).toHaveLength(columnCount);
  expect(first.changes.filter((c) => c.kind === 'upgrade').map((c) => c.description)).toEqual(
    Array.from({ length: SCHEMA_VERSION }, (_, i) => expect.stringMatching(new RegExp(`^version ${i + 1}: `))),
  );
  expect(printed.at(-1)).toBe(`Klart: ${first.changes.length} ändringar.`);
  const site = fake.site(siteId);
  for (const def of lists) {
    const list = site.listByTitle(def.title)!;
    for (const [field, column] of Object.entries(def.columns)) {
      const json = list.columnJson(list.column(internalName(field))!);
      expect({ field, indexed: json.indexed, multiLine: json.text?.allowMultipleLines }).toEqual({
        field,
        indexed: !!column.indexed,
        multiLine: column.type === 'text' ? false : column.type === 'note' ? true : undefined,
      });
    }
    expect(list.column(KEY_COLUMN)).toMatchObject({ indexed: true, hidden: true, type: 'text' });
  }

  fake.resetStats();
  const again: string[] = [];
  const second = await provision(openGraphStore(fake, { siteId }), (line) => again.push(line));
  expect(second.changes).toEqual([]);
  expect(again).toEqual(['Inga ändringar: alla listor, kolumner och index finns redan.']);
  // One read of the lists, one $batch (20 a batch) of their columns, one read of the schema version.
  expect(fake.stats.http).toBe(1 + Math.ceil(lists.length / 20) + 1);
});

it('indexes a column that the schema now indexes, and tells', async () => {
  const siteId = fake.createSite();
  const before: ListSchema = { a: { title: 'A', columns: { tag: { type: 'text' } } } };
  await openGraphStore(fake, { siteId }).ensureLists(before);
  const told: string[] = [];
  const store = openGraphStore(fake, { siteId, onProvision: (c) => told.push(`${c.kind} ${c.column}`) });
  await store.ensureLists({ a: { title: 'A', columns: { tag: { type: 'text', indexed: true }, added: { type: 'number' } } } });
  expect(told).toEqual(['index skaTag', 'column skaAdded']);
  await store.create('a', { tag: 'x', added: 1 });
  expect((await store.query('a', { where: { tag: 'x' } })).items).toHaveLength(1);
});

it('refuses a column whose type in SharePoint differs, and a list with more than 20 indexes', async () => {
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).ensureLists({ a: { title: 'A', columns: { n: { type: 'text' } } } });
  await expect(
    openGraphStore(fake, { siteId }).ensureLists({ a: { title: 'A', columns: { n: { type: 'number' } } } }),
  ).rejects.toBeInstanceOf(SchemaError);
  const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, { type: 'text' as const, indexed: true }]));
  await expect(openGraphStore(fake).ensureLists({ b: { title: 'B', columns: many } })).rejects.toThrow(/21 indexes/);
});

it('runs as a script against the fake: --graph-url and a dummy token', async () => {
  const siteId = fake.createSite();
  const first = await runScript(['--graph-url', fake.url, '--token', 'dummy'], {
    ...process.env,
    GRAPH_SITE_ID: siteId,
    SKA_STAGE: 'test',
  });
  expect(first).toMatchObject({ code: 0, stderr: '' });
  expect(first.stdout).toContain('Skapade listan "SKA Enheter"');
  expect(first.stdout).toContain('Skapade kolumnen skaPlanKey i "SKA Åtagandeplaner"');
  const missing = await runScript([], { PATH: process.env.PATH, SKA_STAGE: 'test' });
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('Saknar GRAPH_SITE_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_CERTIFICATE_PATH');
});

/** Asynchronously: the fake answers from this very process. */
function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = join(__dirname, '../../scripts/provision-sharepoint.ts');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), script, ...args], { env, cwd: join(__dirname, '../..') });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
