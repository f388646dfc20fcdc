/** No import cycle anywhere in the server, the bot or the tabs — type-only imports included (madge sees those too). */
import { join } from 'node:path';
import madge from 'madge';

const root = join(__dirname, '..', '..');

describe('import cycles', () => {
  it('finds none in src/, bot/ and tabs/src', async () => {
    const graph = await madge(
      ['src', 'bot', 'tabs/src'].map((d) => join(root, d)),
      {
        fileExtensions: ['ts', 'tsx'],
        tsConfig: join(root, 'tsconfig.json'),
        detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
      },
    );
    expect(graph.circular()).toEqual([]);
  }, 60_000);

  it('would see one (the check can fail)', async () => {
    const graph = await madge(join(root, 'tests', 'fixtures', 'import-cycle'), { fileExtensions: ['ts'] });
    expect(graph.circular()).toEqual([['a.ts', 'b.ts']]);
  }, 60_000);
});
