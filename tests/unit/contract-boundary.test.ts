/** The contract is shared by server and tab without bringing server code or zod into the tab's bundle. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(__dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/** Every import or re-export with its specifier and whether it is type-only (`import type`, `export type`). */
function statements(file: string) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => ({
    spec: m[3],
    typeOnly: Boolean(m[2]),
  }));
}

describe('the contract boundary', () => {
  it('lets the tab reach server code (src/) only with type-only imports, and never zod', () => {
    const bad = files(join(root, 'tabs')).flatMap((file) =>
      statements(file)
        .filter(
          ({ spec, typeOnly }) =>
            spec === 'zod' || (spec.startsWith('.') && resolve(file, '..', spec).startsWith(join(root, 'src')) && !typeOnly),
        )
        .map(({ spec }) => `${relative(root, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the tab types inferred from the contract: api/types.ts and organiser-types.ts only re-export', () => {
    for (const name of ['types.ts', 'organiser-types.ts']) {
      const code = readFileSync(join(root, 'tabs', 'src', 'api', name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const declarations = code
        .split(/;\s*/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('export type {'));
      expect({ name, declarations }).toEqual({ name, declarations: [] });
    }
  });

  it('builds the contract from zod, the domain and the app schemas it reuses: no HTTP, adapters or bot', () => {
    const bad = files(join(root, 'src', 'contract')).flatMap((file) =>
      statements(file)
        .filter(({ spec }) => (spec.startsWith('.') ? /\/(http|adapters|bot)\//.test(spec) : spec !== 'zod'))
        .map(({ spec }) => `${relative(root, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });
});
